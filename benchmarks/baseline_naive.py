"""The naive method beside ours, on every eval the project reports: how much the pipeline adds.

Naive: rank-bm25 (BM25Okapi) over the raw sentences of the raw files (no cleaning, no
stemming, lower-case word tokens), answer = the top sentence, never abstains unless no
word matches. Ours: the bot with its default settings, on the same questions.

    python benchmarks/baseline_naive.py                       # the bundled set and the chat dev sets
    python benchmarks/baseline_naive.py --squad-split dev     # + SQuAD open mode (test: report only)
    python benchmarks/baseline_naive.py --wikipedia dev       # + SQuAD's articles as 4-article corpora
    python benchmarks/baseline_naive.py --paragraph dev       # + SQuAD paragraph mode (EM/F1)
    python benchmarks/baseline_naive.py --docs                # + Markdown, wrapped text and HTML docs

Rows: answered accuracy (answerable questions answered with a gold answer and, where the set
names them, a relevant document cited), refusal of unanswerable questions, boilerplate cited.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
from pathlib import Path

from rank_bm25 import BM25Okapi

from qa.eval.bundled import EvalQuestion, evaluate, read_questions
from qa.ingest import boilerplate as bp
from qa.ingest.clean import split_sentences
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings
from qa.text import normalize

TOKEN = re.compile(r"\w+")
SHARED = ROOT.parent / "shared"
SETS = [ROOT / "data" / "eval" / "questions.jsonl", *sorted((SHARED / "evalsets").glob("chat_dev*.jsonl"))]
DOCS = ROOT / "tests" / "data" / "docs"


def naive_sentences(corpus: Path, join: bool = False) -> list[tuple[str, str]]:
    """(doc id, sentence) for every sentence of every raw file, boilerplate and all; tags of an HTML
    page stripped. `join`: wrapped lines joined into paragraphs (docs), else each line its own
    paragraph (web captures, one paragraph a line), nothing else."""
    out = []
    for path in sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html", ".htm")):
        text = path.read_text(encoding="utf-8")
        if path.suffix in (".html", ".htm"):
            text = html.unescape(re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S | re.I))
        for paragraph in re.split(r"\n\s*\n", text) if join else text.splitlines():
            joined = " ".join(paragraph.split())
            out += [(path.stem, s) for s in split_sentences(joined) if s.strip()]
    return out


def plain(text: str) -> str:
    return " ".join(normalize(text).lower().split())


def naive_figures(questions: list[EvalQuestion], corpus: Path, join: bool = False) -> tuple[float, float, int]:
    """Answered accuracy, refusal of unanswerable questions and boilerplate cited, of the naive method.

    A conversation is asked as its last turn alone: the naive method keeps no context.
    """
    sentences = naive_sentences(corpus, join)
    bm25 = BM25Okapi([TOKEN.findall(s.lower()) or [""] for _, s in sentences])
    correct = refused = boiler = 0
    for q in questions:
        scores = bm25.get_scores(TOKEN.findall(q.question.lower()))
        best = int(scores.argmax())
        doc, sentence = sentences[best]
        abstains = scores[best] <= 0
        if not abstains and (bp.is_chrome(sentence) or bp.is_notice(sentence) or bp.is_bio_sentence(sentence)):
            boiler += 1
        relevant = doc in q.doc_ids or not q.doc_ids
        if q.answerable:
            correct += not abstains and relevant and any(plain(g) in plain(sentence) for g in q.answers)
        else:
            refused += abstains
    answerable = sum(q.answerable for q in questions)
    unanswerable = len(questions) - answerable
    return correct / max(1, answerable), refused / unanswerable if unanswerable else float("nan"), boiler


def squad_rows(split: str) -> list[tuple[str, float, float]]:
    """SQuAD open mode on `split`: our figures and the naive method's, as (measure, naive, ours) rows."""
    from qa.eval.answers import read_squad
    from qa.eval.squad_open import in_split, run_naive, run_pipeline, summarize

    paragraphs = in_split(read_squad(SHARED / "datasets" / "squad" / "dev-v1.1.json"), split)
    ours = run_pipeline(paragraphs, unanswerable=True, noise=True)
    naive = summarize(run_naive(paragraphs, unanswerable=True))
    clean, noisy = summarize(ours), summarize(ours, "noise")
    return [
        (f"SQuAD {split}: answered accuracy", naive["answered_accuracy"], clean["answered_accuracy"]),
        (f"SQuAD {split}: same, typed as in chat", naive["answered_accuracy"], noisy["answered_accuracy"]),
        (f"SQuAD {split}: unanswerable refused", naive["abstention_recall"], clean["abstention_recall"]),
        (f"SQuAD {split}: ECE", naive["ece"], clean["ece"]),
        (f"SQuAD {split}: coverage at 90% precision", naive["coverage_at_90_precision"], clean["coverage_at_90_precision"]),
    ]


def wikipedia_rows(split: str) -> list[tuple[str, float, float]]:
    """SQuAD's articles of `split` as 4-article corpora (`qa.eval.wikipedia`): (measure, naive, ours) rows."""
    from qa.eval.wikipedia import run_wikipedia

    f = run_wikipedia(SHARED / "datasets" / "squad" / "dev-v1.1.json", split)
    return [
        (f"Wikipedia {split}, 4 articles: answered right", f.naive / f.questions, f.ours / f.questions),
        (f"Wikipedia {split}, 4 articles: unrelated refused", 0.0, f.unrelated_refused / f.unrelated),
    ]


def paragraph_rows(split: str) -> list[tuple[str, float, float]]:
    """SQuAD paragraph mode on `split` (the gold paragraph given): the naive method's top sentence
    against our answer span, EM and F1 as (measure, naive, ours) rows."""
    from qa.eval.answers import evaluate_squad, read_squad
    from qa.eval.squad import best_exact_match, best_f1
    from qa.eval.squad_open import in_split

    paragraphs = in_split(read_squad(SHARED / "datasets" / "squad" / "dev-v1.1.json"), split)
    ems, f1s = [], []
    for p in paragraphs:
        bm25 = BM25Okapi([TOKEN.findall(s.lower()) or ["_"] for s in p.sentences])
        for _, question, golds in p.questions:
            top = p.sentences[int(bm25.get_scores(TOKEN.findall(question.lower())).argmax())]
            ems.append(best_exact_match(top, golds))
            f1s.append(best_f1(top, golds))
    ours = evaluate_squad(paragraphs)
    return [
        (f"SQuAD {split} paragraph mode: EM", 100 * sum(ems) / len(ems), ours.exact_match),
        (f"SQuAD {split} paragraph mode: F1", 100 * sum(f1s) / len(f1s), ours.f1),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, nargs="*", default=[p for p in SETS if p.exists()])
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus")
    parser.add_argument("--squad-split", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--wikipedia", choices=("dev", "test"), default=None)
    parser.add_argument("--paragraph", choices=("dev", "test", "all"), default=None, help="SQuAD paragraph mode")
    parser.add_argument("--docs", action="store_true", help="also the docs set of tests/data/docs")
    args = parser.parse_args()
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = Pipeline(Settings(corpus=args.corpus, index=Path(tmp), answer_cache=0))
        for path in args.questions:
            questions = read_questions(path)
            accuracy, refused, boiler = naive_figures(questions, args.corpus)
            report = evaluate(pipeline, questions)
            rows.append((f"{path.name}: answered accuracy", accuracy, report.answer_accuracy))
            if report.unanswerable:
                rows.append((f"{path.name}: unanswerable refused", refused, report.abstention_recall))
            rows.append((f"{path.name}: boilerplate cited", float(boiler), float(report.boilerplate_citations)))
    if args.squad_split:
        rows += squad_rows(args.squad_split)
    if args.wikipedia:
        rows += wikipedia_rows(args.wikipedia)
    if args.paragraph:
        rows += paragraph_rows(args.paragraph)
    if args.docs:
        with tempfile.TemporaryDirectory() as tmp:
            questions = read_questions(DOCS / "questions.jsonl")
            accuracy, refused, _ = naive_figures(questions, DOCS, join=True)
            report = evaluate(Pipeline(Settings(corpus=DOCS, index=Path(tmp), answer_cache=0)), questions)
            rows.append(("docs (tests/data/docs): answered accuracy", accuracy, report.answer_accuracy))
            rows.append(("docs (tests/data/docs): unanswerable refused", refused, report.abstention_recall))
    width = max(len(name) for name, _, _ in rows) + 2
    print(f"{'measure':<{width}}{'naive':>10}{'qa':>10}")
    for name, naive, ours in rows:
        fmt = "{:>10.0f}" if "boilerplate" in name else "{:>10.3f}"
        print(f"{name:<{width}}" + fmt.format(naive) + fmt.format(ours))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
