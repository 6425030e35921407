"""SQuAD v1.1 answer metrics, exactly as the official evaluate-v1.1.py computes them, and answer-sentence accuracy."""

from __future__ import annotations

import re
import string
from collections import Counter

_PUNCTUATION = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def normalize_answer(s: str) -> str:
    """Lower case, punctuation removed, articles (a, an, the) removed, whitespace collapsed."""
    s = "".join(ch for ch in s.lower() if ch not in _PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", s).split())


def exact_match(prediction: str, gold: str) -> float:
    """1.0 when the normalised prediction equals the normalised gold answer, else 0.0."""
    return float(normalize_answer(prediction) == normalize_answer(gold))


def f1(prediction: str, gold: str) -> float:
    """Token F1 (0..1) of the normalised prediction against one normalised gold answer."""
    predicted, wanted = normalize_answer(prediction).split(), normalize_answer(gold).split()
    common = sum((Counter(predicted) & Counter(wanted)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(wanted)
    return 2 * precision * recall / (precision + recall)


def best_exact_match(prediction: str, golds: list[str]) -> float:
    """The exact match against the best of the gold answers (evaluate-v1.1.py's max over ground truths)."""
    return max((exact_match(prediction, g) for g in golds), default=0.0)


def best_f1(prediction: str, golds: list[str]) -> float:
    """The F1 against the best of the gold answers."""
    return max((f1(prediction, g) for g in golds), default=0.0)


def holds_answer(sentence: str, golds: list[str]) -> bool:
    """True when the normalised sentence holds a normalised gold answer as whole words."""
    padded = f" {normalize_answer(sentence)} "
    return any(f" {g} " in padded for g in map(normalize_answer, golds) if g)


def squad_scores(predictions: list[str], golds: list[list[str]]) -> tuple[float, float]:
    """Exact match and F1 over a set of questions, in percent (0-100) as the official script reports them."""
    if not predictions:
        return 0.0, 0.0
    em = sum(best_exact_match(p, g) for p, g in zip(predictions, golds, strict=True))
    f = sum(best_f1(p, g) for p, g in zip(predictions, golds, strict=True))
    return 100.0 * em / len(predictions), 100.0 * f / len(predictions)
