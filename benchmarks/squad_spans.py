"""The composer on SQuAD v1.1 dev, per paragraph: exact match and F1 as the official script counts them.

Each question is composed from its gold paragraph (abstention off): the composer picks a
sentence and a span. Printed beside the SQuAD paper's baselines, with the answer-sentence
accuracy and F1 by question kind.

    python benchmarks/squad_spans.py [--squad ../shared/datasets/squad/dev-v1.1.json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

from qa.answer.compose import compose
from qa.eval.squad import best_exact_match, best_f1, normalize_answer
from qa.ingest.clean import split_sentences
from qa.models import Sentence
from qa.question.kinds import classify
from qa.question.query import analyse
from qa.search.retrieve import Evidence, weigh
from qa.settings import ROOT
from qa.text import stems

PAPER = {"sliding window": (13.2, 20.2), "logistic regression": (40.0, 51.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, default=ROOT.parent / "shared" / "datasets" / "squad" / "dev-v1.1.json")
    parser.add_argument("--limit", type=int, default=0, help="first N questions only")
    args = parser.parse_args()
    paragraphs = [p for article in json.loads(args.squad.read_text())["data"] for p in article["paragraphs"]]
    df = Counter(t for p in paragraphs for t in set(stems(p["context"])))
    n_par = len(paragraphs)

    def idf(term: str) -> float:
        return math.log(1 + (n_par - df.get(term, 0) + 0.5) / (df.get(term, 0) + 0.5))

    em = f1 = sentence_hits = count = 0.0
    by_kind: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for p in paragraphs:
        sentences = split_sentences(p["context"])
        for qa in p["qas"]:
            if args.limit and count >= args.limit:
                break
            golds = [a["text"] for a in qa["answers"]]
            query = analyse(qa["question"], None, df)
            evidence = [
                Evidence(Sentence(doc_id="p", start=0, end=0, text=s), stems(s), f"p#{i}", "", 1.0)
                for i, s in enumerate(sentences)
            ]
            evidence = weigh(evidence, query, {t: idf(t) for t in query.terms})
            kind = classify(qa["question"])
            c = compose(kind, query, evidence, {}, min_match=0.0)
            prediction = c.span or c.sentence or ""
            score = best_f1(prediction, golds)
            em += best_exact_match(prediction, golds)
            f1 += score
            sentence_hits += any(normalize_answer(g) in normalize_answer(c.sentence or "") for g in golds)
            count += 1
            by_kind[kind.kind][0] += 1
            by_kind[kind.kind][1] += score
    print(f"SQuAD v1.1 dev, per paragraph, {int(count)} questions")
    print(f"{'system':<28}{'EM':>8}{'F1':>8}{'F1 ratio':>10}")
    ours = 100 * f1 / count
    print(f"{'qa composer':<28}{100 * em / count:>8.1f}{ours:>8.1f}{1:>10.2f}")
    for name, (p_em, p_f1) in PAPER.items():
        print(f"{'paper: ' + name:<28}{p_em:>8.1f}{p_f1:>8.1f}{p_f1 / ours:>10.2f}")
    print(f"answer-sentence accuracy {100 * sentence_hits / count:.1f}%")
    for kind, (n, total) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"  {kind:<10}{int(n):>6}  F1 {100 * total / n:5.1f}")


if __name__ == "__main__":
    main()
