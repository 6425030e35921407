"""Names as a writer marks them: words written with a capital inside a question, not a stressed word in capitals."""

from __future__ import annotations

import re

from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.text import STOPWORDS, normalize, words

_CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z0-9]*(?:['’][a-z]+)?\b")


def proper_names(question: str) -> list[str]:
    """Lower-cased words written with a capital inside the question (names, as a writer marks them).

    The first word is left out, and so is every word of a question typed in capitals or
    in title case, where capitals say nothing.
    """
    text = normalize(question)
    tokens = [t for t in text.split()[1:] if t[:1].isalpha()]
    small = {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "or"}
    capitals = all(t[:1].isupper() for t in tokens if t.lower() not in small)
    shouting = text.upper() == text
    titled = capitals and any(t[:1].isupper() and t.lower().strip("?!.,") in STOPWORDS for t in tokens)
    if not tokens or shouting or titled:
        return []  # capitals say nothing in a question typed in capitals or in title case
    names = []
    for m in _CAPITALISED.finditer(text):
        if m.start() == 0 or re.search(r"[.!?]\s*$", text[: m.start()]) or _emphasis(m.group()) or m.group() in _LITERALS:
            continue
        for w in words(m.group()):
            if w not in STOPWORDS and w != "i":
                names.append(w)
    return names


# A programming language's literals, capitalised as code writes them: "does it return None?" names no one
_LITERALS = frozenset({"None", "True", "False", "Null", "NaN", "Nil"})


def _emphasis(word: str) -> bool:
    """True for an everyday word typed in capitals for stress ("ORIGINALLY", "NEVER"), no name: five letters or
    more (not "RAM" or "UNIX"), common in English (not "NASA" or "JSON")."""
    return len(word) >= 5 and word.isupper() and english_frequency(word.lower()) > RARE_IN_ENGLISH
