"""Which articles say something: "which article mentions truthgpt?" is answered by naming the one its
answer comes from; "which articles mention getty images?" and "how many articles mention openai?" by
every article with a sentence that holds the question's words as fully as the best one does."""

from __future__ import annotations

import re

from qa.answer.metadata import source_name
from qa.answer.quoting import cite
from qa.models import Citation, Document
from qa.patterns import CREDITS, MENTIONING
from qa.search.retrieve import Evidence
from qa.text import joined

_SEVERAL = re.compile(
    r"^(?:(?:which|what) (?:articles|stories|pieces|ones|documents|docs|pages|files)|how many|(?:do|does|did) (?:all|every|each|both))\b",
    re.I,
)
_EVERY = re.compile(r"^(?:do|does|did) (?:all|every|each|both)\b", re.I)  # "do all the articles say X?"
_AS_FULLY = 0.9  # of the best sentence's share of the question's words
# "which outlet pointed out / reported / cited ...": a name the text credits with the deed asked
# ... or where it "got that from": the one it cites
CREDIT_ASKED = re.compile(r"\b(point(?:s|ed)? out|report(?:s|ed|ing)?|not(?:e|es|ed)|cit(?:e|es|ed|ing)|broke|(?:get|got)(?=\s.{1,40}?\bfrom\b))\b", re.I)
_DEED = {"poin": "point", "repo": "report", "cite": "report", "citi": "report", "brok": "report", "note": "note", "get": "report", "got": "report"}
_NEAR = 10  # sentences from the top


def _credited(deed: str, evidence: list[Evidence]) -> tuple[Evidence, str] | None:
    """The first sentence near the top crediting a name with `deed`, and the name."""
    for e in evidence[:_NEAR]:
        if m := CREDITS[deed].search(e.sentence.text):
            return e, next(g for g in m.groups() if g)
    return None


def sources(
    question: str, answer: str, citations: list[Citation], evidence: list[Evidence], documents: dict[str, Document]
) -> tuple[str, str, list[Citation]]:
    """The answer with the articles named first: (text, the names, citations); or, for "which outlet pointed out /
    reported X", the outlet a sentence near the top credits with it ("..., as Mashable points out, ...")."""
    if (verb := CREDIT_ASKED.search(question)) and (credited := _credited(_DEED[verb.group(1)[:4].lower()], evidence)):
        e, name = credited
        return f"{name}. {e.sentence.text} [1]", name, [cite(1, e)]
    if not _SEVERAL.search(question) or not evidence:
        name = source_name(documents[citations[0].doc_id])
        return f"{name}. {answer}", name, citations
    floor = max(e.matched for e in evidence) * _AS_FULLY
    first: dict[str, Evidence] = {}
    for e in evidence:
        if e.matched >= floor:
            first.setdefault(e.sentence.doc_id, e)
    cited = [cite(n, e) for n, e in enumerate(first.values(), 1)]
    names = [source_name(documents[c.doc_id]) for c in cited]
    said = joined([f"{name} [{c.n}]" for name, c in zip(names, cited, strict=True)])
    some = "The one" if len(documents) == 1 else f"{len(cited)} of the {len(documents)} documents"
    if _EVERY.match(question) and len(cited) == len(documents):
        some = f"Yes, all {len(documents)} documents"  # fewer is no "no": another may say it in other words
    return f"{some}: {said}.", ", ".join(names), cited


# "does the verdict article mention / say / talk about X?"
MENTIONS = re.compile(r"\b(?:" + MENTIONING + r"|say|report)\b", re.I)


def not_there(named: frozenset[str], answer: str, cited: str, documents: dict[str, Document]) -> str:
    """The answer to "does <article> mention X?" when no sentence of it does and another article's does."""
    names = joined([source_name(documents[d]) for d in sorted(named)])
    verb = "does" if len(named) == 1 else "do"
    return f"No: {names} {verb} not mention it; {source_name(documents[cited])} does: {answer}"
