"""The short answer put before the answer sentence ("Microsoft. In response to ..."): a typed span,
only where it is likely the one asked for; a yes/no question's "Yes." or "No."."""

from __future__ import annotations

import re

from qa.answer.events import swapped_target
from qa.answer.polarity import yes_or_no
from qa.answer.spans import Span, answers_of_kind, placed
from qa.question.kinds import Question
from qa.question.query import Query
from qa.question.synonyms import group
from qa.search.retrieve import Evidence
from qa.text import stem_words, words

LEAD_CONFIDENCE = 0.5  # a typed span leads the answer only from this probability up
SPAN_KINDS = frozenset({"when", "year", "how_much", "how_many", "who", "which", "where"})
_ASKS_NAME = re.compile(r"\b(?:called|named|name)\b", re.I)  # "what is his chatbot called?": a name is asked
# A name or figure this many words or more from every other word of the question is seldom the one asked
# (SQuAD dev, leads of who/which/where/how many/how much: 7 right of 37 beyond 8 words or with none).
_FAR = 8
_NAMED_KINDS = frozenset({"who", "which", "where", "how_many", "how_much"})


def lead_of(
    question: Question,
    query: Query,
    span: Span | None,
    best: Evidence,
    confidence: float,
    asked: set[str],
    proper: set[str] | None,
    agreed: bool,
) -> str:
    """The short answer put before the sentence: a typed span only when the answer is likely right
    and the span is the sentence's one candidate of the asked type or other articles say it too
    (SQuAD dev: 72% of such leads hold a gold answer, against 46% of all typed spans; README)."""
    sole = agreed or len(answers_of_kind(best.sentence.text, question.kind, asked, proper)) == 1
    # A place is named after "in", "at", "from"...: "Microsoft." is no answer to "where did musk move from?",
    # and a name there is a place, not the person asked for. "what position does Von Miller play?" asks no
    # name: the nearest one ("Newton.") leads wrongly (SQuAD dev, leads right: where after no such word 16
    # of 38, who after one 11 of 25, which asking no name 16 of 39).
    at_place = span is not None and placed(best.sentence.text, span)
    fits = (question.kind != "which" or bool(_ASKS_NAME.search(question.text))) and (
        at_place if question.kind == "where" else not (question.kind == "who" and at_place)
    )
    near = span is None or question.kind not in _NAMED_KINDS or _near_asked(span, best, query)
    sure = confidence >= LEAD_CONFIDENCE and sole and fits and near
    if span and (question.kind not in SPAN_KINDS or sure):
        return f"{span.text[0].upper()}{span.text[1:]}."
    # "Yes." or "No." leads as a typed span does: only where the answer is likely right (local yes/no
    # questions: below it 3 of 5 such leads were wrong; the sentence is given either way)
    # "is elon suing or just threatening": either or, no yes or no (an option the sentence holds leads above)
    if question.kind != "yes_no" or confidence < LEAD_CONFIDENCE or question.options or best.kind == "code":  # a listing asserts nothing
        return ""
    if swapped_target(question, query, best, proper, doer=True):
        return "No."  # "did musk threaten to sue google?": "... threatened to sue Microsoft"
    return yes_or_no(question.text, best.sentence.text)


def _near_asked(span: Span, best: Evidence, query: Query) -> bool:
    """True when the span stands within `_FAR` words of a word the question asks with, its names aside
    ("Musk's post came after it was reported ..." answers no "who reported")."""
    others = [t for t, w in query.terms.items() if w == 1 and t not in query.subjects]
    if not others:
        return True
    tokens = words(best.sentence.text)
    stems = stem_words(tokens)
    at = [i for i, s in enumerate(stems) if any(query.match(t, {s}) for t in others)]
    own = words(span.text)
    start = next((i for i in range(len(tokens)) if tokens[i : i + len(own)] == own), None)
    if start is None or not at:
        return False
    end = start + len(own) - 1
    return min(min(abs(i - start), abs(i - end)) for i in at) <= _FAR


# "what's the name of the microsoft tool that's dropping twitter": the thing named, the noun last.
_NAME_OF = re.compile(
    r"\bname of (?:the |a |an |its |his |her |their )?((?:[\w-]+ ){0,2}?[\w-]+)(?=\s+(?:that(?:['’]?s)?|which|who|whose|of|in|on|at|for|from|used|is|was)\b|\W*$)"
    r"|^(?:which|what) ((?!kind\b|type\b|sort\b|one\b)[a-z]+)(?= \w)"
    r"|^\W*(?:what|which)(?:'s|’s|s| is| was) (?:the |its )?(?:[\w-]+ ){0,2}?([\w-]+)(?= (?:that|which)(?:'s|’s|s| is| was)? .*\bcalled\W*$)",  # "what's the microsoft tool that's dropping twitter called"
    re.I,
)


def beside_named(question: str, e: Evidence, span: Span) -> bool:
    """True when a question asking the name of a thing ("the name of the microsoft tool ...") is
    answered by a span standing right beside that thing in the sentence ("... advertising tools,
    Smart Campaigns, and Multi-platform"): within three words of it."""
    m = _NAME_OF.search(question)
    if not m:
        return False
    nouns = group(next(g for g in m.groups() if g).split()[-1].lower())  # "which outlet ...": "publications, including Mashable"
    tokens = words(e.sentence.text[: span.start])
    after = words(e.sentence.text[span.end :])
    return bool(nouns & {*stem_words(tokens[-3:]), *stem_words(after[:3])})


# "the cheapest tier", "and the lowest?": one end of a range the answer states ("between $42,000 and $210,000").
_LOW_END = re.compile(r"\b(?:lowest|cheapest|least expensive|min|minimum|bottom|starting)\b", re.I)
_HIGH_END = re.compile(r"\b(?:highest|priciest|most expensive|max|maximum|top)\b", re.I)
_VALUE = re.compile(r"[$€£]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?|\d[\d,.]*\s?%")


def range_end(question: str, span: Span | None) -> Span | None:
    """The end of a range `span` states that `question` asks for ("and the lowest?": "$42,000" of
    "$42,000 and $210,000"), else `span`."""
    low, high = _LOW_END.search(question), _HIGH_END.search(question)
    values = list(_VALUE.finditer(span.text)) if span is not None and bool(low) != bool(high) else []
    if len(values) < 2:
        return span
    end = values[0] if low else values[-1]
    return Span(end.group(), span.start + end.start(), span.start + end.end())
