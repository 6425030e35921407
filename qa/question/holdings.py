"""A question asking what a person heads ("what companies is musk ceo of besides twitter", "what else
does he run"): who, and what it sets aside. `qa.answer.holdings` reads the answer off the sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.patterns import lazy_pattern
from qa.text import stem_words, words

HEAD = r"(?i:ceo|chief executive(?: officer)?|boss|head|chief|chairman|chair|president|owner|founder|co-?founder|leader)"
RUNS = r"(?i:runs?|leads?|heads?|owns?|manages?|running|leading|heading|owning|managing)"
_MANY = r"(?:companies|firms|businesses|orgs|organi[sz]ations|ventures|startups|brands)"  # "musk's companies": several
_THINGS = rf"(?:{_MANY}|company|firm|business|org|organi[sz]ation|venture|startup|brand)"
_PERSON = r"([\w.'’-]+(?: (?!is\b|was\b)[\w.'’-]+)?)"
# "which companies does one article say musk is ceo of", "... is musk listed as ceo of": who tells it, and how
_TOLD = r"(?:(?:(?:one of the|one|the|an?|any|that|this) (?:article|piece|story|report|outlet|text)s?|it|they) (?:say|call|list|describe|name)s? )"
_AS = r"(?: (?:listed|described|named|called|mentioned|referred to|credited|identified|known) as)"
_ASKS = lazy_pattern(
    rf"\b(?:what|which)(?: (?:other|else|other kinds? of|more|two|three|four))? {_THINGS} (?:is|was|does|did) {_TOLD}?{_PERSON}"
    rf"(?: (?:is|was))?(?: (?:also|still|currently|even))?{_AS}? (?:(?:the )?{HEAD} (?:of|at)\b|{RUNS}\b)"
    rf"|\b(?:what|which)(?: other)?(?: {_THINGS})? (?:are|is|were) ([\w.-]+(?: [\w.-]+)?)['’]s(?: other)? {_MANY}\b"  # musk's companies
    rf"|\bwhat (?:else|other \w+) (?:is|does|did) {_PERSON}(?: (?:also|still))? (?:(?:the )?{HEAD} of\b|{RUNS}\b)"
    rf"|\bwhat (?:is|was) {_PERSON} (?:also )?(?:the )?{HEAD} of(?= (?:besides|other than|apart from|aside from|except)\b|\W*$)"  # "what is musk ceo of (besides twitter)"
    rf"|\b{_PERSON} (?:is |was |as )?(?:also )?(?:the )?{HEAD} of (?:(?:what |which )(?:else\b|(?:other )?{_THINGS})|(?:what|which)(?= (?:besides|other than|apart from|aside from|except)\b)"
    rf"|(?:two|three|several|both|multiple|many|other|more|some) (?:other )?{_THINGS})"  # "musk is ceo of what else"
    rf"|\b{_MANY} {_PERSON} (?:is|was) (?:also )?(?:the )?{HEAD} (?:of|at)\b"  # "name the companies musk is ceo of"
    rf"|^\W*{_PERSON}(?:['’]s)? {HEAD} (?:of )?(?=(?:besides|other than|apart from|aside from|except)\b)",  # "musk ceo besides twitter"
    re.I,
)
_BESIDES = lazy_pattern(r"\b(?i:besides|other than|apart from|aside from|except(?: for)?|in addition to|beyond|not counting)\s+([\w.'’&-]+(?: [A-Z][\w.&-]*)*)")
_LEADING = lazy_pattern(r"^\W*((?i:besides|other than|apart from|aside from|except(?: for)?)\s+[\w.'’&-]+),?\s+(.+)$")
_PRONOUNS = frozenset("he she they him her them his".split())


@dataclass(frozen=True)
class Holdings:
    """A question asking what someone heads: who (as typed, or "" for a pronoun) and what is set aside."""

    person: str
    besides: tuple[str, ...]

    @property
    def aside(self) -> set[str]:
        """Stems of what the question sets aside ("besides twitter")."""
        return set(stem_words([w for b in self.besides for w in words(b)]))


def asks_holdings(question: str) -> Holdings | None:
    """The person a question asks the holdings of ("what companies is musk ceo of"), if it asks that."""
    m = _ASKS.search(question := _LEADING.sub(r"\2 \1", question))  # "besides twitter musk is ceo of what": set aside at the end
    if not m:
        return None
    person = next(g for g in m.groups() if g)
    person = "" if person.lower() in _PRONOUNS else person
    return Holdings(person, tuple(b.group(1) for b in _BESIDES.finditer(question)))
