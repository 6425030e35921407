"""What the corpus says about names, computed once when the index is built and saved with it.

Question analysis needs to know which words the corpus writes only with a capital (names),
which names are parts of the same full name ("Elon" and "Musk"), and which outlets and
authors the documents name. Deriving these means reading every sentence, so it is done at
indexing (`qa.search.index` saves them as `facts.json`), not by every worker at its first
question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, Field

from qa.models import Document
from qa.text import normalize, stem_words, words

_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_EDGES = "\"'“”‘’()[],.;:!?"


class CorpusFacts(BaseModel):
    """Names in the corpus: the facts question analysis reads instead of the whole text."""

    proper: list[str] = Field(default_factory=list, description="words written only with a capital, mid-sentence")
    aliases: dict[str, list[str]] = Field(
        default_factory=dict, description="stem of a name -> stems of the other parts of its full names"
    )
    bylines: dict[str, list[str]] = Field(
        default_factory=dict, description="an outlet or author, lower-cased -> the documents it wrote or published"
    )
    meta_words: list[str] = Field(default_factory=list, description="words of titles, outlets and authors")


def corpus_facts(documents: Iterable[Document], sentences: Iterable[str]) -> CorpusFacts:
    """Read the names off the documents' metadata and the sentences' text."""
    documents = list(documents)
    sentences = list(sentences)
    proper = _proper(sentences)
    aliases: dict[str, set[str]] = {}
    for text in sentences:
        for first, last in _FULL_NAME.findall(text):
            if first.lower() in proper and last.lower() in proper:
                a, b = stem_words([first.lower(), last.lower()])
                aliases.setdefault(a, set()).add(b)
                aliases.setdefault(b, set()).add(a)
    bylines: dict[str, set[str]] = {}
    for doc in documents:
        for name in (doc.outlet, doc.author):
            if name:
                bylines.setdefault(normalize(name).lower(), set()).add(doc.id)
    meta = [w for d in documents for f in (d.title, d.outlet, d.author) if f for w in words(f)]
    return CorpusFacts(
        proper=sorted(proper),
        aliases={k: sorted(v) for k, v in sorted(aliases.items())},
        bylines={k: sorted(v) for k, v in sorted(bylines.items())},
        meta_words=sorted(set(meta)),
    )


def _proper(sentences: list[str]) -> set[str]:
    """Words the corpus writes only with a capital, inside sentences: names."""
    capital: set[str] = set()
    lower: set[str] = set()
    for text in sentences:
        for token in text.split()[1:]:
            word = token.strip(_EDGES)
            if word[:1].isupper():
                capital.add(word.lower())
            elif word[:1].islower():
                lower.add(word)
    return capital - lower
