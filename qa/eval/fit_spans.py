"""Fit the choice of a "what" question's phrase on the SQuAD dev split and write `qa/answer/gaps.json`.

    python -m qa.eval.fit_spans [--squad ../shared/datasets/squad/dev-v1.1.json]

Every dev question the model answers (`qa.answer.gaps.KINDS`) is asked of its own paragraph, as
in paragraph mode; in the sentence the composer picks, each candidate phrase
(`qa.answer.gaps.candidates`) is an example with its features and its F1 against the gold
answers. A conditional logit (a softmax over one question's candidates, aiming at their F1
shares; L2 penalty) is fitted by gradient descent. Only the dev split is read; questions
whose candidates all score 0 teach nothing and are skipped.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from qa.answer import gaps
from qa.answer.compose import compose
from qa.eval.answers import idf_of, paragraph_evidence, read_squad
from qa.eval.calibrate import DEFAULT_SQUAD
from qa.eval.squad import best_f1
from qa.eval.squad_open import in_split
from qa.question.kinds import classify
from qa.question.query import analyse
from qa.search.retrieve import weigh
from qa.settings import ROOT

OUT = ROOT / "qa" / "answer" / "gaps.json"


def groups(squad: Path, split: str = "dev") -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Per question in scope: its candidates' feature matrix and their F1 against the gold answers."""
    paragraphs = in_split(read_squad(squad), split)
    df, idf = idf_of(paragraphs)
    for n, p in enumerate(paragraphs):
        for _, question, golds in p.questions:
            kind = classify(question)
            if kind.kind not in gaps.KINDS:
                continue
            query = analyse(question, None, df)
            ranked = weigh(paragraph_evidence(p, str(n), 1.0), query, {t: idf(t) for t in query.terms})
            c = compose(kind, query, ranked, {}, min_confidence=0.0)
            found = gaps.candidates(c.sentence or "", question, query.asked())
            if found:
                x = np.array([[f.get(name, 0.0) for name in gaps.FEATURES] for _, f in found])
                yield x, np.array([best_f1(span.text, golds) for span, _ in found])


def fit(data: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0, steps: int = 30) -> np.ndarray:
    """Conditional-logit weights by Newton's method: each question's softmax over its candidates,
    aimed at their F1 shares, with an L2 penalty."""
    data = [(x, y / y.sum()) for x, y in data if y.sum() > 0]
    w = np.zeros(data[0][0].shape[1])
    for _ in range(steps):
        grad, hess = l2 * w, l2 * np.eye(len(w))
        for x, target in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += x.T @ (p - target)
            mean = p @ x
            hess += (x * p[:, None]).T @ x - np.outer(mean, mean)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def chosen_f1(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """Mean F1 of the candidate the weights pick, over every question (those scoring 0 included)."""
    return float(np.mean([y[int(np.argmax(x @ w))] for x, y in data]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--squad", type=Path, default=DEFAULT_SQUAD)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = list(groups(args.squad))
    w = fit(data)
    written = {
        "note": "Fitted by python -m qa.eval.fit_spans on the SQuAD v1.1 dev split (articles 0-23), paragraph mode.",
        "questions": len(data),
        "chosen_f1": round(100 * chosen_f1(data, w), 1),
        "weights": {name: round(float(v), 4) for name, v in zip(gaps.FEATURES, w, strict=True)},
    }
    args.out.write_text(json.dumps(written, indent=2) + "\n", encoding="utf-8")
    gaps.weights.cache_clear()
    print(json.dumps(written, indent=2))


if __name__ == "__main__":
    main()
