"""The naive method beside ours, on the bundled eval set: how much the pipeline adds.

Naive: rank-bm25 (BM25Okapi) over the raw sentences of the raw files (no cleaning, no
stemming, lower-case word tokens), answer = the top sentence, never abstains unless no
word matches. Ours: `qa eval` on the same questions.

    python benchmarks/baseline_naive.py [--questions data/eval/questions.jsonl]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from rank_bm25 import BM25Okapi

from qa.eval.bundled import evaluate, read_questions
from qa.ingest import boilerplate as bp
from qa.ingest.clean import split_sentences
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings
from qa.text import normalize

TOKEN = re.compile(r"\w+")


def naive_sentences(corpus: Path) -> list[tuple[str, str]]:
    """(doc id, sentence) for every sentence of every raw file, boilerplate and all."""
    out = []
    for path in sorted(corpus.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [(path.stem, s) for s in split_sentences(line.strip()) if s.strip()]
    return out


def plain(text: str) -> str:
    return " ".join(normalize(text).lower().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "data" / "eval" / "questions.jsonl")
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus")
    args = parser.parse_args()
    questions = read_questions(args.questions)
    sentences = naive_sentences(args.corpus)
    bm25 = BM25Okapi([TOKEN.findall(s.lower()) or [""] for _, s in sentences])

    correct = abstained_right = boiler = 0
    answerable = [q for q in questions if q.answerable]
    for q in questions:
        scores = bm25.get_scores(TOKEN.findall(q.question.lower()))
        best = int(scores.argmax())
        doc, sentence = sentences[best]
        abstains = scores[best] <= 0
        if not abstains and (bp.is_chrome(sentence) or bp.is_notice(sentence) or bp.is_bio_sentence(sentence)):
            boiler += 1
        if q.answerable:
            correct += not abstains and doc in q.doc_ids and any(plain(g) in plain(sentence) for g in q.answers)
        else:
            abstained_right += abstains

    with tempfile.TemporaryDirectory() as tmp:
        report = evaluate(Pipeline(Settings(corpus=args.corpus, index=Path(tmp))), questions)
    unanswerable = len(questions) - len(answerable)
    rows = [
        ("answer accuracy", correct / len(answerable), report.answer_accuracy),
        ("abstention recall", abstained_right / unanswerable if unanswerable else 0.0, report.abstention_recall),
        ("boilerplate cited", float(boiler), float(report.boilerplate_citations)),
    ]
    print(f"{len(answerable)} answerable, {unanswerable} unanswerable questions from {args.questions.name}")
    print(f"{'measure':<22}{'naive':>10}{'qa':>10}")
    for name, naive, ours in rows:
        fmt = "{:>10.0f}" if name == "boilerplate cited" else "{:>10.1%}"
        print(f"{name:<22}" + fmt.format(naive) + fmt.format(ours))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
