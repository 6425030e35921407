"""Confidence as a probability: a logistic model over the composer's own readable features.

The weights live in `calibration.json` beside this module, fitted on the SQuAD dev split by
`python -m qa.eval.calibrate` (see that module) and committed; nothing is learned at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

# The features, each in [0, 1] or a small count; `qa.answer.compose` computes them.
FEATURES = (
    "matched",  # share of the question's idf weight the answer sentence holds (alternatives count less)
    "predicate",  # share of the question's words other than its names that the sentence holds
    "anchored",  # the sentence holds the question's names and another of its words
    "span",  # a span of the asked-for type (date, amount, name) was found
    "typed",  # the question asks for a typed span (when, how much, who...)
    "agree",  # other documents say the same (0..3)
    "reason",  # a "why" question answered by a sentence that gives a reason
)
# Tried and left out, each measured on the dev split and the chat development set: the best
# passage's score over an ideal one, its lead over the next, the share of the question the
# passages found hold at all, a question of at most two words, a name the corpus lacks. They
# read differently in a corpus of five articles and one of a thousand paragraphs, so a weight
# fitted on one misjudged the other (the bundled eval lost up to 7 of 73 answers).


def read_weights(file: str) -> dict[str, float]:
    """A committed weights file beside this module (its "weights": feature -> weight)."""
    data = json.loads((resources.files("qa.answer") / file).read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data["weights"].items()}


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The fitted weights (feature -> weight, and "bias")."""
    return read_weights("calibration.json")


def probability(features: dict[str, float], w: dict[str, float] | None = None) -> float:
    """The probability that an answer with these features is right."""
    w = w if w is not None else weights()
    z = w.get("bias", 0.0) + sum(w.get(name, 0.0) * features.get(name, 0.0) for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
