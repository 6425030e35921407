"""What a date dates: a date stated in one clause does not date the deed another clause tells of ("In 2020,
they disagreed over ..., and Musk has also accused Bill Gates of shorting Tesla's stock": 2020 is when they
disagreed, not when Musk accused Gates), nor does the date of a thing's end date its start; a clause saying
it is not known yet answers nothing."""

from __future__ import annotations

import re
from itertools import pairwise

from qa.answer.spans import Span, answers_of_kind
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, stem_words, words

# Where a clause with a subject of its own begins: ", and Musk has ...", "; ", "before quitting its board".
# A name must be followed by a verb ("and Fred Haise in April 1970" goes on a list); a subordinate clause set off
# by a comma ("In March 1896, after hearing of ..., Tesla proceeded") leaves the date to the main one.
_VERB = r"(?:has|have|had|is|was|were|are|will|would|can|could|may|might|did|does|\w+ed|\w+s)\b"
_BREAK = re.compile(
    rf",\s+(?:and|but)\s+(?=(?:(?:[A-Z][\w-]*\s+){{1,3}}{_VERB}|(?:he|she|they|it|we|i)\s))|;\s"
    r"|(?<![,;])\s(?=(?:before|after|while|since|until|when)\s+\w+ing\b)"
)


def _unasked(query: Query, text: str, span: Span) -> bool:
    """True when the clause of `text` holding `span` holds no word of the query (in a follow-up, none carried over
    either)."""
    cuts = [0, *(m.end() for m in _BREAK.finditer(text)), len(text)]
    clause = next((text[a:b] for a, b in pairwise(cuts) if a <= span.start < b), text)
    held = set(stem_words(words(clause)))  # a word sharing the first four letters stands for one: "closure", "close"
    return len(cuts) > 2 and not any(query.match(t, held) or any(h[:4] == t[:4] for h in held if len(t) >= 4) for t in query.terms)


def dated_in_another_clause(question: Question, query: Query, best: Evidence, span: Span | None) -> bool:
    """True for "what year did musk accuse gates ...?" whose date stands in a clause of the sentence holding no
    word asked: the date is another deed's."""
    if span is None or question.kind not in ("when", "year"):
        return False
    text = best.sentence.text  # the date said again in another clause ("July is the warmest ...; in July and August")
    said = [Span(span.text, m.start(), m.end()) for m in re.finditer(re.escape(span.text), text)] or [span]
    return all(_unasked(query, text, s) for s in said)


def clause_dated(question: Question, query: Query, best: Evidence, span: Span | None, asked: set[str]) -> Span | None:
    """`span`, or for a date in a clause holding no word asked one in a clause that does ("In an unusual agreement
    last year, Microsoft invested ..., of which Musk was a co-founder before quitting its board in 2018")."""
    if not dated_in_another_clause(question, query, best, span):
        return span
    text = best.sentence.text
    return next((s for s in answers_of_kind(text, question.kind, asked) if not _unasked(query, text, s)), span)


# Verbs of a thing's start and of its end: a date of its end does not date its start.
_STARTS = frozenset(stem_words("add added start started launch launched enable enabled introduce introduced join joined".split()))
_STARTED = _STARTS | frozenset(stem_words("begin began create created found founded establish established form formed".split()))
_ENDS = frozenset(stem_words("stop stopped cease ceased end ended halt drop dropped remove removed disable disabled quit".split()))


def ended_not_started(question: Question, best: Evidence, query: Query | None = None) -> bool:
    """True for "when did X add Y" answered by a sentence telling only of Y's end ("... cease supporting Y"); the
    start of an end the scene told is an end's date ("microsoft is dropping twitter ... when does that start")."""
    if question.kind not in ("when", "year"):
        return False
    text = _STARTING_ON.sub(" ", best.sentence.text)  # "starting April 25": a date said, no start told
    asked = set(stem_words(words(_STARTING_ON.sub(" ", question.text))))  # "starting when?" asks the date said
    carried = {t for t in (query.terms if query else ()) if t not in query.surface}  # the scene's: "dropping"
    asked |= carried
    told = set(stem_words(words(text)))
    ended = bool(_ENDS & told or _NO_LONGER.search(text))  # "will no longer support", "will be unable to"
    since = _SINCE_WHEN.match(question.text) and _NO_LONGER.search(text) and not _ASKS_END.search(question.text)
    its = bool(carried and _ITS_START.search(question.text))  # "so when does it start" after a change the last turn told
    return not _ENDS & asked and not its and bool(since or (_STARTS & asked and ended and not _STARTED & told))


# "since when has it supported X": its start, asked with its own verb (a bare "since when?" carries another's)
_SINCE_WHEN = re.compile(r"^\W*(?:\w+\s+)?since when\s+\w+\s+\w+", re.I)
# "so when does it start": the start of what the last turn told, which a date of its end gives
_ITS_START = re.compile(r"\b(?:does|did|will|would|is|was) (?:it|that|this|all (?:this|that)) (?:\w+ )?(?:start|begin|kick in)\b", re.I)
_NO_LONGER = re.compile(r"\bno longer\b|\bunable to\b", re.I)
# "since when does openai not train on customer data anymore": the end asked, which "no longer" tells
_ASKS_END = re.compile(r"\b(?:not|no longer|any ?more|stopp?(?:ed|s)?|quit|ceased?|(?:do|does|did|is|was|has|have|wo|ca)nt)\b|(?<=\w)n['’]t\b", re.I)
_STARTING_ON = re.compile(r"\b(?:[Ss]tarting|[Bb]eginning) (?:(?:on |from )?(?=[A-Z\d])|(?=when\b))")


# "how much was microsoft paying twitter for api access before all this": the state before the change, which a
# sentence telling what will start ("Twitter would start charging between $42,000 and ...") does not tell.
_BEFORE_THIS = re.compile(
    r"\bbefore (?:all )?(?:this|that|then|now|the (?:[\w-]+ )?(?:change|switch|move|announcement|decision|update|cutoff|hike|increase)"
    r"|[\w.-]+ (?:left|dropped|quit|stopped|switched|changed|pulled out))\b",  # "before microsoft left"
    re.I,
)
_WILL_START = re.compile(r"\b(?:will|would|to|going to) (?:start|begin) (?:\w+ing|to \w+)\b", re.I)


def told_from_then(question: Question, best: Evidence, span: Span | None) -> bool:
    """True for a question asking how things stood before a change ("... before all this") answered by a sentence
    telling what will start then, its value (if any) after the starting."""
    start = _WILL_START.search(best.sentence.text) if _BEFORE_THIS.search(question.text) else None
    return start is not None and (span is None or span.start > start.start())


# A clause saying it is not known yet whether something happens ("We'll have to see if they end up in court",
# "It's currently unclear exactly what AI products Musk is accusing Microsoft of ...").
_UNSETTLED = re.compile(
    r"\b(?:(?:we'll|we will) have to see|remains to be seen|too early to (?:say|tell)"
    r"|(?:it's|it is|it was|it remains) (?:currently |still |not yet )?(?:unclear|unknown|not clear|not known))\b[^,;.]*?(?=,|;|\.|\bbut\b|$)",
    re.I,
)
_WHICH = re.compile(r"\b(?:which|what)\s+(?!other\b|kind\b|type\b|sort\b)(\w+)", re.I)


def unsettled(question: Question, best: Evidence) -> bool:
    """True for "which court ...?" answered by a sentence whose only word of a court is in a clause saying
    it is not known yet ("We'll have to see if Twitter and Microsoft actually end up in court")."""
    m = _WHICH.search(question.text)
    if not m or m.group(1).lower() in STOPWORDS or question.kind == "yes_no":  # "is it clear that what microsoft did ...": it is not
        return False
    noun = stem_words([m.group(1).lower()])[0]
    clauses = [c.group() for c in _UNSETTLED.finditer(best.sentence.text)]
    # "which ai products did musk mean": "It's currently unclear exactly what AI products Musk is accusing ...", what a
    # claim meant told unknown, is an answer (not for "which ai products did microsoft train on twitter data")
    told = _OF_CLAIM.search(question.text) is not None
    return any(noun in stem_words(words(c)) and not (told and re.search(rf"\b(?:what|which|who)\s+(?:\w+\s+){{0,2}}?{m.group(1)}", c, re.I)) for c in clauses)


_OF_CLAIM = re.compile(r"\b(?:say|says|said|mean|means|meant|accus\w*|claim\w*|allege\w*|refer\w*|talking about)\b", re.I)
