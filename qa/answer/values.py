"""A date or amount asked for that no sentence near the top states: one further down that says what was asked."""

from __future__ import annotations

import re

from qa.answer.quoting import following
from qa.answer.sections import such_before
from qa.answer.spans import HOW_OFTEN, Span, best_span
from qa.patterns import EXACT_NUMBER_WORDS, FREQUENCY, lazy_pattern
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence, near_top
from qa.text import stem_words, words

# A value told with figures ("19 April, 2023", "eight"), not a vague one ("today", "several").
EXACT = lazy_pattern(rf"\d|\b(?:{EXACT_NUMBER_WORDS})\b", re.I)
VALUE_WINDOW = 0.65  # a value asked for, none near the top: a sentence holding every word asked, this close
_MOST = 8


def stated_further(
    question: Question, query: Query, evidence: list[Evidence], more: list[Evidence] | None, found: bool, asked: set[str], proper: set[str] | None
) -> tuple[Evidence, Span] | None:
    """A sentence further down stating the value asked for, when it says every word asked about itself ("when
    will microsoft drop twitter": "... cease supporting Twitter ... starting April 25"). With one found near the
    top (`found`), only a value with figures, of a question asking with two words of its own or more. One lacking
    a word of four asked gives none (SQuAD dev near-topic -3: "when did Tesla claim to have built the weapon?")."""
    own = [t for t, w in query.terms.items() if w >= 1]
    # In a follow-up the earlier turn's words lift its sentences: look further down, among all.
    carried = more is not None and any(w < 1 for w in query.terms.values())
    looked = near_top(more, VALUE_WINDOW / 2, 2 * _MOST) if carried else near_top(more if found and more else evidence, VALUE_WINDOW)
    vague = None  # "In the latest tweet today, ...": a value with figures further down beats it ("on Wednesday (19 April, 2023)")
    for e in looked:
        if not all(query.match(t, set(e.stems)) for t in own):
            continue
        span = best_span(e.sentence.text, question.kind, asked, query.text, proper)
        if span and EXACT.search(span.text) and (not found or len(own) > 1):  # figures beat a vague value near the top
            return e, span
        vague = vague or ((e, span) if span and not found else None)
    return vague


def how_often(question: str, span: Span) -> bool:
    """True for "how often ...?" answered by a frequency ("every 10 minutes", "biennial"), not a count or a time."""
    return bool(HOW_OFTEN.search(question)) and FREQUENCY.search(span.text) is not None


# A rate asked or told: "per year", "a month", "yearly", "annually".
_RATE = re.compile(r"\b(?:per|a|an|each|every)\s+(year|month|week|day|hour)s?\b|\b(year|month|week|dai|hour)(?:ly)\b|\b(annual)(?:ly)?\b", re.I)
_UNIT = {"dai": "day", "annual": "year"}


def other_rate(question: Question, best: Evidence, span: Span | None) -> bool:
    """True for "how much ... per year?" answered by an amount the sentence tells by another rate ("between
    $42,000 and $210,000 per month"): not the sum asked."""
    if question.kind not in ("how_much", "how_many") or span is None or not (asked := _rate(question.text)):
        return False
    told = _rate(best.sentence.text[span.start : span.end + 30])
    return told is not None and told != asked


def _rate(text: str) -> str | None:
    m = _RATE.search(text)
    unit = m and next(g for g in m.groups() if g).lower()
    return _UNIT.get(unit, unit) if unit else None


_HOW_MANY_OF = re.compile(r"\bhow many ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)", re.I)
# Units a count may be of: a time, a length, a weight, a rate. "two months" counts no accounts.
_MEASURES = re.compile(
    r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie)|time|mile|kilomet(?:er|re)|met(?:er|re)|feet|foot|inche?"
    r"|ton(?:ne)?|pound|kilogram|gram|dollar|percent)s?",
    re.I,
)


def counts_another(question: Question, query: Query, span: Span | None) -> bool:
    """True for "how many twitter accounts were hit?" answered by a time or a measure ("two months") where
    things were asked, none of whose words the span holds."""
    if question.kind != "how_many" or span is None or not (m := _HOW_MANY_OF.search(question.text)):
        return False
    said, counted = words(span.text), words(m.group(1))
    if not said or not _MEASURES.fullmatch(said[-1]) or any(_MEASURES.fullmatch(w) for w in counted):
        return False  # "how many times", "how many square miles": a measure asked, told in its own unit or another
    asked = [t for t in query.terms if t in stem_words(counted)]
    return bool(asked) and not any(query.match(t, set(stem_words(said))) for t in asked)


# A size, price or age a question puts on a thing, and its opposite: "small businesses" are no "large companies".
_OPPOSITES = {"small": ("large", "big"), "large": ("small",), "big": ("small",), "cheap": ("expensive",), "expensive": ("cheap",)}
_ASKS_LEAST = re.compile(r"\b(?:cheapest|lowest|least expensive|minimum|smallest|fewest)\b", re.I)
_ASKS_MOST = re.compile(r"\b(?:most expensive|priciest|highest|maximum|largest)\b", re.I)
_UPPER = re.compile(r"\b(?:as (?:high|much|many|expensive|large) as|up to|at most|highest|maximum)\b")  # an amount's top
_LOWER = re.compile(r"\b(?:as (?:low|little|few|cheap|small) as|starting (?:at|from)|at least|lowest|cheapest|minimum|from \$)")
_RANGE = re.compile(r"\bbetween\s+\S+\s+and\b|\bfrom\s+\S*\d\S*\s+to\b")
_OPPOSITES |= {"low": ("high",), "high": ("low",), "short": ("long",), "long": ("short",), "old": ("new",), "new": ("old",)}


def opposite_kind(query: Query, best: Evidence) -> bool:
    """True when the question asks of a thing by a size, price or age ("for small buisnesses") that the sentence
    gives it only the opposite of ("... cost as high as $42,000 for large companies"): another kind of it."""
    text = best.sentence.text.lower()
    ranged = _RANGE.search(text)  # "between 500 and 2,000 Bolivians": both ends told
    if _ASKS_LEAST.search(query.text) and _UPPER.search(text) and not _LOWER.search(text) and not ranged:
        return True  # "the cheapest paid api tier": "... as high as $42,000", the top of it
    if _ASKS_MOST.search(query.text) and _LOWER.search(text) and not _UPPER.search(text) and not ranged:
        return True  # "the priciest plan": "... starting at $5", the bottom of it
    for adj, noun in zip(query.words, query.words[1:], strict=False):
        if (stem := stem_words([noun])[0]) not in query.terms or re.search(rf"\b{adj}\b", text):
            continue
        if any(query.match(stem, set(stem_words([m[1]]))) for other in _OPPOSITES.get(adj, ()) for m in re.finditer(rf"\b{other}\s+([a-z]+)", text)):
            return True
    return False


def amount_before(question: Question, query: Query, best: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For a how-much question answered by a sentence telling of "such a high amount" and no figure, holding every
    word asked: the sentence right before it and the amount it tells ("how much would microsoft have had to pay":
    "... as high as $42,000"; not for "how much did musk pay to buy twitter", whose payer it does not name)."""
    named = all(best.says(t, query) for t, w in query.terms.items() if w >= 1) and not _PAID.isdisjoint(query.terms)  # a sum paid
    before = such_before(best, evidence) if question.kind == "how_much" and named else []
    span = best_span(before[0].sentence.text, question.kind, set(), question.text) if before else None
    return (before[0], span) if span is not None else None


_PAID = frozenset({"pay", "paid", "cost", "spend", "spent", "charg", "fee", "price"})


def figure_after(question: Question, query: Query, best: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For a how-many or how-much question answered by a sentence giving no figure: one of the two sentences after
    it saying every word of the question's own the best one lacks, and its figure ("... too many datetime fields in a
    single parse() will currently result in a resource allocation issue.": "The current limit is about 15.")."""
    if question.kind not in ("how_many", "how_much"):
        return None
    lacked = {t for t, w in query.terms.items() if w >= 1 and not best.says(t, query)}
    after = best
    for _ in range(2):
        if (after := following(after, evidence)) is None or after.kind == "code":
            return None
        if lacked and all(after.says(t, query) for t in lacked) and (span := best_span(after.sentence.text, question.kind, lacked, question.text)) and EXACT.search(span.text):
            return after, span
    return None


# "what unit is the gifsicle frame delay in", "what units does -d use": the measure a value is given in
_ASKS_UNIT = lazy_pattern(r"\b(?:what|which|wat) (?:units?|unit of measure)\b|\bin what units?\b", re.I)
_IN_UNIT = lazy_pattern(
    r"\bin (?:(?:tenths|hundredths|thousandths|millionths|units|multiples|fractions) of )?(?:an? )?"
    r"(?:(?:milli|micro|nano|centi|kilo|mega|giga)?(?:seconds?|bytes?|bits?|meters?|metres?)|minutes?|hours?|days?|pixels?|points?|percent|degrees?|jiffies|ticks|blocks|sectors)\b",
    re.I,
)
_UNIT_WINDOW = 0.6  # how close to the best a sentence giving the unit may be


def unit_told(question: Question, query: Query, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For "what unit is X in": a near-best sentence holding a word of X and giving a value's unit ("Set the delay
    between frames to time in hundredths of a second."), the unit its short answer."""
    if not _ASKS_UNIT.search(question.text):
        return None
    asked = [t for t, w in query.terms.items() if w >= 1 and t not in ("unit", "use", "number", "valu")]
    for e in near_top(evidence, _UNIT_WINDOW):
        if (m := _IN_UNIT.search(e.sentence.text)) and any(e.holds(t, query) for t in asked):
            return e, Span(m.group()[3:], m.start() + 3, m.end())
    return None
