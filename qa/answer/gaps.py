"""The phrase that fills a "what" question's gap, chosen by a linear model over the span rules' features.

The rules of `qa.answer.phrases` each propose one phrase (the shape the question points to, the
run beside the question word next to "what", the run nearest the question's words). Here every
run of the sentence between question words, verbs and clause punctuation is a candidate, and
each carries readable features: which rules proposed it, how near it sits to the question's
words and on which side, its length, what stands before it. A conditional logit fitted on the
SQuAD dev split (`python -m qa.eval.fit_spans`, weights in `gaps.json`, committed) picks one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.answer.calibration import read_weights
from qa.answer.phrases import gap_span, phrase_span, runs, tokenized, trimmed, wh_span
from qa.answer.reasons import reason_clause
from qa.answer.spans import Span, names
from qa.patterns import lazy_pattern
from qa.text import STOPWORDS, normalize, stem_words, words

FEATURES = (
    "phrase",  # proposed by phrases.phrase_span ("what type of X", "known as ...")
    "wh",  # proposed by phrases.wh_span (beside the question word next to "what")
    "gap",  # proposed by phrases.gap_span (the rules' own choice)
    "distance",  # the question's words' mean distance from it, each capped at 10 tokens, over 10
    "near",  # question words within four tokens of it (at most 3), over 3
    "follows",  # a question word stands at most three tokens before it
    "precedes",  # a question word stands at most three tokens after it
    "inside",  # question words on both sides
    "length",  # tokens, over 8 (at most 1)
    "single",  # one token
    "capital",  # starts with a capital, not the sentence's first word
    "digit",  # holds a figure
    "same_preposition",  # the question ends in that preposition ("... known for?")
    "copula",  # "is/was/are/were" stands just before it
    "copula_next",  # "is/was/are/were" stands just after it (the subject of a definition)
    "figure_asked",  # it holds a figure and the question asks a measure ("what percentage", "weigh")
    "name_asked",  # it starts with a capital and the question asks a name ("called", "named", "person")
    "first",  # it opens the sentence
    "right_match",  # the question's words after its gap (up to 3) found in the five tokens after it
    "subject_asked",  # the question asks for a subject ("what ended ...?") and question words follow it
    "object_asked",  # the question asks for an object ("what did X build?") and question words precede it
)
KINDS = ("what",)  # the question kinds whose phrase the model picks
MOST = 8  # tokens in a phrase at most
_FAR = 10
_PREPOSITIONS = frozenset(
    "of in on at to for by with from into onto about against as like over under through during between "
    "among after before without within upon toward towards across behind beyond".split()
)
_COPULAS = frozenset({"is", "was", "are", "were"})
_AUXILIARIES = _COPULAS | frozenset("do does did will would can could has have had should may might must".split())
_MEASURE = lazy_pattern(
    r"\b(?:percent\w*|number|amount|size|weigh\w*|age|population|rate|cost|price|temperature|height|length"
    r"|distance|speed|score|ratio|capacity|value|century|decade|years?|date|time|period|ranking|much|many|long|old)\b",
    re.I,
)
_NAME_ASKED = lazy_pattern(r"\b(?:called|named|name|person|man|woman|company|city|country|team)\b", re.I)
_POSSESSIVE = frozenset({"has", "have", "had"})
_WH = frozenset({"what", "which", "how", "whom", "who"})


def sides(question: str) -> tuple[set[str], set[str]]:
    """The stems of the question's words that stand before its gap and after it.

    "... associated with what type of circuit?": before; "What ended the need for ...?": after;
    "What did Koch prove?" asks for an object: all before; "What is the capital of X?": either side.
    """
    ws = words(normalize(question))
    at = next((i for i, w in enumerate(ws) if w in _WH), 0)
    head = at + 1 + (at + 1 < len(ws) and ws[at] == "which" and ws[at + 1] not in _AUXILIARIES)
    before, after = ws[:at], ws[head:]
    # "What has a negative influence ...?": "has" before an article is the verb, the gap its subject.
    verb = (
        after[:1]
        and after[0] in _AUXILIARIES
        and not (after[0] in _POSSESSIVE and after[1:2] in (["a"], ["an"], ["the"]))
    )
    content = [stem_words([w])[0] for w in after if w not in STOPWORDS]
    left = {stem_words([w])[0] for w in before if w not in STOPWORDS}
    if verb and after[0] in _COPULAS:
        return left | set(content), set(content)
    if verb:
        return left | set(content), set()
    return left, set(content)


@dataclass(frozen=True)
class _Gap:
    """What the question tells of its gap, read once per question."""

    left: set[str]  # stems of the question's words before the gap
    right: set[str]  # ... and after it
    last: str  # the question's last word ("for" in "... known for?")
    measure: bool  # it asks a measure ("what percentage", "weigh")
    name: bool  # it asks a name ("called", "person")

    @classmethod
    def of(cls, question: str) -> _Gap:
        q = normalize(question).strip()
        left, right = sides(q)
        last = (words(q) or [""])[-1]
        return cls(left, right, last, bool(_MEASURE.search(q)), bool(_NAME_ASKED.search(q)))


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The fitted weights (feature -> weight)."""
    return read_weights("gaps.json")


def candidates(sentence: str, question: str, asked: set[str]) -> list[tuple[Span, dict[str, float]]]:
    """Every phrase of `sentence` that could fill the question's gap, with its features."""
    tokens, stems_ = tokenized(sentence)
    if not tokens:
        return []
    is_asked = [bool(s) and s in asked for s in stems_]
    groups: dict[str, list[int]] = {}
    for i, a in enumerate(is_asked):
        if a:
            groups.setdefault(stems_[i], []).append(i)
    found: dict[tuple[int, int], dict[str, float]] = {}
    gap = _Gap.of(question)

    def add(a: int, b: int, **flags: float) -> None:
        """Add the token range [a, b) trimmed of function words; flags are merged into its features."""
        if (cut := trimmed(tokens, a, b)) is None:
            return
        a, b = cut
        key = (tokens[a][1], tokens[b - 1][2])
        if key not in found:
            found[key] = _features(tokens, stems_, groups, a, b, gap)
        found[key].update(flags)

    for start, end in runs(tokens, is_asked):
        if end - start > MOST:  # a long run: its two ends
            add(start, start + MOST)
            add(end - MOST, end)
        else:
            add(start, end)
    for span in names(sentence):
        a = next(n for n, t in enumerate(tokens) if t[2] > span.start)
        b = next((n for n, t in enumerate(tokens) if t[1] >= span.end), len(tokens))
        if not all(is_asked[a:b]):
            add(a, b)
    by_start = {t[1]: n for n, t in enumerate(tokens)}
    by_end = {t[2]: n for n, t in enumerate(tokens)}
    for rule, span in (
        ("phrase", phrase_span(sentence, question, asked)),
        ("wh", wh_span(sentence, question, asked)),
        ("gap", gap_span(sentence, asked)),
    ):
        if span and span.start in by_start and span.end in by_end:
            add(by_start[span.start], by_end[span.end] + 1, **{rule: 1.0})
    return [(Span(sentence[a:b], a, b), f) for (a, b), f in found.items()]


def _features(
    tokens: list[tuple[str, int, int]],
    stems_: list[str],
    groups: dict[str, list[int]],
    a: int,
    b: int,
    gap: _Gap,
) -> dict[str, float]:
    anchors = [i for g in groups.values() for i in g]
    before = [a - i for i in anchors if i < a]
    after = [i - b + 1 for i in anchors if i >= b]
    distance = (
        sum(min(_FAR, *(a - i if i < a else i - b + 1 for i in g)) for g in groups.values()) / len(groups) / _FAR
        if groups
        else 1.0
    )
    prev = tokens[a - 1][0].lower() if a else ""
    prev2 = tokens[a - 2][0].lower() if a > 1 else ""
    text = " ".join(t for t, _, _ in tokens[a:b])
    left, right = gap.left, gap.right
    follows, precedes = any(d <= 3 for d in before), any(d <= 3 for d in after)
    return {
        "distance": distance,
        "near": min(3, sum(1 for d in before + after if d <= 4)) / 3,
        "follows": float(follows),
        "precedes": float(precedes),
        "inside": float(bool(before) and bool(after)),
        "length": min(1.0, (b - a) / MOST),
        "single": float(b - a == 1),
        "capital": float(a > 0 and text[:1].isupper()),
        "digit": float(any(c.isdigit() for c in text)),
        "same_preposition": float(gap.last in _PREPOSITIONS and gap.last in (prev, prev2)),
        "copula": float(prev in _COPULAS or prev2 in _COPULAS),
        "copula_next": float(b < len(tokens) and tokens[b][0].lower() in _COPULAS),
        "figure_asked": float(gap.measure and any(c.isdigit() for c in text)),
        "name_asked": float(gap.name and text[:1].isupper()),
        "first": float(all(t[0].lower() in STOPWORDS for t in tokens[:a])),
        "right_match": min(3, len(right & set(stems_[b : b + 5]))) / max(1, min(3, len(right))),
        "subject_asked": float(precedes and not left and bool(right)),
        "object_asked": float(follows and not right and bool(left)),
    }


def score(features: dict[str, float], w: dict[str, float] | None = None) -> float:
    """The model's score of a candidate (higher is likelier the answer)."""
    w = w if w is not None else weights()
    return sum(w.get(name, 0.0) * features.get(name, 0.0) for name in FEATURES)


def chosen(sentence: str, question: str, asked: set[str], w: dict[str, float] | None = None) -> Span | None:
    """The candidate phrase the model scores highest, or None when the sentence has none."""
    found = candidates(sentence, question, asked)
    return max(found, key=lambda c: score(c[1], w))[0] if found else None


def short(kind: str, span: Span | None, sentence: str, question: str, asked: set[str]) -> Span | None:
    """The shortest answer in `sentence`: the typed span, else the phrase the question points to.

    For "what" the model picks among every run (SQuAD dev paragraph F1 of "what" questions 36.1 ->
    39.3, cross-validated 39.0; for "which" and "how" it lost to the rules in cross-validation: 42.3
    -> 41.0, 27.0 -> 22.1); for "why" the reason clause. For "which" questions a shape ("called ...",
    "known as ...") beats the nearest name, since what they ask for is often not a name ("What term
    was used?"). Other kinds without a typed span or a shape fall back on the model's choice, not the
    run nearest the question's words (paragraph F1 49.16 -> 49.40; for "which" it lost, 42.3 -> 41.8)."""
    if kind == "why":
        return span or reason_clause(sentence)
    if kind == "yes_no":
        return span
    if kind in KINDS:
        return span or chosen(sentence, question, asked)
    shaped = phrase_span(sentence, question, asked)
    if kind == "which":
        return shaped or wh_span(sentence, question, asked) or span or gap_span(sentence, asked)
    return span or shaped or wh_span(sentence, question, asked) or chosen(sentence, question, asked)
