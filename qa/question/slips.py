"""Words one slip of the keys from a corpus word, and longer or shorter forms of its names: a word the corpus
does not write may still be one it does, mistyped ("leder") or inflected ("Saharan")."""

from __future__ import annotations

import re

from qa.question.english import english_frequency


def slip_of_known(stem: str, known_stems: set[str] | dict[str, int]) -> bool:
    """True when the corpus writes a longer or shorter form of the word (`kin_known`) or, four letters or
    more, a word one slip of the keys from it: "leder" and "sore" may be "leader" and "score" mistyped.
    A figure is no slip of another: 2019 is not 2018."""
    if any(c.isdigit() for c in stem):
        return False
    return (len(stem) >= 4 and any(v in known_stems for v in _slips(stem))) or kin_known(stem, known_stems)


_KEYS = "abcdefghijklmnopqrstuvwxyz0123456789"


def letter_before(word: str, other: str) -> bool:
    """True when `word` is `other` with another letter before it, which makes another name ("zmodem", "apng"),
    not a slip of the keys; its first letter typed twice is one ("mmodem")."""
    return len(word) > 1 and other == word[1:] and word[0] != word[1]


def _slips(word: str) -> set[str]:
    """Every word one slip of the keys from `word`: a letter dropped, added, changed, or two swapped
    (looked up, not scanned for: a corpus may know a hundred thousand stems); not the word without a letter
    before it (`letter_before`)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in cuts if b and not letter_before(word, a + b[1:])}
        | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
        | {a + c + b[1:] for a, b in cuts if b for c in _KEYS}
        | {a + c + b for a, b in cuts for c in _KEYS}
    ) - {word}


def kin_known(stem: str, known_stems: set[str] | dict[str, int]) -> bool:
    """True when the corpus writes a longer or shorter form of a name of five letters or more ("Saharan"
    where it says "Sahara", "Mullet" where it says "Mullett", "superbowl" where it says "Super Bowl"; an identifier English does not know
    is no form of a shorter one: "foldlevelstart" for "foldlevel"), or writes it as a part of an identifier
    ("dualstack" in "use_dualstack_endpoint")."""
    return len(stem) >= 5 and any(
        (len(k) >= 5 and k[:5] == stem[:5] and (k.startswith(stem) or stem.startswith(k)) and (abs(len(k) - len(stem)) <= 3 or english_frequency(stem) > 0))
        or (len(k) > len(stem) and stem in k and stem in re.split(r"[_.-]", k))
        for k in known_stems
    )
