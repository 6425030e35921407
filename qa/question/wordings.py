"""How a question's words are cut before they are searched: two words typed apart that the corpus
writes as one name, a prefix typed with or without its hyphen, a closed compound, an identifier
spelled as words, and what the asker calls theirs."""

from __future__ import annotations

import re

from qa.patterns import lazy_pattern
from qa.question.slips import slip_of_known
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.question.synonyms import alternatives
from qa.text import STOPWORDS, one_slip, stem_words, words


def joined(raw: list[str], proper: set[str] | frozenset[str]) -> list[str]:
    """Two words typed apart that the corpus writes as one name ("open ai" -> openai, "linked in"), or as heard
    ("read it", "red it": Reddit), a short word and "it", where no one reads: not after a doer or an auxiliary ("i didnt read it")."""
    out: list[str] = []
    for w in raw:
        if out and out[-1] + w in proper:
            out[-1] += w
        elif out and w == "it" and len(out[-1]) <= 5 and (len(out) < 2 or out[-2] not in _DOERS) and (name := _heard(out[-1] + w, proper)):
            out[-1] = name
        else:
            out.append(w)
    return out


_DOERS = frozenset(
    "i you u we they he she it who to can could will would should must might may do does did dont doesnt didnt not never "
    "cant wont just also already".split()
)


def _heard(word: str, proper: set[str] | frozenset[str]) -> str | None:
    """The name of six letters or more that English lacks one letter from two words run together, if any."""
    if len(word) < 5 or english_frequency(word):
        return None
    return min((p for p in proper if len(p) >= 6 and p[0] == word[0] and p.isalpha() and one_slip(word, p) and not english_frequency(p)), default=None)


_COMMON = 10_000_000  # uses in symspellpy's English dictionary of a word too common to be read as two
_PREFIX = lazy_pattern(r"^(co|non|pre|re|multi|anti|self|ex|sub|inter|semi|cross|counter|mid|e)(\w{3,})$")


def compounds(raw: list[str], known_stems: set[str] | dict[str, int], owned: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A prefixed word typed without the hyphen the corpus writes ("cofounder": "co-founder", read as
    two words; "cofounding" too, where the corpus says founding otherwise) or with one it does not ("non-profit" when the corpus writes "nonprofit"); a closed
    compound as its words, unless the asker calls it theirs ("my makefile" is a file of theirs)."""
    out: list[str] = []
    for w in raw:
        if out and _PREFIX.match(out[-1] + w) and not known(w, known_stems) and known(out[-1] + w, known_stems):
            out[-1] += w
        elif (m := _PREFIX.match(w)) and not known(w, known_stems) and all(known(p, known_stems) or alternatives(stem(p), known_stems) for p in m.groups()) and (
            english_frequency(w) < _COMMON  # "pretty" is no "pre" + "tty"; "subtitle" is "sub" + "title"
        ):
            out += [m[1], m[2]]
        else:
            out += [w] if w in owned else _closed(w, known_stems)
    return out


def _closed(w: str, known_stems: set[str] | dict[str, int]) -> list[str]:
    """A closed compound neither the corpus nor English knows (nor a slip of the keys explains), as its two
    words when the corpus knows the first (and English does, or it is as short as "api") and English the second
    ("chipmaker": "chip maker"), else the word: "foldlevelstart" is no "foldlevel start"."""
    if len(w) < 7 or not w.isalpha() or known(w, known_stems) or english_frequency(w) or slip_of_known(stem(w), known_stems):
        return [w]
    for i in range(len(w) - 3, 2, -1):  # "dataset": "data set"; "apiprice": "api price" (a short name English lacks)
        if known(w[:i], known_stems) and (english_frequency(w[:i]) or i <= 4) and english_frequency(w[i:]) > RARE_IN_ENGLISH:
            return [w[:i], w[i:]]
    return [w]


def identifiers(raw: list[str], known_stems: set[str] | dict[str, int]) -> list[str]:
    """`raw` and, after them, the corpus's identifiers its words spell apart ("max queue size":
    max_queue_size, a setting a heading or a table names): the words stay, for the prose around it."""
    found = []
    for i in range(len(raw) - 1):
        for n in (4, 3, 2):
            joined = "_".join(raw[i : i + n])
            if i + n <= len(raw) and known(joined, known_stems) and joined not in found:
                found.append(joined)
                break
    return raw + found


def closed_up(question: str, known_stems: set[str] | dict[str, int]) -> dict[str, list[str]]:
    """Words typed with a hyphen that the corpus writes closed up ("pyrate-limiter": PyrateLimiter), as
    the closed word's stem -> the parts it holds."""
    found = {"".join(m.groups()).lower(): [p.lower() for p in m.groups()] for m in _HYPHENED.finditer(question)}
    return {stem(w): parts for w, parts in found.items() if known(w, known_stems)}


_HYPHENED = re.compile(r"\b([A-Za-z]{2,})-([A-Za-z]{2,})\b")


def known(word: str, known_stems: set[str] | dict[str, int]) -> bool:
    return word in STOPWORDS or stem(word) in known_stems


def stem(word: str) -> str:
    return stem_words([word])[0]


def owned(question: str) -> set[str]:
    """The words of what the asker calls theirs ("in my makefile", "on our build box")."""
    return {w for m in _OWNED.finditer(question) for w in words(m.group(1))}


_OWNED = re.compile(r"\b(?:my|our)\s+((?:[\w.-]+\s*){1,3})", re.I)


# "$42k", "10bn": an amount in chat's short form, which a text writes out ("$42,000", "$10 billion").
_SHORT_AMOUNT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(k|m|mn|b|bn)\b", re.I)
_RANGE = re.compile(r"(?<![\w.$])(\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)(k|m|mn|b|bn)\b", re.I)
_SCALES = {"k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion"}


def spelt_amounts(text: str, known_stems: set[str] | dict[str, int] | None = None) -> str:
    """`text` with each short amount written out: "42k" as 42000, "10bn" as "10 billion"; not one the corpus
    writes so (`known_stems`): "10M" in a tool's docs is a size, "dust -z 10M"."""

    def written(m: re.Match[str]) -> str:
        if known_stems is not None and m.group().lower() in known_stems:
            return m.group()
        scale = _SCALES[m.group(2).lower()]
        whole = scale == "thousand" and m.group(1).isdigit()
        return str(int(m.group(1)) * 1000) if whole else f"{m.group(1)} {scale}"

    def ranged(m: re.Match[str]) -> str:  # "42-210k": 42k to 210k, the scale said once for both
        low, high, scale = m.groups()
        return f"{low}{scale}{m.group()[len(low) : m.start(2) - m.start()]}{high}{scale}" if float(low) < float(high) else m.group()

    return _SHORT_AMOUNT.sub(written, _RANGE.sub(ranged, text))
