"""Confidence as a probability: a logistic model over the composer's own readable features.

The weights live in `calibration.json` beside this module, fitted on the SQuAD dev split by
`python -m qa.eval.calibrate` (see that module) and committed; nothing is learned at run time.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from qa.answer.leads import SPAN_KINDS
from qa.answer.polarity import corrected
from qa.answer.reasons import gives_reason
from qa.answer.spans import Span
from qa.patterns import ASKER_DOES, MEANS_WORDS
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence, held
from qa.text import stem_words

# The features, each in [0, 1] or a small count; `features_of` below computes them.
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


def features_of(
    question: Question, query: Query, best: Evidence, span: Span | None, agreeing: list[Evidence], asked: set[str]
) -> dict[str, float]:
    """The readable signals the calibration weighs (`FEATURES`) for the answer sentence `best`."""
    own = set(best.stems)
    others = [t for t, w in query.terms.items() if w == 1 and t not in query.subjects]
    return {
        "matched": best.matched,
        "predicate": sum(held(query, t, own, best.near) for t in others) / len(others) if others else 1.0,
        "anchored": float(anchored(best, query)),
        # a yes/no question's value ("$120k a month?") told as another of its sort ("$210,000") is its span
        "span": float(span is not None or (question.kind == "yes_no" and bool(corrected(question.text, best.sentence.text)))),
        "typed": float(question.kind in SPAN_KINDS),
        "agree": float(len(agreeing)),
        "reason": float(question.kind == "why" and gives_reason(best.sentence.text, asked)),
    }


# A sentence of a list item, a code block or a table row is terse: it holds fewer of an asker's words than a
# paragraph's sentence that answers as well (docs dev sets: 3 more answered at 0.6 of the floor, no trap more;
# SQuAD's paragraphs have no such sentences).
TERSE_FLOOR = 0.6
DOC_FLOOR = 0.8


def refusal_floor(min_confidence: float, best: Evidence, question: str = "", query: Query | None = None) -> float:
    """The confidence under which an answer from the sentence `best` is refused (`min_confidence` for prose); less
    for a terse sentence, and for a question telling what the asker would do ("how do i ...", "can i ..."), whose
    own words of their situation the text need not hold (docs dev sets: 5 more answered, no trap more), unless
    most of its words are ones the corpus never writes ("how do i get my printer back on wifi")."""
    terse = best.kind in ("item", "code", "row")
    asker = (asker_does(question) or _LOCATES.match(question)) and not (query and _mostly_unheard(query))
    return min_confidence * (TERSE_FLOOR if terse else DOC_FLOOR if best.kind else 1.0) * (TERSE_FLOOR if asker else 1.0)


def _mostly_unheard(query: Query) -> bool:
    """True when the words of the question the corpus never writes weigh more than those it does."""
    unheard = sum(w for t, w in query.terms.items() if query.unheard(query.surface.get(t, t), t))
    return unheard > sum(query.terms.values()) / 2


# "where does lftp pick up its startup settings", "where does nox keep the virtualenvs": where a tool keeps a file of its own
_LOCATES = re.compile(r"^\W*(?:\w+ )?where (?:does|do|will|would|should) [\w.+-]+ (?:look|read|load|keep|store|pick|save|put|write|find|get)s?\b", re.I)


_MEANS = frozenset(stem_words(list(MEANS_WORDS)))  # what "is there a ... for that" asks for
_CLAUSE_START = re.compile(r"[,;:.!?]\s+|\s+[-–—]+\s+")  # "privacy thing - how do i ...": a label, then the ask


def asker_does(question: str) -> bool:
    """True for a question telling what the asker would do, first or after the trouble it comes from ("ctrl-g as
    the prefix clashes with emacs, can i switch it to ctrl b")."""
    return any(ASKER_DOES.match(question[start:]) for start in [0, *(m.end() for m in _CLAUSE_START.finditer(question))])


def anchored(e: Evidence, query: Query) -> bool:
    """True when a sentence can carry a typed answer: it holds the question's names and one of its other words.

    "Who founded Universal Music Group?" is not answered from a sentence that names the
    group but says nothing of founding; "When was Twitter founded?" not from one about
    OpenAI's co-founder.
    """
    names = [t for t in query.terms if t in query.subjects]
    others = [t for t, w in query.terms.items() if (w == 1 and t not in _MEANS) or (w > 1 and any(c.isdigit() for c in t))]  # or a figure
    if all(t in names for t in others):  # "my file has one json object per line ... is there a mode for that?": the trouble's words
        others += [t for t, w in query.terms.items() if w < 1]
    own = set(e.stems)
    return all(e.holds(t, query) for t in names) and (not others or any(query.match(t, own) for t in others))


def named_first(anchors: list[Evidence], query: Query, whether: bool) -> list[Evidence]:
    """`anchors` (best first), for a yes/no question (`whether`) those naming every name it asks of in their
    own words first: "did twitter cut off openai": "... Twitter would "pause" OpenAI's database access", not
    "... of which Musk was a co-founder before quitting its board", whose title names Twitter."""
    if not whether:
        return anchors
    names = [t for t, w in query.terms.items() if t in query.subjects and w > 1]  # not one carried from the trouble told
    return sorted(anchors, key=lambda e: not all(query.match(t, set(e.stems)) for t in names))
