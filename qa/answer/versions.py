"""Versions asked for: "what python version is required?", "which ninja version added -t browse": a sentence
names the version with figures ("Python 3.11 or newer"), of the thing asked, or does not answer."""

from __future__ import annotations

import re

from qa.question.kinds import Question
from qa.search.retrieve import Evidence, near_top
from qa.text import stem_words

# "what python version is required?", "which version of go do i need": a version to run it with, which
# a sentence gives with figures ("Python 3.11 or newer"). SQuAD's "what version of the Bible" asks none.
_ASKS_VERSION = re.compile(
    r"\b(?:what|which|minimum|oldest|lowest)\s+(?:\w+\s+)?versions?\b"
    r"(?=.*\b(?:need|needs|needed|require|requires|required|support|supports|supported|compatible|work|works|run|runs)\b)", re.I
)
# "which ninja version added ...", "min python version for ...": a release of a named thing, by its number.
_ASKS_RELEASE = re.compile(
    r"\b(?:what|which|minimum|min|oldest|lowest|latest|newest)\s+[\w.-]+\s+(?:versions?|releases?)\b"
    # "which version of nq added the nqterm helper": the release that brought a change
    r"|\b(?:what|which)\s+(?:versions?|releases?)\b.*\b(?:add(?:ed|s)?|introduc\w*|releas\w*|remov\w*|fix(?:ed|es)?|deprecat\w*|dropp?(?:ed|s)?)\b", re.I
)
_RELEASE = re.compile(r"\b\d+\.\d+|\bv\d+\b", re.I)
_VERSION_OF = re.compile(r"\bversions?\s+of\s+([\w.+#-]+)|\b(?!what\b|which\b|minimum\b|oldest\b|lowest\b)([\w.+#-]+)\s+versions?\b", re.I)


def unversioned(question: Question, best: Evidence) -> bool:
    """True for a question asking a version ("which ninja version added -t browse") when the sentence and the
    one before it name none ("... added in kernel v5.9. With older kernels the command will fail."), or asking
    which version something needs when it names one not of the thing asked ("what version of python": "New in
    version 0.2.0" is the library's own)."""
    told = " ".join([*best.context, best.sentence.text])
    if _ASKS_RELEASE.search(question.text) and not _RELEASE.search(told):
        return True
    if not _ASKS_VERSION.search(question.text):
        return False
    if not any(c.isdigit() for c in told):
        return True
    of = _VERSION_OF.search(question.text)
    thing = (of.group(1) or of.group(2)).lower() if of else ""
    return bool(thing) and stem_words([thing])[0] not in best.stems and thing not in best.sentence.text.lower()


_VERSION_WINDOW = 0.8  # how close to the best a sentence giving the version may be


def versioned(question: Question, evidence: list[Evidence]) -> tuple[Evidence, None] | None:
    """For "which python version do i need at minimum for natsort?" whose best sentence names no version of it
    ("You can specify a particular python version with the -e flag"): a near one that does ("natsort requires
    Python 3.7 or greater."), else None."""
    if not evidence or not unversioned(question, evidence[0]):  # none asked, or the best one names it
        return None
    if near := next(((e, None) for e in near_top(evidence, _VERSION_WINDOW) if not unversioned(question, e)), None):
        return near
    # further down, one giving the thing asked its number outright: "... library for Python 3.10+"
    of = _VERSION_OF.search(question.text) if _ASKS_VERSION.search(question.text) else None
    thing = (of.group(1) or of.group(2)) if of else ""
    numbered = re.compile(rf"\b{re.escape(thing)}\s+(?:>=?\s*|v)?\d+\.\d+", re.I) if thing else None
    return next(((e, None) for e in evidence if numbered and numbered.search(e.sentence.text)), None)
