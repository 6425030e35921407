"""Abbreviations: "What does API stand for?" is answered by the words written beside it in the text."""

from __future__ import annotations

import re

from qa.answer.spans import Span
from qa.patterns import lazy_pattern

# "what does API stand for", "what does verdict say API stands for", "what's DMC short for".
_ASKS_EXPANSION = lazy_pattern(
    r"\bw(?:h)?at(?:'?s)?\b.*?\b(?!(?:it|this|that|they|the|does|is)\b)([\w.&-]{2,12})"
    r"(?:\s+(?:acronym|abbreviation|initialism|thing|word|term|bit))?\s+(?:stands?|is\s+short|short)\s+for\b"  # "that api thing"
    r"|^\W*(?:[\w.&'-]+\s+){0,2}?(?!(?:it|this|that|they)\b)([\w.&-]{2,12})\s+(?:stands?|short)\s+for\W*$",  # "api stands for?", "verdict api stands for"
    re.I,
)


# Words an expansion joins its initials with, which the abbreviation leaves out ("Bank of America", "BoA").
_JOINING = frozenset("a an and the of for in on to at by with de du des la le van von y und".split())


# "what does DMC mean", "what DMC means, i am not sure": the meaning of letters written in capitals is what they stand for
_ASKS_MEANING = lazy_pattern(r"\b(?i:w(?:h)?at)\b.*?\b([A-Z][A-Z0-9&]{1,7})s?\s+(?i:means?)\b|\b(?i:meaning of)\s+(?:the\s+)?([A-Z][A-Z0-9&]{1,7})\b")


# "what full form does it give for the abbreviation API", "DMC ... what is the full name behind those letters"
_LETTERS = r"(?i:abbreviations?|acronyms?|initials|letters|short names?)"
_ASKS_FULL = lazy_pattern(
    rf"\b(?i:full (?:form|name|words?))\b.*?\b{_LETTERS}\s+([A-Z][A-Z0-9&]{{1,7}})s?\b"
    rf"|\b([A-Z][A-Z0-9&]{{1,7}})s?\b.*\b(?i:(?:full|real) (?:form|name|words?)\b.*?\b(?:behind|of|for) (?:those|these|the|this|that) {_LETTERS}\b)"
    r"|\b(?i:spell(?:s|ed|ing)? out (?:the (?:abbreviation|acronym) )?)([A-Z][A-Z0-9&]{1,7})s?\b"  # "how does verdict spell out API"
)


# "what does llm mean": letters typed in lower case, an abbreviation only where the text spells them out beside them
_ASKS_MEANING_TYPED = lazy_pattern(r"\bw(?:h)?at\b.*?\b([a-z][a-z0-9&]{1,7}?)s?\s+means?\b|\bmeaning of\s+(?:the\s+)?([a-z][a-z0-9&]{1,7})\b", re.I)


def typed_letters(question: str) -> str | None:
    """The word a "what does llm mean" question asks the meaning of, in any case, or None: spelled out only where
    the text writes it out beside it ("large language models (LLMs)"), never a reason to refuse."""
    m = _ASKS_MEANING_TYPED.search(question)
    return next((g for g in m.groups() if g), None) if m else None


def asks_expansion(question: str) -> str | None:
    """The abbreviation a "What does API stand for?" question asks to spell out, or None."""
    m = _ASKS_EXPANSION.search(question) or _ASKS_MEANING.search(question) or _ASKS_FULL.search(question)
    return next((g for g in m.groups() if g), None) if m else None


def expansion(sentence: str, short: str) -> Span | None:
    """The words `short` abbreviates, as written beside it: "Application Developer Interface (API)".

    The words must start with its first letter, and most of their initials must be among its
    letters (writers expand loosely: "Application Developer Interface (API)").
    """
    letters = [c for c in short.lower() if c.isalpha()]

    def fits(heads: list[str]) -> bool:
        return bool(heads) and heads[0] == letters[0] and 2 * sum(h in letters for h in heads) >= len(heads) + 1

    for m in re.finditer(rf"\(\s*{re.escape(short)}s?\s*\)", sentence, re.I):
        before = [w for w in re.finditer(r"[\w-]+", sentence[: m.start()]) if w.group().lower() not in _JOINING]
        for n in dict.fromkeys((len(letters), max(1, len(letters) - 1), len(letters) + 1)):  # all its letters first ("large language models"), a word less or more
            run = before[-n:]
            if len(run) == n and fits([w.group()[0].lower() for w in run]):
                return Span(sentence[run[0].start() : run[-1].end()], run[0].start(), run[-1].end())
    for m in re.finditer(rf"\b{re.escape(short)}\s*\(([^)]{{3,80}})\)", sentence, re.I):
        if fits([w[0].lower() for w in re.findall(r"[\w-]+", m.group(1)) if w.lower() not in _JOINING]):
            return Span(m.group(1).strip(), m.start(1), m.end(1))
    # said outright: 'The group's name stands for "Dialup IP"', "short for Dialup IP"
    m = _SAID.search(sentence)
    if m and m.group(1)[0].lower() == letters[0]:
        return Span(m.group(1), m.start(1), m.end(1))
    return None


_SAID = re.compile(r"\b(?:stands? for|short for|abbreviation (?:of|for))\s+[\"“']?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})")
