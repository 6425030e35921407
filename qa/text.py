"""Words and stems: the one tokenizer shared by indexing, querying and answer matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Function words that carry no topic. Question words are here too: "who" or "when" tell the
# composer what kind of answer to give, but they would only add noise to BM25.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can could did didn't do does doesn't doing don't down
    during each few for from further had has hasn't have haven't having he he'd he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's
    its itself let's me more most my myself no nor not of off on once only or other ought our ours
    ourselves out over own same she she's should so some such than that that's the
    their theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'll we're we've were weren't what
    what's when when's where where's which while who who's whom whose why why's will with won't would
    you you'd you'll you're you've your yours yourself yourselves s t just tell know much many
    can't cannot couldn't shouldn't wouldn't
    besides beside except per via among amongst within upon onto across along toward towards despite versus vs
    else since till though although whether unless
    does did yet still already ever actually really currently exactly even now ago please
    anything something everything anyone someone thing things stuff way get gets getting got happen happened happens happening
    according article articles story stories piece corpus mention mentioned mentions
    relationship relationships relation relations connection role involvement stance name""".replace(
        "'", ""
    ).split()  # spelled as `words` spells them: "don't" -> "dont" (not "she'll", "she'd", "he'll", "we'd": shell, shed, hell, wed)
)

# no_run, should_panic: one word; "-t", a program's one-letter option, a word of its own ("t" alone is none)
_WORD = re.compile(r"(?<![\w-])-[a-z](?![\w-])|[a-z0-9]+(?:_[a-z0-9]+)*(?:['’][a-z]+)*")
_QUOTE_MARKS = {"’": "'", "‘": "'", "“": '"', "”": '"'}
_QUOTES = str.maketrans(_QUOTE_MARKS)
_PLAIN = str.maketrans({**_QUOTE_MARKS, "–": "-", "—": "-"})
# Letters no accent stripping reaches, as people type them without the key ("Bolesław" -> Boleslaw).
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"}
)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def straighten(text: str) -> str:
    """Return `text` with typographic quotes made plain (dashes and accents kept, as the source has them)."""
    return text.translate(_QUOTES)


def normalize(text: str) -> str:
    """Return `text` with typographic quotes and dashes made plain and accents removed."""
    text = text.translate(_PLAIN)
    if text.isascii():  # nothing to strip: most text, and the hot path of every question
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Return the lower-case words of `text`, possessive 's dropped, 42,000 kept as 42000."""
    return list(_words(text))


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[str, ...]:
    """`words`, remembered: the corpus's sentences are read again for every question."""
    text = _THOUSANDS.sub("", normalize(text).lower())
    out = []
    for word in _WORD.findall(text):
        if word.endswith("'s"):
            word = word[:-2]
        out.append(word.replace("'", ""))
    return tuple(out)


def capitalised(text: str) -> list[bool]:
    """For each of `words(text)`, whether `text` writes it with a capital."""
    plain = _THOUSANDS.sub("", normalize(text))
    lower = plain.lower()
    if len(lower) != len(plain):  # a letter whose lower case is longer: no capitals told
        return [False] * len(words(text))
    return [plain[m.start()].isupper() for m in _WORD.finditer(lower)]


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stems(text: str) -> list[str]:
    """Return the stems of the content words of `text`, in order (stopwords dropped)."""
    return stem_words([w for w in words(text) if w not in STOPWORDS])


# What a word's shape says it is, as people ask for it: "--nonet" is a flag ("what flag stops that"),
# "$SYSTEMD_OFFLINE" an environment variable.
ENV_NAME = r"[A-Z][A-Z0-9]*_[A-Z0-9_]+"  # an environment variable's name: "PYTHON_DOTENV_DISABLED"
_SHAPES = (
    (re.compile(r"(?<![\w-])--[a-z][\w-]+"), ("flag", "option")),
    (re.compile(rf"\${ENV_NAME}\b(?!/)"), ("environ", "variabl")),  # not in a path: "$XDG_HOME/x"
    (re.compile(rf"(?<![\w$]){ENV_NAME}=(?!=)"), ("environ", "variabl")),  # set: "PYTHON_DOTENV_DISABLED=1"
)


def indexed_stems(text: str) -> list[str]:
    """The stems of a sentence, then those of the words its identifiers join ("$KERNEL_INSTALL_BYPASS":
    "kernel", "instal", "bypass"), which people type apart ("how do i bypass kernel-install?"), then the
    kinds of thing its words' shapes name (`_SHAPES`)."""
    parts = [p for w in words(text) if "_" in w for p in w.split("_") if p not in STOPWORDS and not p.isdigit()]
    shaped = [k for shape, kinds in _SHAPES for k in kinds if shape.search(text)]
    return stems(text) + stem_words(parts) + shaped


def stem_words(ws: list[str]) -> list[str]:
    """Return the stems of the given words; a short word in "ue" loses its "e" as its forms do ("sue",
    "sued", "suing": "su"; the stemmer keeps "sue" whole); an ordinal is its number ("25th": "25")."""
    return [
        s[:-1] if len(s) <= 4 and s.endswith("ue") else _ORDINAL.sub(r"\1", s) for s in _stemmer().stemWords(ws)
    ]


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")  # "25th April" is April 25


def joined(parts: list[str]) -> str:
    """"a", "a and b", "a, b and c": parts as a sentence lists them."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 document", "2 documents", "0 queries": `n` and the noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def one_slip(a: str, b: str) -> bool:
    """True when `b` is `a` with one letter changed, added or dropped, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        return short[i:] == long[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
