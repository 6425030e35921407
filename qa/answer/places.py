"""'Where' asked of a seat or a file: the answer must name a place ("in Nevada") or write a path ("~/.w3m/config")."""

from __future__ import annotations

import re

from qa.question.kinds import FRAGMENT, Question
from qa.question.query import Query
from qa.search.retrieve import Evidence
from qa.text import stems

# "where does fdupes keep its cache database", "where is w3m's config file located": a path asked, which a sentence
# must write ("~/.w3m/config", "$XDG_CACHE_HOME/sxiv", "setup.cfg").
_ASKS_PATH = re.compile(
    r"\bwhere(?:'s|’s|s)?\b[^?]*?\b(?:config|configuration|conf|cache|log|logs|database|file|files|binary|binaries|executable|socket)\b", re.I
)
_PATH = re.compile(r"[~/$][\w.]|\b[A-Za-z]:\\|\b\w+\.[a-z]{2,5}\b")  # not an escape: "(\0)"
# "where is x.ai based / headquartered?": a seat, which a sentence gives as "in Austin", "at the Presidio".
_ASKS_SEAT = re.compile(
    r"^\W*(?:so |and )?where(?:'s|’s|s| is| are| was| were)? [^?]{1,40}\b(?:based|headquartered|hq)\b"
    rf"|{FRAGMENT}\b(?:hq|headquarters)(?: city| location)?\W*$",  # "x.ai hq city"
    re.I,
)
_PLACED = re.compile(r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?[A-Z]")


def unplaced(question: Question, cited: list[Evidence]) -> bool:
    """True for "where's x.ai based?" answered by a sentence naming no place, or "where is w3m's config file?" by
    sentences (`cited`, the best first) writing no path nor file name."""
    if _ASKS_SEAT.search(question.text) and not _PLACED.search(cited[0].sentence.text):
        return True
    return bool(_ASKS_PATH.search(question.text)) and not any(_PATH.search(e.sentence.text) for e in cited)


# A manual's section listing the files a program reads ("FILES": "/etc/bmon.conf", "~/.iftoprc  Configuration file")
_FILES_HEADING = re.compile(r"^(?:(?:configuration|config) )?files?$", re.I)
_ASKS_CONFIG = re.compile(r"\b(?:config\w*|conf|settings?|preferences|rc)\b", re.I)
_CONFIG_FILE = re.compile(r"conf|rc\b|settings|preferences", re.I)  # "/etc/axelrc", "bmon.conf", "Configuration file"
_ANY_FILE = frozenset(stems("file files default path paths where located location directory dir"))


def files_words(query: Query) -> set[str]:
    """The words searched besides a question's own when it asks where a file is: its FILES section's, of the tool named."""
    return {"files", *(query.surface.get(t, t) for t in query.subjects)}


def asks_path(question: Question) -> bool:
    """True for "where does fdupes keep its cache database", "where is w3m's config file": a path asked."""
    return bool(_ASKS_PATH.search(question.text))


def files_listed(question: Question, query: Query, evidence: list[Evidence]) -> tuple[Evidence, None] | None:
    """For "where does bmon read its config from": a line of its manual's FILES section writing the path of a file
    of the kind asked (a configuration file; "the default state file"), in the best sentence's document."""
    if not evidence or not asks_path(question):
        return None
    config, asked = bool(_ASKS_CONFIG.search(question.text)), set(query.terms) - query.subjects - _ANY_FILE
    for e in evidence:
        if e.sentence.doc_id != evidence[0].sentence.doc_id or not e.heading or not _FILES_HEADING.match(e.heading[-1].strip()):
            continue
        told = e.sentence.text
        if _PATH.search(told) and ((config and _CONFIG_FILE.search(told)) or asked & set(stems(re.sub(r"[/._~$-]", " ", told)))):
            return e, None
    return None
