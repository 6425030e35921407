"""What the corpus says about names, computed once when the index is built and saved with it.

Question analysis needs to know which words the corpus writes only with a capital (names),
which names are parts of the same full name ("Elon" and "Musk"), and which outlets and
authors the documents name. Deriving these means reading every sentence, so it is done at
indexing (`qa.search.index` saves them as `facts.json`), not by every worker at its first
question. Each file's part (`FactParts`) is cached with the file, and the parts merge into the
corpus's facts, so an update reads only the sentences of the files that changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from qa.models import Document
from qa.patterns import MONTHS
from qa.question.shorthand import CHAT_SHORTHAND
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.question.synonyms import CLIPPED_WORDS
from qa.text import normalize, stem_words, words

_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
# Capitalised words in a row ("World War II", "European Union"): what an acronym may stand for.
_CAPITAL_RUN = re.compile(r"\b(?:[A-Z][a-z]+|[IVX]{1,4})(?:\s+(?:[A-Z][a-z]+|[IVX]{1,4})){1,4}\b")
_ROMAN = re.compile(r"^[IVX]+$")
# One word capitalised inside ("OpenAI", "TruthGPT"): its capitals are its initials ("oai").
_CAMEL = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")
_EDGES = "\"'“”‘’()[],.;:!?"


@dataclass
class CorpusFacts:
    """Names in the corpus: the facts question analysis reads instead of the whole text."""

    proper: list[str] = field(default_factory=list)
    """words written only with a capital, mid-sentence"""
    aliases: dict[str, list[str]] = field(default_factory=dict)
    """stem of a name -> stems of the other parts of its full names"""
    bylines: dict[str, list[str]] = field(default_factory=dict)
    """an outlet or author, lower-cased -> the documents it wrote or published"""
    meta_words: list[str] = field(default_factory=list)
    """words of titles, outlets and authors"""
    acronyms: dict[str, str] = field(default_factory=dict)
    """initials, lower-cased -> the one run of capitalised words they stand for"""
    topics: dict[str, str] = field(default_factory=dict)
    """a name only one document writes, lower-cased -> that document ("x.ai" of "the x.ai article")"""


@dataclass
class FactParts:
    """What one file adds to the corpus facts; the parts of all files merge into `CorpusFacts`.

    Kept with each file's cached unit (`qa.search.units`), so that an update reads the facts of
    the unchanged files from there instead of their sentences again. Word lists are kept as one
    string of space-separated words (no word holds a space): far quicker to read back.
    """

    capital: str = ""
    """words capitalised mid-sentence, lower-cased"""
    lower: str = ""
    """words written in lower case mid-sentence, as written"""
    names: str = ""
    """pairs of capitalised words in a row, lower-cased"""
    bylines: dict[str, list[str]] = field(default_factory=dict)
    """outlet or author -> its documents"""
    meta_words: str = ""
    """words of titles, outlets and authors"""
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    """initials -> runs of capitalised words"""
    named: str = ""
    """words of the files' names that English hardly uses: what they document ("zstd" of zstd-README.md)"""
    topics: dict[str, list[str]] = field(default_factory=dict)
    """a word capitalised mid-sentence, lower-cased -> the documents of the file (one file's names)"""


def _initials(text: str) -> list[tuple[str, str]]:
    """Every run of two to five capitalised words in `text` with its initials (a Roman numeral whole):
    "World War II" -> ("wwii", "World War II"); and every word capitalised inside: ("oai", "OpenAI")."""
    found = []
    for run in _CAPITAL_RUN.findall(text):
        tokens = run.split()
        for i in range(len(tokens)):
            for j in range(i + 2, min(len(tokens), i + 5) + 1):
                part = tokens[i:j]
                found.append(("".join(t.lower() if _ROMAN.match(t) else t[0].lower() for t in part), " ".join(part)))
    found += [(short, word) for word in _CAMEL.findall(text) if len(short := "".join(re.findall("[A-Z]", word)).lower()) >= 3]
    return found

_EVERYDAY_CLIPPED = CLIPPED_WORDS - set(MONTHS)  # "config", "repo": no names; "April" is one


def fact_parts(documents: Iterable[Document], sentences: Iterable[str]) -> FactParts:
    """Read the names off some documents' metadata and sentences' text, to be merged with the rest."""
    documents = list(documents)
    capital: set[str] = set()
    lower: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    acronyms: dict[str, set[str]] = {}
    for text in sentences:
        for short, long in _initials(text):
            acronyms.setdefault(short, set()).add(long)
        for token in text.split()[1:]:
            word = token.strip(_EDGES)
            if word[:1].isupper():  # an everyday word in capitals is no name: "PUT", "GET" (HTTP's), "NOT"; nor "Config"
                if not (word.isupper() and len(word) > 1 and english_frequency(word.lower()) > RARE_IN_ENGLISH) and word.lower() not in _EVERYDAY_CLIPPED:
                    capital.add(word.lower())
            elif word[:1].islower():
                lower.add(word)
        pairs.update((first.lower(), last.lower()) for first, last in _FULL_NAME.findall(text))
    bylines: dict[str, set[str]] = {}
    for doc in documents:
        for name in (doc.outlet, doc.author):
            if name:
                bylines.setdefault(normalize(name).lower(), set()).add(doc.id)
        if doc.outlet and len(said := words(doc.outlet)) > 1:  # "dt", "the DT piece": Digital Trends's
            bylines.setdefault("".join(w[0] for w in said), set()).add(doc.id)
    meta = {w for d in documents for f in (d.title, d.outlet, d.author, d.publisher) if f for w in words(f)}
    named = {w for d in documents for w in words(file_subject(d.file or "")) if names_a_thing(w)}
    # "nq: queue utilities", "MBLAZE(7)": the name a title opens with, if English hardly uses it
    named |= {w for d in documents if (m := _TITLE_NAME.match(d.title or "")) for w in words(m.group(1)) if w.isalpha() and english_frequency(w) <= RARE_IN_ENGLISH}
    return FactParts(
        capital=" ".join(sorted(capital)),
        lower=" ".join(sorted(lower)),
        names=" ".join(f"{a} {b}" for a, b in sorted(pairs)),
        bylines={k: sorted(v) for k, v in bylines.items()},
        meta_words=" ".join(sorted(meta)),
        acronyms={k: sorted(v) for k, v in sorted(acronyms.items())},
        named=" ".join(sorted(named)),
        topics={w: sorted(d.id for d in documents) for w in sorted(capital)} if len(documents) == 1 else {},
    )


def file_subject(file: str) -> str:
    """What a file's name says it is about: "zstd" for "zstd.md", "zstd-README.md" and "zstd/README.md"."""
    parts = re.sub(r"\.[A-Za-z0-9]+$", "", file).split("/")
    stem = re.sub(r"(?i)(?:^|[-_ .])(?:readme|index)(?=$|[-_ .])", " ", parts[-1]).strip(" -_.")
    return " ".join(normalize(re.sub(r"[-_.]+", " ", stem or (parts[-2] if len(parts) > 1 else ""))).lower().split())


# The name a title opens with, before a colon, a dash or a manual section: "nq: queue utilities", "TREE(1)".
_TITLE_NAME = re.compile(r"\s*([\w.+-]{2,30}?)\s*(?::\s|\s[-–—]\s|\(\d\w*\))")


def names_a_thing(word: str) -> bool:
    """True for a word of a file's name that names what it documents: one English hardly uses ("zstd",
    "openssh", "yq": two letters of a tool's name), not "install" of install.md."""
    return len(word) >= 2 and word.isalpha() and english_frequency(word) <= RARE_IN_ENGLISH


def merge_facts(parts: Iterable[FactParts]) -> CorpusFacts:
    """The facts of a corpus out of the parts of its files (in any order)."""
    capital: set[str] = set()
    lower: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    meta: set[str] = set()
    named: set[str] = set()
    bylines: dict[str, set[str]] = {}
    acronyms: dict[str, set[str]] = {}
    topics: dict[str, set[str]] = {}
    for part in parts:
        for word, ids in part.topics.items():
            topics.setdefault(word, set()).update(ids)
        named.update(part.named.split())
        for short, runs in part.acronyms.items():
            acronyms.setdefault(short, set()).update(runs)
        capital.update(part.capital.split())
        lower.update(part.lower.split())
        names = iter(part.names.split())
        pairs.update(zip(names, names, strict=True))
        meta.update(part.meta_words.split())
        for name, ids in part.bylines.items():
            bylines.setdefault(name, set()).update(ids)
    proper = (capital - lower) | named
    aliases: dict[str, set[str]] = {}
    for first, last in pairs:
        if first in proper and last in proper:
            a, b = stem_words([first, last])
            aliases.setdefault(a, set()).add(b)
            aliases.setdefault(b, set()).add(a)
    return CorpusFacts(
        proper=sorted(proper),
        aliases={k: sorted(v) for k, v in sorted(aliases.items())},
        bylines={k: sorted(v) for k, v in sorted(bylines.items())},
        meta_words=sorted(meta),
        acronyms={k: next(iter(v)) for k, v in sorted(acronyms.items()) if len(v) == 1},  # unambiguous only
        topics={w: next(iter(ids)) for w, ids in sorted(topics.items()) if len(ids) == 1 and w in proper and len(w) >= 3},
    )


def corpus_facts(documents: Iterable[Document], sentences: Iterable[str], of: Iterable[str] = ()) -> CorpusFacts:
    """Read the names off the documents' metadata and the sentences' text; `of`: each sentence's document,
    read then one document at a time, as the index reads each file (a name only one writes is its topic)."""
    documents, sentences, of = list(documents), list(sentences), list(of)
    if not of:
        return merge_facts([fact_parts(documents, sentences)])
    texts: dict[str, list[str]] = {}
    for doc_id, text in zip(of, sentences, strict=True):
        texts.setdefault(doc_id, []).append(text)
    return merge_facts([fact_parts([d], texts.get(d.id, [])) for d in documents])


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


# Typed in lower case, an acronym is three letters that English lacks ("umg"); chat's own such words
# are no acronyms, however a corpus's names begin.
_LOWER_ACRONYM = re.compile(r"(?<![\w'’.-])[a-z]{3}(?![\w.-]|['’](?!s\b))")


def expand_acronyms(text: str, acronyms: dict[str, str], known: set[str] | frozenset[str]) -> str:
    """`text` with each acronym the corpus never writes replaced by the one run of capitalised words its
    initials spell there: "investors prior to WWI" -> "investors prior to World War I", "what did umg
    say" -> "what did Universal Music Group say"."""
    if not acronyms:
        return text

    def expand(m: re.Match[str]) -> str:
        short = m.group().lower()
        return m.group() if short in known else acronyms.get(short, m.group())

    def expand_lower(m: re.Match[str]) -> str:
        short = m.group()
        if short in known or short in CHAT_SHORTHAND or short not in acronyms:
            return short
        return short if english_frequency(short) else acronyms[short]

    return _LOWER_ACRONYM.sub(expand_lower, _ACRONYM.sub(expand, text))

