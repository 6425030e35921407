"""Ask a question the way people type in chat: seeded, so the same run gives the same questions.

Lower-cased, punctuation dropped, a filler or hedge added ("exactly", "actually", "according to
the article", "lol"), and one or two typos (a letter dropped, doubled or swapped with the next)
in longer words. The seed is the question's id, so every run asks the same noisy questions.
"""

from __future__ import annotations

import random
import re
import zlib

OPENERS = ("", "", "so ", "hey ", "quick question ", "ok so ", "um ", "do you know ", "can you tell me ")
HEDGES = ("exactly", "actually", "again", "even", "really", "roughly")
CLOSERS = ("", "", " lol", " according to the article", " in the text", " pls", " tho", " again?", " i think")


def chatty(question: str, seed: str) -> str:
    """Return `question` as typed in a chat channel, the same for the same seed."""
    rng = random.Random(zlib.crc32(seed.encode()))
    words = re.sub(r"[^\w\s'$%-]", " ", question.lower()).split()
    if len(words) > 2 and rng.random() < 0.5:
        words.insert(rng.randrange(1, len(words)), rng.choice(HEDGES))
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(long, min(len(long), rng.choice((1, 1, 2)))):
        words[i] = _typo(words[i], rng)
    return f"{rng.choice(OPENERS)}{' '.join(words)}{rng.choice(CLOSERS)}"


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)  # the first and last letters are rarely mistyped
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
