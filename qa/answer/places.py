"""'Where' asked of a seat or a file: the answer must name a place ("in Nevada") or write a path ("~/.w3m/config")."""

from __future__ import annotations

import re

from qa.question.kinds import FRAGMENT, Question
from qa.search.retrieve import Evidence

# "where does fdupes keep its cache database", "where is w3m's config file located": a path asked, which a sentence
# must write ("~/.w3m/config", "$XDG_CACHE_HOME/sxiv", "setup.cfg").
_ASKS_PATH = re.compile(
    r"\bwhere(?:'s|’s|s)?\b[^?]*?\b(?:config|configuration|conf|cache|log|logs|database|file|files|binary|binaries|executable|socket)\b", re.I
)
_PATH = re.compile(r"[~/\\$][\w.]|\b\w+\.[a-z]{2,5}\b")
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
