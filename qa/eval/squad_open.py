"""SQuAD through the whole bot: a corpus of the split's paragraphs, asked as users ask, refusals scored.

Each paragraph becomes a text file (its article's title, then the paragraph) in a temporary
corpus that the real pipeline indexes and answers from. Every question is asked as written;
with `unanswerable`, asked again with every paragraph holding one of its gold answers left out
of the search (a near-topic question the corpus can no longer answer, as in SQuAD 2.0); with
`noise`, asked again the way people type in chat (`qa.eval.noise`). The naive baseline (rank-bm25
over raw sentences, answer = the top sentence) answers the same questions over the same text.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from qa.eval.answers import Paragraph
from qa.eval.noise import chatty
from qa.eval.squad import best_exact_match, best_f1, normalize_answer
from qa.ingest.clean import split_sentences
from qa.settings import Settings

if TYPE_CHECKING:
    from qa.pipeline import Pipeline

SPLITS = {"dev": range(0, 24), "test": range(24, 48), "all": range(0, 10**6)}
BINS = 10


@dataclass
class Record:
    """One question asked of one system: what it answered and whether that was right."""

    qid: str
    variant: str  # "clean", "noise" or "unanswerable"
    answerable: bool
    abstained: bool
    confidence: float
    correct: bool  # answerable: the answer holds a gold answer; unanswerable: never
    em: float = 0.0
    f1: float = 0.0
    features: dict[str, float] | None = None
    rank: int | None = None  # rank of the question's own paragraph among the passages found (clean only)


def in_split(paragraphs: list[Paragraph], split: str) -> list[Paragraph]:
    """The paragraphs of the split's articles (dev: articles 0-23 in file order, test: 24-47)."""
    return [p for p in paragraphs if p.article in SPLITS[split]]


def holds(text: str, golds: list[str]) -> bool:
    """True when `text` contains one of the gold answers (SQuAD-normalised, as whole words)."""
    plain = f" {normalize_answer(text)} "
    return any(g and f" {g} " in plain for g in (normalize_answer(x) for x in golds))


def _doc_id(n: int) -> str:
    return f"p{n:05d}"


def write_corpus(paragraphs: list[Paragraph], folder: Path) -> None:
    """One text file per paragraph: the article's title on the first line, then the paragraph."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, p in enumerate(paragraphs):
        (folder / f"{_doc_id(n)}.txt").write_text(f"{p.title}\n\n{p.context}\n", encoding="utf-8")


def gold_paragraphs(plain: list[str], golds: list[str]) -> frozenset[str]:
    """The ids of the paragraphs (SQuAD-normalised, padded with spaces) holding any of `golds`: left out."""
    wanted = [f" {g} " for g in {normalize_answer(x) for x in golds} if g]
    return frozenset(_doc_id(n) for n, text in enumerate(plain) if any(g in text for g in wanted))


def _plain_paragraphs(paragraphs: list[Paragraph]) -> list[str]:
    return [f" {normalize_answer(p.context)} " for p in paragraphs]


@contextmanager
def squad_pipeline(paragraphs: list[Paragraph], settings: Settings | None = None) -> Iterator[Pipeline]:
    """A pipeline over a temporary corpus of `paragraphs` (one file each), answer cache off."""
    from qa.pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="qa-squad-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(paragraphs, corpus)
        base = settings or Settings()
        yield Pipeline(replace(base, corpus=corpus, index=Path(tmp) / "index", answer_cache=0))


def askings(
    paragraphs: list[Paragraph], unanswerable: bool, noise: bool, limit: int | None
) -> Iterator[tuple[str, list[str], str, str, frozenset[str]]]:
    """(question id, gold answers, variant, text, documents left out) for every asking of every question."""
    plain = _plain_paragraphs(paragraphs)
    for qid, question, golds in _questions(paragraphs, limit):
        yield qid, golds, "clean", question, frozenset()
        if noise:
            yield qid, golds, "noise", chatty(question, qid), frozenset()
        if unanswerable:
            yield qid, golds, "unanswerable", question, gold_paragraphs(plain, golds)


def _own_paragraphs(paragraphs: list[Paragraph]) -> dict[str, str]:
    return {qid: _doc_id(n) for n, p in enumerate(paragraphs) for qid, _, _ in p.questions}


def run_pipeline(
    paragraphs: list[Paragraph],
    unanswerable: bool = False,
    noise: bool = False,
    limit: int | None = None,
    tick: Callable[[int], None] | None = None,
    settings: Settings | None = None,
) -> list[Record]:
    """Ask every question of `paragraphs` through the real pipeline; return one record per asking."""
    records: list[Record] = []
    own = _own_paragraphs(paragraphs)
    with squad_pipeline(paragraphs, settings) as pipeline:
        for qid, golds, variant, text, exclude in askings(paragraphs, unanswerable, noise, limit):
            result = pipeline.explain(text, exclude=exclude)
            c = result.composition
            rank = next((h.rank for h in result.hits if h.passage.doc_id == own.get(qid)), None)
            answerable = variant != "unanswerable"
            prediction = "" if c.abstained else (c.span or c.sentence or "")
            records.append(
                Record(
                    qid=qid,
                    variant=variant,
                    answerable=answerable,
                    abstained=c.abstained,
                    confidence=c.confidence,
                    correct=answerable and holds(c.candidate or "", golds),
                    em=best_exact_match(prediction, golds) if answerable else 0.0,
                    f1=best_f1(prediction, golds) if answerable else 0.0,
                    features=c.features,
                    rank=rank,
                )
            )
            if tick and variant == "clean":
                tick(1)
    return records


def run_naive(paragraphs: list[Paragraph], unanswerable: bool = False, limit: int | None = None) -> list[Record]:
    """The naive baseline on the same questions: rank-bm25 over raw sentences, the top one, never refusing."""
    from rank_bm25 import BM25Okapi

    token = re.compile(r"\w+")
    sentences = [(_doc_id(n), s) for n, p in enumerate(paragraphs) for s in split_sentences(p.context)]
    owners = np.array([d for d, _ in sentences])
    bm25 = BM25Okapi([token.findall(s.lower()) or [""] for _, s in sentences])
    records = []
    plain = _plain_paragraphs(paragraphs)
    for qid, question, golds in _questions(paragraphs, limit):
        scores = bm25.get_scores(token.findall(question.lower()))
        variants = [("clean", frozenset())]
        if unanswerable:
            variants.append(("unanswerable", gold_paragraphs(plain, golds)))
        for variant, exclude in variants:
            s = scores.copy()
            if exclude:
                s[np.isin(owners, list(exclude))] = -np.inf
            best = int(s.argmax())
            sentence = sentences[best][1] if s[best] > 0 else ""
            answerable = variant == "clean"
            records.append(
                Record(
                    qid=qid,
                    variant=variant,
                    answerable=answerable,
                    abstained=not sentence,
                    confidence=1.0 if sentence else 0.0,
                    correct=answerable and holds(sentence, golds),
                    em=best_exact_match(sentence, golds) if answerable else 0.0,
                    f1=best_f1(sentence, golds) if answerable else 0.0,
                )
            )
    return records


def _questions(paragraphs: list[Paragraph], limit: int | None) -> list[tuple[str, str, list[str]]]:
    qs = [q for p in paragraphs for q in p.questions]
    return qs[:limit] if limit is not None else qs


def summarize(records: list[Record], variant: str = "clean") -> dict[str, float]:
    """The figures of `qa eval answers --json` over the answerable records of `variant` and all unanswerable ones."""
    answerable = [r for r in records if r.variant == variant]
    unanswerable = [r for r in records if r.variant == "unanswerable"]
    scored = answerable + unanswerable
    refused = [r for r in scored if r.abstained]
    n = len(answerable) or 1
    out = {
        "exact_match": round(100 * sum(r.em for r in answerable) / n, 2),
        "f1": round(100 * sum(r.f1 for r in answerable) / n, 2),
        "answered_accuracy": round(sum(r.correct and not r.abstained for r in answerable) / n, 4),
        "refused_answerable": round(sum(r.abstained for r in answerable) / n, 4),
        "abstention_precision": round(sum(not r.answerable for r in refused) / len(refused), 4) if refused else 0.0,
        "abstention_recall": round(sum(r.abstained for r in unanswerable) / len(unanswerable), 4)
        if unanswerable
        else 0.0,
        "ece": round(ece(scored), 4),
        "coverage_at_90_precision": round(coverage_at(scored, 0.9), 4),
        "sentence_accuracy": round(100 * sum(r.correct for r in answerable) / n, 2),
    }
    if any(r.rank is not None for r in answerable):
        out["paragraph_recall"] = {f"R@{k}": round(sum(r.rank is not None and r.rank <= k for r in answerable) / n, 4)
                                   for k in (1, 3, 5)}  # fmt: skip
    return out


def reliability(records: list[Record], bins: int = BINS) -> list[tuple[float, float, int]]:
    """(mean confidence, share correct, count) per equal-width confidence bin, empty bins left out."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [r for r in records if lo <= r.confidence < hi or (b == bins - 1 and r.confidence == 1.0)]
        if inside:
            conf = sum(r.confidence for r in inside) / len(inside)
            out.append((conf, sum(r.correct for r in inside) / len(inside), len(inside)))
    return out


def ece(records: list[Record], bins: int = BINS) -> float:
    """Expected calibration error of `confidence` against correctness, over equal-width bins."""
    total = len(records) or 1
    return sum(n / total * abs(conf - acc) for conf, acc, n in reliability(records, bins))


def risk_coverage(records: list[Record]) -> list[tuple[float, float, float]]:
    """(threshold, coverage of answerable questions, precision of the answers given), by falling threshold.

    Records of equal confidence stand or fall together: a point is made only where the next differs.
    """
    ranked = sorted(records, key=lambda r: -r.confidence)
    answerable = sum(r.answerable for r in records) or 1
    out, right, covered = [], 0, 0
    for given, r in enumerate(ranked, 1):
        right += r.correct
        covered += r.answerable
        if given == len(ranked) or ranked[given].confidence != r.confidence:
            out.append((r.confidence, covered / answerable, right / given))
    return out


def coverage_at(records: list[Record], precision: float) -> float:
    """The share of answerable questions answered at the lowest threshold whose answers are `precision` right."""
    best = 0.0
    for _, coverage, prec in risk_coverage(records):
        if prec >= precision:
            best = max(best, coverage)
    return best
