"""What a person heads: "what companies is musk ceo of besides twitter", "what else does he run".

A sentence tells it in a handful of shapes ("Elon Musk, CEO of Tesla and SpaceX", "Twitter CEO, Elon
Musk", "Musk, Twitter's chief executive", "Musk, who also runs Tesla"), and a person who heads several
things is usually called the head of the one a story is about, again and again: the others are said
once, in a passage the question's words hardly rank. So the person's passages are searched on their
name alone (the question's analysis says when: `Query.holdings`), and every such sentence among them is read; the
things named in the question ("besides twitter") or the conversation ("what other companies") are
left out of the answer.
"""

from __future__ import annotations

import re

from qa.question.holdings import HEAD, RUNS, Holdings
from qa.question.query import Query
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, stem_words, words


def holder(asked: Holdings, query: Query, proper: set[str] | frozenset[str]) -> set[str]:
    """Stems of the names of the one asked about: the names the corpus writes with a capital among the
    words naming them ("musk"; for "he", the names carried from the conversation), with the other
    parts of their full names ("elon"), but what the question sets aside."""
    named = [w for w in words(asked.person) if w in proper] if asked.person else []
    names = (set(stem_words(named)) if named else query.subjects) - asked.aside
    return names | {a for n in names for a in query.alternatives.get(n, []) if a.isalpha()}


# A capitalised name of one to four words ("SpaceX", "Universal Music Group"), and a list of them.
_NAME = r"[A-Z][\w&.-]*(?: (?:[A-Z][\w&.-]*|of|de|&))*"
_NAMES = rf"{_NAME}(?:(?:, | and |, and | & ){_NAME})*"
_SPLIT = re.compile(r", and |, | and | & ")


def held(asked: Holdings, person: set[str], evidence: list[Evidence], named: set[str]) -> tuple[list[str], list[Evidence]]:
    """What `person` (stems of their names) heads by the sentences of `evidence`, and the sentences
    telling it, leaving out the things `named` (stems) and those the question sets aside."""
    if not person:
        return [], []
    aside = named | asked.aside
    who = rf"(?:[A-Z][\w'’-]+ )*?(?i:{'|'.join(re.escape(p) for p in sorted(person))})\w*"
    shapes = [
        rf"\b{who},? (?:the |its |who is (?:also )?(?:the )?)?{HEAD} (?:of|at) (?P<orgs>{_NAMES})",  # Musk, CEO of Tesla
        rf"(?P<orgs>{_NAME})(?:['’]s)? {HEAD},? {who}\b",  # Twitter CEO, Elon Musk
        rf"\b{who}, (?:the )?(?P<orgs>{_NAME})(?:['’]s)? {HEAD}\b",  # Musk, Twitter's CEO
        rf"\b{who},? (?:who )?(?:also )?{RUNS} (?P<orgs>{_NAMES})",  # Musk, who also runs Tesla
    ]
    found: list[str] = []
    cited: list[Evidence] = []
    seen: set[str] = set()
    for e in evidence:
        text = e.sentence.text
        if text in seen:
            continue
        seen.add(text)
        new = []
        for shape in shapes:
            for m in re.finditer(shape, text):
                for org in _SPLIT.split(m.group("orgs")):
                    org = org.strip(" .,")
                    own = set(stem_words([w for w in words(org) if w not in STOPWORDS]))
                    if own and not own & (aside | person) and org not in found and org not in new:
                        new.append(org)
        if new:
            found += new
            cited.append(e)
    return found, cited


_OTHER = re.compile(r"\b(?:other|else|besides|apart|aside|except|beyond)\b", re.I)


def holdings(
    asked: Holdings, query: Query, evidence: list[Evidence], proper: set[str] | frozenset[str]
) -> tuple[str, list[Evidence]] | None:
    """What the one asked about heads ("Tesla and SpaceX") and up to three sentences telling it; what the
    question or the conversation names ("what other companies", "besides twitter") left out."""
    who = holder(asked, query, proper)
    others = {t for t in query.subjects if t not in who} if _OTHER.search(query.text) else set()
    found, cited = held(asked, who, evidence, others)
    return (listed(found), cited[:3]) if found else None


def listed(names: list[str]) -> str:
    """"Tesla", "Tesla and SpaceX", "Tesla, SpaceX and Neuralink"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
