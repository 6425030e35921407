"""How often English uses a word, by the dictionary symspellpy ships.

The dictionary spells the British way ("catalogue", "favourite", "analyse"), so an American spelling it
lacks is looked up by its British form: "catalog" is no name nor a slip of the keys. A function word never
follows a determiner: "the wether" is no slip for "the whether".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Uses in the dictionary's corpus at or under which a word is rare in English: a name or jargon.
RARE_IN_ENGLISH = 1_000_000


@lru_cache(maxsize=1)
def _dictionary() -> str:
    """symspellpy's English dictionary (82,765 "word count" lines), each line after a newline."""
    return "\n" + (resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")


# American endings and their British forms: "catalog", "favorite", "analyze", "theater", "offense", "canceled".
_BRITISH = (
    (re.compile(r"og(s?)$"), r"ogue\1"),
    (re.compile(r"or(s|ed|ing|ite|ites)?$"), r"our\1"),
    (re.compile(r"([iy])z(e|es|ed|ing|ation|ations)$"), r"\1s\2"),
    (re.compile(r"([bt])er(s?)$"), r"\1re\2"),
    (re.compile(r"ense(s?)$"), r"ence\1"),
    (re.compile(r"(?<=\w{3})([aeiou])l(ed|ing|er|ers)$"), r"\1ll\2"),
)


@lru_cache(maxsize=4096)
def english_frequency(word: str) -> int:
    """How often `word` (lower case) is used in English, by symspellpy's dictionary; 0 if it lacks it.

    A word is looked up in the dictionary's text rather than a table of all its words: a question
    needs a few, and building the table cost `qa ask` a fifth of a second."""
    if not word or not word.isprintable() or " " in word:
        return 0
    text = _dictionary()
    at = text.find(f"\n{word} ")
    if at < 0:  # by its British form, if it has five letters or more: "flor" is a slip for "floor", no "flour"
        forms = (b for pattern, form in _BRITISH if (b := pattern.sub(form, word)) != word) if len(word) >= 5 else ()
        british = next((b for b in forms if f"\n{b} " in text), "")
        return english_frequency(british) if british else 0
    count = text[at + len(word) + 2 : text.find("\n", at + 1)]
    return int(count) if count.strip().isdigit() else 0


def lemma_frequency(word: str) -> int:
    """How often `word` or its plain form is used: "resolves" and "compresses" are as common as "resolve" and
    "compress", which the dictionary counts apart (a third person's -s, a past's -ed, an -ing)."""
    bases = [word[: -len(end)] + add for end, add in _INFLECTIONS if word.endswith(end) and len(word) - len(end) >= 3]
    return max([english_frequency(word), *(english_frequency(b) for b in bases)])


_INFLECTIONS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=1)
def english_words() -> list[str]:
    """Every word of the dictionary, most used first."""
    return [line.split(" ", 1)[0] for line in _dictionary().split("\n") if line]


_DETERMINERS = frozenset("the a an my your his her its our their this that".split())
# Words no determiner stands before (a hedge may: "the actually ashes", as chat slips one in)
_CLAUSE_WORDS = frozenset(
    "whether which where were what when then than there they them these those while though although because unless "
    "until whom whose would could should".split()
)


def misplaced(fixed: str, before: list[str]) -> bool:
    """True when a word read as a function word follows a determiner: "the wether" is no "the whether"."""
    return fixed in _CLAUSE_WORDS and bool({w.lower() for w in before} & _DETERMINERS)
