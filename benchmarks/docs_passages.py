"""Are the passages right? For each answerable question of a docs eval set, is the answer in a whole
sentence of a top-k passage of the right file, with the heading it stands under?

This measures ingestion and retrieval without the answer composer:

    python benchmarks/docs_passages.py [--corpus tests/data/docs] [--questions .../questions.jsonl] [-k 5]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from qa.eval.bundled import read_questions
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

DOCS = ROOT / "tests" / "data" / "docs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DOCS)
    ap.add_argument("--questions", type=Path, default=DOCS / "questions.jsonl")
    ap.add_argument("-k", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = Pipeline(Settings(corpus=args.corpus, index=Path(tmp)))
        index = pipeline.index
        found = top1 = 0
        questions = [q for q in read_questions(args.questions) if q.answerable]
        for q in questions:
            hits = pipeline.search(q.question, args.k)
            where = None
            for h in hits:
                if h.passage.doc_id not in q.doc_ids:
                    continue
                sentences = [index.sentences[i].text for i in h.passage.sentences]
                if any(a in s for a in q.answers for s in sentences):
                    where = (h.rank, h.passage.heading)
                    break
            found += where is not None
            top1 += where is not None and where[0] == 1
            mark = f"rank {where[0]} under {' › '.join(where[1]) or '(no heading)'}" if where else "MISSING"
            print(f"{q.id}  {mark:60}  {q.question}")
        n = len(questions)
        print(f"\nanswer in a whole sentence of a top-{args.k} passage of the right file: {found}/{n}; at rank 1: {top1}/{n}")


if __name__ == "__main__":
    main()
