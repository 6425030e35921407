"""'Where did microsoft announce it?': where something was said is a medium ("on its website", "in a
support article"), which a sentence telling it names."""

from __future__ import annotations

import re

from qa.answer.spans import Span
from qa.question.kinds import Question
from qa.search.retrieve import Evidence, near_top

# "where did microsoft announce / confirm / post it": a telling, whose place is its medium.
_TOLD_WHERE = re.compile(
    r"\bwhere(?:'d|’d)?\b(?:\s+\w+){0,3}?\s+(?:announc|confirm|publish|post|report|reveal|state|shar|declar|tell|told|say|said)\w*\b", re.I
)
_MEDIUM = re.compile(
    r"\b(?:on|in|via|through) (?:its|their|his|her|the|an?)(?: company's| company’s| official| own)?"
    r" (?:support )?(?:website|web site|site|blog(?: post)?|page|article|press release|statement|post|forum|newsletter|email|filing)s?\b",
    re.I,
)
_WINDOW = 0.75  # how close to the best a sentence naming the medium may be


def told_where(question: Question, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For "where did microsoft announce it": a near-best sentence naming where it was said ("confirmed on its
    website")."""
    if question.kind != "where" or not _TOLD_WHERE.search(question.text):
        return None
    for e in near_top(evidence, _WINDOW):
        if m := _MEDIUM.search(e.sentence.text):
            return e, Span(m.group(), m.start(), m.end())
    return None
