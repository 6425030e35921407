"""Find the shortest span of a sentence that answers a question of a given kind.

Candidates of the asked-for type (dates, amounts, numbers, names) are found by pattern; the
one nearest to the words the sentence shares with the question wins, and a candidate made
only of question words is never the answer ("Who sued Microsoft?" is not answered "Microsoft")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.patterns import (
    A_TIME,
    CLOCK,
    COMPACT,
    DATE,
    DURATION,
    FREQUENCY,
    MEASURED,
    MONEY,
    NUMBER,
    PATH,
    PROCEDURAL,
    RECENT_YEAR,
    RELATIVE_TIME,
    SCALED,
    SOON,
    TIME_UNIT,
    TIMES,
    UNIT,
    WEEKDAY,
    YEAR,
    credited_at,
    lazy_pattern,
)
from qa.question.kinds import Kind
from qa.text import STOPWORDS, normalize, stem_words, words

_MONTH_OR_DAY = lazy_pattern(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
# Capitalised words that start sentences or clauses without naming anything.
_NOT_NAMES = STOPWORDS | frozenset(
    "according despite additionally instead earlier however meanwhile also so yes no while although though "
    "in on with after but and or if as since still now then today "
    "data image companies company arguments users firms big twitter's the ceo ai api llms".split()
)
# A capitalised word (accented capitals and initials such as "R." included); particles join names.
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w&'.-]*[\w]|[A-ZÀ-ÖØ-Þ]\.?)"
_JOINERS = ("of", "and", "&", "de", "von", "van", "der", "da", "del", "du", "di", "la", "le")
_NAME = lazy_pattern(rf"{_CAP}(?:\s+(?:(?:of|&|de|von|van|der|da|del|du|di|la|le)\s+)?{_CAP})*")


@dataclass(frozen=True)
class Span:
    """A piece of a sentence: its text and character offsets."""

    text: str
    start: int
    end: int


def candidates(sentence: str, kind: Kind, proper: set[str] | None = None) -> list[Span]:
    """Return the spans of `sentence` that have the type a `kind` question asks for."""
    if kind in ("when", "published"):
        # "Luther's 1524 hymn"; "every night at 01:30"; "after more than six hours".
        found = (
            _spans(DATE, sentence) or _spans(YEAR, sentence) or _spans(CLOCK, sentence) or _spans(DURATION, sentence)
        )
        # No time stated: "unreliable when text contains two languages" says when in a clause.
        found = found or _spans(FREQUENCY, sentence) or _spans(_WHEN_CLAUSE, sentence)  # "every June"
    elif kind == "year":  # "in 1957"; "in the 1950s"
        found = _spans(YEAR, sentence) or [d for d in _spans(DATE, sentence) if d.text.endswith("0s")]
    elif kind == "how_much":
        # "$5", "two percent", "26,000 square kilometres", "ten times their weight": a count of something measured.
        found = _spans(MONEY, sentence) or [m for s in _numbers(sentence) if (m := _measured(sentence, s))]
    elif kind == "how_many":
        found = _numbers(sentence)
    elif kind in ("who", "which", "where", "author", "outlet"):
        found = (_spans(PATH, sentence) if kind == "where" else []) + names(sentence, proper)
    else:
        found = []
    return found


_WHEN_CLAUSE = lazy_pattern(r"(?<=\bwhen )[^,;:.!?()]{3,80}", re.I)


def _measured(sentence: str, span: Span) -> Span | None:
    """A number that measures an amount: scaled ("two percent") or with its unit ("26,000 square kilometres")."""
    if m := MEASURED.match(sentence, span.end):
        return Span(sentence[span.start : m.end()], span.start, m.end())
    return span if SCALED.search(span.text) else None


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [Span(m.group().strip(), m.start(), m.end()) for m in pattern.finditer(text) if m.group().strip()]


def _numbers(sentence: str) -> list[Span]:
    dates = _spans(DATE, sentence) + _spans(CLOCK, sentence)
    numbers = [
        s
        for s in _spans(NUMBER, sentence) + _spans(COMPACT, sentence)
        if not RECENT_YEAR.fullmatch(s.text)
        and not any(d.start <= s.start < d.end for d in dates)
        and not _counts_nothing(sentence, s)
    ]
    return sorted(numbers, key=lambda s: s.start)


_MANUAL_SECTION = lazy_pattern(r"\w\(\d\)$")
_ONE_AFTER = lazy_pattern(r"\b(?:a|an|the|this|that|which|each|every|any|another)\s+(?:[a-z]+\s+)?$", re.I)


def _counts_nothing(sentence: str, span: Span) -> bool:
    """A "one" that counts nothing: "one of the UK's leading universities", "Westwood One" (a name's word), "a
    principled one" (a pronoun), "in one spot"; a manual's section after a name: "libxslt(3)"."""
    if _MANUAL_SECTION.match(sentence[max(0, span.start - 2) : span.end + 1]):
        return True
    if span.text.lower() != "one":  # the checks below read the words around it: only for a "one"
        return False
    return (span.text == "One" and sentence[: span.start].rstrip()[-1:].isalpha()) or _ONE_AFTER.search(sentence[: span.start]) is not None or re.match(r"\s*(?:of|spot|place|go)\b", sentence[span.end :], re.I) is not None


def names(sentence: str, proper: set[str] | None = None) -> list[Span]:
    """Return runs of capitalised words that name something (people, companies, products).

    `proper`, when given, holds the words the corpus only ever writes with a capital; a
    sentence's first word counts as a name only if it is one of them ("Lawsuit time").
    """
    out = []
    for m in _NAME.finditer(sentence):
        tokens = m.group().split()
        start = m.start()
        opens = start == len(sentence) - len(sentence.lstrip(" \"'“("))
        if proper is not None and opens and tokens and tokens[0].lower().strip("'.’") not in proper:
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        # Peel sentence-starting words and months off the front ("In", "Despite", "Earlier").
        while tokens and (tokens[0].lower().strip("'.") in _NOT_NAMES or _MONTH_OR_DAY.match(tokens[0])):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and (tokens[-1].lower() in _JOINERS or _MONTH_OR_DAY.match(tokens[-1])):
            tokens = tokens[:-1]
        if tokens:
            text = " ".join(tokens).rstrip(".'")
            if text.endswith("'s"):
                text = text[:-2]
            out.append(Span(text, start, start + len(text)))
    return out


# "Who announced that?" asks for the subject, found before the verb; "Who did Getty sue?" the object.
_OBJECT_QUESTION = lazy_pattern(
    r"^(?:[^,?]{1,40},\s*)?(?:(?:ok|okay|so|and|but|um|uh|well|hey)\W+)*(?:who|whom)(?: (?:did|does|do|will|would|can|could|should) (?:the |a |an )?(\w+(?: \w+)?)"
    r"|(?: is| are| was| were|['’]s|['’]re|s) (?:the |a |an )?(\w+(?: \w+)?) \w+ing\b)|^(?:the )?(\w+) (?!(?:is|are|was|were)\b)\w+ (?:who|whom)\W*$",  # "musk sue who"
    re.I,
)
_SUBJECT_QUESTION = lazy_pattern(r"^(?:who|which \w+|what \w+)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)\w+", re.I)


def answers_of_kind(sentence: str, kind: Kind, asked: set[str], proper: set[str] | None = None) -> list[Span]:
    """The candidates of the asked-for type in `sentence` that are not the question's own words."""
    options = []
    for span in candidates(sentence, kind, proper):
        own = stem_words([w for w in words(span.text) if w not in STOPWORDS])
        shared = sum(s in asked for s in own)
        # The question's own words are not its answer: a name made half of them ("Twitter CEO"
        # for "the CEO of Twitter") or a value made only of them; a path names its tool ("/var/lib/tuptime/tuptime.db").
        if own and (shared == len(own) or (kind in ("who", "which", "where") and shared * 2 > len(own) and not PATH.fullmatch(span.text))):
            continue
        options.append(span)
    return options


def best_span(
    sentence: str, kind: Kind, asked: set[str], question: str = "", proper: set[str] | None = None
) -> Span | None:
    """Return the candidate of the asked-for type nearest to the question's terms (stems) together, or None.

    For a question that asks for the subject ("Who announced ...?") a candidate after the
    question's words counts as farther away than one before them.
    """
    options, doer = answers_of_kind(sentence, kind, asked, proper), set()
    if options and kind in ("who", "which") and not re.search(r"\b(?:report|cit|source|credit|accord)", question, re.I):  # a source credited is no doer
        credited = credited_at(sentence)  # "As reported by Business Insider, Reddit ...", "..., as Mashable points out, ..."
        options = [o for o in options if o.start not in credited]
    if kind == "who" and (m := _OBJECT_QUESTION.match(normalize(question))):
        # "who did musk threaten to sue?": the one who did it is not the answer ("Elon Musk").
        doer = set(stem_words(words(m.group(1) or m.group(2) or m.group(3))))
        options = [o for o in options if not doer & set(stem_words(words(o.text)))]
        if doer <= {"he", "she", "they"} and (verb := stem_words(words(normalize(question)[m.end(1 if m.group(1) else 2) :])[:1])):
            options = [o for o in options if o.start > next((w.start() for w in re.finditer(r"\w+", sentence) if stem_words([w[0].lower()]) == verb), -1)]  # "who's he threatening to sue": not who is before "threatened"
    if kind == "when" and (part := _ASKS_PART.search(question)):  # "what month ...?": not "2015"
        named = _MONTH_NAMED if part.group(1).lower() == "month" else WEEKDAY
        options = [o for o in options if named.search(o.text)]
    options = _spans(CLOCK, sentence) if kind == "when" and _ASKS_CLOCK.search(question) else options  # "what time did they post it": not "April 25"
    if kind == "how_many" and re.search(r"\bhow old\b", question, re.I):  # an age: a number, not money or "several"
        options = [o for o in options if not _NO_AGE.search(o.text)]
    if kind in ("how_many", "how_much") and _ASKS_SHARE.search(question):  # "what percent ...": a share, no count
        options = [o for o in options if _SHARE.search(sentence[o.start : o.end + 12])]
    if kind == "how_much" and not options and re.search(r"\bvalues?\b", question, re.I):
        options = _numbers(sentence)  # "what min_dev value ...?": "MIN_DEV (0.1 and 0.35 respectively)"
    if kind in ("how_many", "how_much") and HOW_OFTEN.search(question):
        options = _spans(FREQUENCY, sentence) or options  # "How often is the festival held?": "biennial"
    if kind in ("how_many", "how_much") and _HOW_LONG.search(question):
        # "How long ...?" "Since the 1950s", "from 4 August 1915 until November 1918", "17 seconds", "a minute".
        options += [d for d in _spans(DATE, sentence) if _SINCE.search(sentence[: d.start]) or _RANGE.match(d.text)]
        options += _spans(A_TIME, sentence) + _spans(TIMES, sentence) + _spans(SOON, sentence)  # "he left soon after"
        timed = [(s, m) for s in _numbers(sentence) if (m := TIME_UNIT.match(sentence, s.end))]
        options += [Span(sentence[s.start : m.end()], s.start, m.end()) for s, m in timed] + _spans(CLOCK, sentence)
        # A length of time or of a thing, not any number: "how long has X invested in Y?" is not "$10 billion".
        options = [
            o
            for o in options
            if TIME_UNIT.match(sentence, o.end)
            or _LENGTH.match(sentence, o.end)
            or _lasts(o.text) or SOON.fullmatch(o.text) or re.search(rf"\bin{TIME_UNIT.pattern}", sentence, re.I)  # "timeout in seconds. Default 10"
            or _SINCE.search(sentence[: o.start])
        ]
    if kind in ("how_many", "how_much") and (exact := [o for o in options if not _VAGUE.match(o.text)]):
        options = exact  # "135 feet long", not "millions of volts"
    if kind == "when" and not options and PROCEDURAL.match(normalize(question)):
        options = _spans(RELATIVE_TIME, sentence)  # "when should I run prune?": "after every backup"
    if not options:
        return None
    groups = _anchor_groups(sentence, {a for a in asked if a not in doer} or asked)  # whom one acts on: near the deed, not the doer
    if not groups:
        return options[0]
    anchors = [a for g in groups.values() for a in g]
    after = 3 if kind in ("who", "which") and _SUBJECT_QUESTION.match(normalize(question)) else 1

    def cost(span: Span) -> float:
        # Near the question's words together, not only one of them: each word's nearest use counts, up
        # to about ten words away (SQuAD dev paragraph F1: nearest word 46.3, all words 46.8, capped 47.1).
        near = sum(min(_FAR, *(_distance(span, a, after) for a in g)) for g in groups.values()) / len(groups)
        # "Where did he die?": a place is named after "in", "at", "near" ("died in Shangdu").
        if kind == "where" and placed(sentence, span):
            return near / 3
        if kind in ("when", "year") and _TEMPORAL.search(sentence[: span.start]):
            return near / 3
        # "How many students ...?": the number that counts them ("12,000 students").
        if kind in ("how_many", "how_much") and _counts_asked(sentence[span.end :], asked):
            return near / 3
        # "Who designed it?": the doer is named after "by" ("it was designed by Reuben Townroe"),
        # after the verb although the question asks for a subject.
        if kind == "who" and _AGENT.search(sentence[: span.start]):
            return min(_distance(span, a) for a in anchors) / 3
        return near

    chosen = min(options, key=lambda o: (cost(o), -len(o.text)))  # of two alike, the whole: "45-minute"
    return _with_unit(sentence, chosen, question) if kind == "how_many" else chosen


def _lasts(text: str) -> bool:
    """True for a span that is itself a time: a date, a clock reading or a count of time units."""
    return bool(DATE.search(text) or CLOCK.search(text) or TIME_UNIT.search(text))


_ASKS_CLOCK = lazy_pattern(r"\b(?:what|which) time\b(?! (?:period|frame|span|of (?:the )?(?:year|day|month)|zone))|\bwhat hour\b", re.I)  # a clock's
_ASKS_PART = lazy_pattern(r"(?:\b(?:what|which)\s+|^\W*)(?:exact\s+|specific\s+)?(month|weekday|day of (?:the )?week)\b", re.I)  # "what month ...?": that part of a date
_MONTH_NAMED = lazy_pattern(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_NO_AGE = lazy_pattern(r"[$€£%]|\b(?:million|billion|trillion|percent)\b|^(?:several|many|a few|some|dozens?|half)$", re.I)
_HOW_LONG = lazy_pattern(  # "how much older was X": a span of time
    r"\bhow long\b(?!\s+(?:can|could|may|should|must)\b.*\bbe\W*$)|\b(?:how much|what amount of) time\b|\bhow (?:much|many years) (?:older|younger|longer|earlier|later|sooner)\b", re.I
)
_SINCE = lazy_pattern(r"\b(?:since|from|until|till|into)\s+(?:at least\s+|about\s+|around\s+)?$", re.I)
_RANGE = lazy_pattern(r"(?:from|between)\s", re.I)  # "from 1870 to 1939": as long as it lasted
_LENGTH = lazy_pattern(r"\s?(?:feet|foot|ft|inch(?:es)?|yards?|miles?|(?:kilo|centi|milli)?(?:met(?:re|er)s?)|km|m|(?:words?|characters?|chars?|letters?|digits?|bytes?|lines?|columns?)(?!-))\b", re.I)  # "six words"
_VAGUE = lazy_pattern(r"(?:several|many|some|dozens|hundreds|thousands|millions|billions)\b", re.I)
_ASKS_SHARE = lazy_pattern(r"\b(?:what|which|how (?:big|large|much) (?:a|of a)?)\s*(?:percent|percentage|per cent|share|proportion|fraction)\b", re.I)
_SHARE = lazy_pattern(r"%|\b(?:percent|per cent|percentage points?|half|halves|thirds?|quarters?|fifths?|tenths?|majority)\b", re.I)
HOW_OFTEN = lazy_pattern(r"\bhow (?:often|frequently)\b", re.I)


def _with_unit(sentence: str, span: Span, question: str) -> Span:
    """A count with its unit unless the question counts in it: "nine months" for "How long ...?",
    "nine" for "How many months ...?"."""
    m = UNIT.match(sentence, span.end)
    counted = re.search(r"\bhow many (\w+)", question, re.I)
    if not m or (counted and set(stem_words(words(counted.group(1)))) & set(stem_words(words(m.group())))):
        return span
    return Span(sentence[span.start : m.end()].strip(), span.start, m.end())


_LOCATIVE = lazy_pattern(r"\b(?:in|at|near|to|into|from|on|within|across|outside|inside)\s+(?:the\s+)?$", re.I)


def placed(sentence: str, span: Span) -> bool:
    """True when the span stands after a preposition of place: "died in Shangdu", "moved to the US"."""
    return bool(_LOCATIVE.search(sentence[: span.start]))


def _counts_asked(rest: str, asked: set[str]) -> bool:
    """True when the words right after a number are among the question's ("... students")."""
    following = [w for w in words(rest)[:3] if w not in STOPWORDS][:2]
    return any(s in asked for s in stem_words(following))


_TEMPORAL = lazy_pattern(r"\b(?:in|on|since|by|until|during|from|after|before)\s+(?:the\s+)?$", re.I)
_AGENT = lazy_pattern(r"\bby\s+$", re.I)
_FAR = 60  # characters


def _anchor_groups(sentence: str, asked: set[str]) -> dict[str, list[int]]:
    """Where each question stem the sentence holds stands in it (character offsets)."""
    groups: dict[str, list[int]] = {}
    for m in re.finditer(r"[\w'’]+", sentence):
        ws = words(m.group())
        if ws and (s := stem_words(ws[:1])[0]) in asked:
            groups.setdefault(s, []).append(m.start())
    return groups


def _distance(span: Span, pos: int, after: int = 1) -> int:
    """Characters between a span and an anchor word; `after` weighs spans that follow it."""
    if span.start <= pos < span.end:
        return 0
    return (span.start - pos) * after if pos < span.start else pos - span.end + 2
