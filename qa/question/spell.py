"""Correct typos in query words against the corpus vocabulary.

BM25 needs exact terms, so "univrsal musik" finds nothing. A query word the corpus does not
hold is replaced by the nearest corpus word (or function word) within a small edit distance.
A real English word is left alone unless the candidate is far more common in English ("abut"
is a word, but "about" is 10,000 times as frequent): English frequencies come from the
dictionary that symspellpy ships.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.question.english import RARE_IN_ENGLISH, english_frequency, english_words, misplaced
from qa.question.homophones import homophone
from qa.question.shorthand import unshortened
from qa.question.slips import letter_before
from qa.question.synonyms import CLIPPED_WORDS, alternatives, forms
from qa.text import STOPWORDS, stem_words

# How much more common in English a correction must be than a real word it replaces.
_REAL_WORD_RATIO = 100
# Chat words of four letters or more that no dictionary holds and that say nothing of the question.
CHAT_FILLER = frozenset("afaik iirc imho fwiw tldr icymi lowkey highkey srsly lmao lmfao rofl idek istg bruh deadass hey heya hiya yo".split())


def _english_near(word: str, edits: int, most: int = 1) -> list[str]:
    """Up to `most` words of the English dictionary at most `edits` edits from `word` (5 ms to look up)."""
    from rapidfuzz import distance, process

    found = process.extract(word, english_words(), scorer=distance.OSA.distance, score_cutoff=edits, limit=most)
    return [w for w, _, _ in found]


def _nearest_english(word: str) -> str | None:
    """The commonest English word one edit from `word`, keeping its first letter if any does ("pinterest": no "interest")."""
    found = _english_near(word, 1, most=20)
    return max([w for w in found if w[0] == word[0]] or [w for w in found if w != word[1:]], key=english_frequency, default=None)


def unheard_of(word: str) -> bool:
    """True for a word of four letters or more that English does not use and that is no slip of the keys
    for a word it does ("nadella", "nvidia"; not "threten"), nor a prefix before one ("autodiscover"): a name,
    when the corpus lacks it too.
    Looked up only for such a word: comparing it with the dictionary's words takes 5 ms."""
    if len(word) < 4 or not word.isalpha() or word in CHAT_FILLER or english_frequency(word) or _unprefixed(word):
        return False
    # A long word may hold two slips, or one on a word misspelt already ("accidetly").
    return not _english_near(word, 1 if len(word) < 8 else 2)


def max_distance(word: str) -> int:
    """How many edits a word of this length may be corrected by."""
    return 1 if len(word) <= 4 else 2


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
_SOUND_ALIKE = [set(p) for p in ("ck", "cs", "sz", "kq", "gj")]  # "musc" for "musk"


def _near_keys(a: str, b: str) -> bool:
    """True for two keys side by side or above one another on a QWERTY keyboard, or two letters typed by
    ear: two vowels ("seperate"), "c" for "k" ("musc")."""
    if (a in _VOWELS and b in _VOWELS) or {a, b} in _SOUND_ALIKE:
        return True
    at = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    if a not in at or b not in at:
        return False
    (ra, ia), (rb, ib) = at[a], at[b]
    return abs(ra - rb) <= 1 and abs(ia - ib) <= 1


def plausible_slip(word: str, meant: str) -> bool:
    """True unless `word` differs from `meant` by a letter changed for one far from it on the keyboard:
    "toml" is no slip for "tool", "acess" is one for "access" and "recieve" for "receive"."""
    if len(word) != len(meant):
        return True
    diff = [i for i, (x, y) in enumerate(zip(word, meant, strict=True)) if x != y]
    return _swapped(word, meant, diff) or all(_near_keys(word[i], meant[i]) for i in diff)


def _swapped(word: str, meant: str, diff: list[int]) -> bool:
    """True when the letters at which two words of one length differ (`diff`) are two side by side, swapped."""
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == meant[diff[1]] and word[diff[1]] == meant[diff[0]]


class Speller:
    """Corrects words against one corpus vocabulary (word -> count)."""

    def __init__(
        self, vocabulary: dict[str, int], names: frozenset[str] = frozenset(), people: Iterable[str] = (), titled: frozenset[str] = frozenset()
    ) -> None:
        # the words an identifier joins are words of the corpus: "wakeup" of write_wakeup_threshold is no slip for "makeup"
        parts = {p: 1 for w in vocabulary if "_" in w for p in w.split("_") if len(p) > 2 and p.isalpha()}
        self.vocabulary = vocabulary = parts | vocabulary
        # A document's title word English lacks ("pigz", "dnsmasq"): a tool or project name, which an
        # English word one slip from it that no text uses is typed for ("what does -R do in pigs").
        self._titled = frozenset(w for w in titled if w in vocabulary and w.isalpha())  # English asked of only on a slip
        self._names = sorted(n for n in names if n.isalpha())
        # Full names ("trevor mogg"): a slip in the last part after the first is read as it ("trevor mog").
        self._people = [(re.compile(rf"\b({re.escape(p.split()[0])}\s+)([a-z]{{3,}})\b", re.I), p.split()[-1]) for p in sorted(people) if " " in p]
        self._function_words = sorted(STOPWORDS)
        # A word's stem is a word too, often one the corpus only inflects: "ivest" is "invest" ("invested").
        # Each stem stands for the corpus's commonest word of it, which a slip of a stem is read as.
        self._stems: dict[str, str] = {}
        for word, stem in sorted(zip(vocabulary, stem_words(list(vocabulary)), strict=True), key=lambda p: vocabulary[p[0]]):
            self._stems[stem] = word
        self._choices = list(dict.fromkeys([*vocabulary, *self._stems, *self._function_words]))
        self._corrected: dict[str, str] = {}

    def known(self, word: str) -> bool:
        """True for a word of the corpus, a short form of one ("param" of "parameters") or a function word."""
        return word in self.vocabulary or word in STOPWORDS or (word in CLIPPED_WORDS and bool(forms(word, stem_words([word])[0], self._stems)))

    def correct(self, word: str) -> str:
        """Return the corpus word `word` was most likely meant to be, or `word` itself (remembered per word; a
        clipped word such as "param" is how people type one, no slip)."""
        identifier = "_" in word.strip("_")  # "hist_lenght": "hist_length"
        if self.known(word) or word in CLIPPED_WORDS or (not identifier and (len(word) < 3 or word.isdigit() or not word.isalpha() or self._compared(word))):
            return word
        found = self._corrected.get(word)
        if found is None:
            found = self._corrected[word] = self._identifier(word) if identifier else self._correct(word)
            if len(self._corrected) > 65_536:  # bounded: a long-running service sees every typo once
                self._corrected.clear()
        return found

    def _identifier(self, word: str) -> str:
        """The one identifier of the corpus (a setting's or variable's name with "_") a slip or two from `word`,
        with as many parts and the same first letter; else `word`."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        names = [w for w in self.vocabulary if "_" in w and w.count("_") == word.count("_") and w[0] == word[0]]
        found = process.extract(word, names, scorer=OSA.distance, score_cutoff=2 if len(word) >= 8 else 1, limit=5)
        best = [m for m, d, _ in found if d == min(f[1] for f in found)]
        return best[0] if len(best) == 1 else word

    def people(self, text: str) -> str:
        """`text` with the last part of a full name typed with one slip after its first part written right."""
        for pattern, last in self._people:
            text = pattern.sub(lambda m, last=last: m.group(1) + last if _one_edit(m.group(2).lower(), last) else m.group(), text)
        return text

    def _compared(self, word: str) -> bool:
        """True for the comparative or superlative of a corpus word: "newer" is no slip for "news"
        when the corpus writes "new" ("later": "late", "bigger": "big")."""
        for ending in ("er", "est"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""
                if any(b in self.vocabulary for b in (stem, stem + "e", doubled) if b):
                    return True
        return False

    def _shorthand(self, word: str) -> str | None:
        """The one name of the corpus a word typed without its vowels shortens, keeping its first and last
        letters ("msft": Microsoft, "twtr": Twitter; "msfts": its possessive typed without the apostrophe), else None."""
        if len(word) < 4 or _VOWELS & set(word) or english_frequency(word):
            return None
        if word[-1] == "s" and (owner := self._shorthand(word[:-1])):
            return owner
        found = [n for n in self._names if n[0] == word[0] and n[-1] == word[-1] and len(n) > len(word) and _within(word, n)]
        return found[0] if len(found) == 1 else None

    def _correct(self, word: str) -> str:
        if said := homophone(word, self.vocabulary):  # "sew microsoft", "openai's bored": the word that sounds so
            return said
        if hedge := _hedge_slipped(word):  # "basicly" is "basically", read away as a hedge, not the corpus's "basic"
            return hedge
        limit = max_distance(word)
        # A three-letter word is one edit from too many words to guess a content word ("lol" is
        # not "lot"); it may still be a function word mistyped or shortened ("wat", "tho").
        choices = self._function_words if len(word) == 3 else self._choices
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=limit, limit=20)
        # A slip of the keys drops one letter, not two: "ivest" is not "ive".
        matches = [(m, d) for m, d, _ in found if len(m) >= len(word) - 1 and plausible_slip(word, m)]
        best = min((d for _, d in matches), default=0)
        candidates = [m for m, d in matches if d == best and (m[0] == word[0] or best == 1) and not letter_before(word, m)]  # "zmodem"
        if not candidates and (found := self._shorthand(word)):
            return found
        if not candidates and len(word) == 3 and not english_frequency(word):  # "usd": a letter left out of "used"; "sya": "say"
            dropped = [m for m in self._choices if len(m) == 4 and m[0] == word[0] and _one_edit(word, m)]
            dropped = dropped or [m for m in {f"{word[1]}{word[0]}{word[2]}", f"{word[0]}{word[2]}{word[1]}"} if m in self._choices]
            candidates = dropped if len(dropped) == 1 else []
        if not candidates:
            # No corpus word near: a slip from an English word the corpus lacks ("roghly", "cleear") reads
            # as that word (a hedge is then read away; "clear" is answered by "unclear"); else as typed.
            # "cofounded" is "co" + "founded", no slip for "confounded".
            # "torrenting": a form of the corpus's "torrent", which English's lists lack, no slip for "tormenting"
            unheard = stem_words([word])[0] not in self._stems
            return (len(word) > 4 and unheard and not english_frequency(word) and not _unprefixed(word) and _nearest_english(word)) or word
        if best > 1 and not english_frequency(word) and (near := _nearest_english(word)) and english_frequency(near) > RARE_IN_ENGLISH:
            return near  # "reasn" is one slip from "reason", which the corpus lacks, two from its "read"
        # A slip of the keys rarely changes the first letter: "acusing" is "accusing", not "causing"; "lable" is
        # English's "label" when the corpus lacks it, not its "able".
        if all(m[0] != word[0] for m in candidates) and not english_frequency(word) and (near := _nearest_english(word)) and near[0] == word[0]:
            return near
        candidates = [m for m in candidates if m[0] == word[0]] or candidates
        # A letter left out is likelier than one typed too many: "reportd" is "reported", not "report"; "musik" "music"
        candidates = [m for m in candidates if len(m) > len(word)] or [m for m in candidates if len(m) == len(word)] or candidates
        # Likeliest intended word: common in this corpus and in English alike.
        choice = max(candidates, key=lambda m: (self.vocabulary.get(m, 0) + 1) * (english_frequency(m) + 1))
        own = english_frequency(word)
        if own and best == 1 and (named := [m for m in candidates if m in self._titled and plausible_slip(word, m) and not english_frequency(m)]):
            return named[0]
        if own and (best > 1 or choice[0] != word[0] or english_frequency(choice) < own * _REAL_WORD_RATIO or (own > RARE_IN_ENGLISH and len(word) > 3 and choice in STOPWORDS)):
            return word  # a real word, not a slip of the keys (nor two: "unset" is no "user"; "win" is no "in"; "hash" no function word "has")
        if own and alternatives(stem_words([word])[0], self._stems):
            return word  # a real word of a group the corpus uses: "feuding" is "at odds", not "finding"
        if choice not in self.vocabulary and choice in self._stems and not english_frequency(choice):
            return self._stems[choice]  # "artical" is one edit from the stem "articl": read "article"
        return choice


# Hedges chat types fast and often misspells ("basicly", "acutally", "definately"): no content to find.
_HEDGING = ("basically", "actually", "literally", "honestly", "seriously", "definitely", "probably", "exactly", "really", "apparently", "supposedly")


def _hedge_slipped(word: str) -> str | None:
    """The one hedge `word` is a slip or two from (same first two letters), when English does not know `word`."""
    from rapidfuzz.distance import OSA

    if len(word) < 5 or english_frequency(word):
        return None
    close = [h for h in _HEDGING if h[:2] == word[:2] and OSA.distance(word, h) <= 2]
    return close[0] if len(close) == 1 else None


PREFIXES = ("co", "re", "un", "non", "pre", "mis", "over", "under", "out", "sub", "anti", "multi", "self", "auto")


def _one_edit(a: str, b: str) -> bool:
    """True when `a` is `b` with one letter left out, added, changed or two swapped (no rapidfuzz on the ask path)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or _swapped(a, b, diff)
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _unprefixed(word: str) -> bool:
    """True for a prefix before an English word ("cofounded": "co" + "founded")."""
    return any(word.startswith(p) and len(word) - len(p) >= 4 and english_frequency(word[len(p) :]) for p in PREFIXES)


def _within(short: str, word: str) -> bool:
    """True when the letters of `short` stand in `word` in the same order."""
    letters = iter(word)
    return all(c in letters for c in short)


_LETTERS = re.compile(r"(?<!\w)[A-Za-z]{3,}(?!['’]t\b|\w)")  # not "does" of "doesn't", nor "BUF" of "Z_BUF_ERROR"
_OPENING_WORD = re.compile(r"^\W*([A-Za-z]{2,})\b")
_QUESTION_WORDS = ("what", "when", "where", "which", "who", "whom", "whose", "why", "how")


def _skeleton(word: str) -> str:
    """The word's consonants but "h": "wht", "wut" and "what" all read "wt"; "hw" and "how" "w"."""
    return re.sub(r"[aeiouh]", "", word)


def _question_word(word: str) -> str | None:
    """The one question word `word` is a slip of the keys or chat shorthand away from ("wen" -> when,
    "wat", "wht", "wut" -> what, "hw" -> how), else None."""
    from rapidfuzz.distance import OSA

    close = [q for q in _QUESTION_WORDS if OSA.distance(word, q) <= 1]
    if len(close) != 1 and len(word) >= 3:  # vowels left out or changed: "wht", "whn", "wut"
        close = [q for q in _QUESTION_WORDS if _skeleton(word) == _skeleton(q)]
    return close[0] if len(close) == 1 else None


_MEANT = 10_000_000  # English uses a word this often ("wait", "went"): it is no slip for a question word


def spelled(text: str, speller: Speller) -> str:
    """`text` with each word the speller corrects replaced ("who wrote the digitl trends artcle"); a
    word spelled right stays as typed, and a corrected capitalised word keeps its capital."""

    def cased(word: str, fixed: str) -> str:
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        fixed = speller.correct(word.lower())
        before = re.findall(r"[A-Za-z]+", text[: m.start()])[-1:]
        if fixed == word.lower() or echoes(fixed, before + re.findall(r"[A-Za-z]+", text[m.end() :])[:2]) or misplaced(fixed, before):
            return word
        return cased(word, fixed)

    text = unshortened(text, speller.known)  # "abt", "w", "howmuch", "stderr": the words they stand for
    # A question opens with its question word: "wen does ..." is "when does ...", not "we does"; "hw much
    # ..." is "how much ..." (two letters here only; any other word of two letters is left alone).
    m = _OPENING_WORD.match(text)  # not a word this common, meant as typed: "wait is it true ..."
    if m and not speller.known(low := m.group(1).lower()) and english_frequency(low) < _MEANT and (q := _question_word(low)):
        text = f"{text[: m.start(1)]}{cased(m.group(1), q)}{text[m.end(1) :]}"
    return speller.people(_LETTERS.sub(fix, text))


def echoes(fixed: str, beside: list[str]) -> bool:
    """True when a correction would repeat a word typed beside it (`beside`: the word before and the two after):
    "did satya (nadela) say" is no "did says say"; a slip of the keys does not make the next word twice (a name
    the corpus lacks is typed there)."""
    return stem_words([fixed])[0] in stem_words([w.lower() for w in beside])
