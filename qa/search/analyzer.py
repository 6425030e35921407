"""A configurable tokenizer for retrieval evals over scientific text (SciFact and other BEIR sets).

It builds on `qa.text` (the same normalisation, stopwords and stemmer) and adds rules that
pay off on biomedical abstracts, each switchable so that its worth can be measured:
"IL-6" may be indexed as il6, il and 6; "p53" also as p and 53; "TNF-α" as tnf alpha;
"tumour" as tumor. Each distinct word is analysed once and remembered, so a text costs one
regular-expression scan plus dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from qa.text import STOPWORDS, stem_words

GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "µ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi",
    "ψ": "psi", "ω": "omega", "ß": "beta",
}  # fmt: skip
_DASHES = {c: "-" for c in "‐‑‒–—−"}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_RUNS = re.compile(r"[a-z]+|[0-9]+")
# British spellings to American ones; applied to queries and documents alike, so a rule that
# also rewrites an unrelated word ("raised" -> "raized") costs nothing.
_BRITISH = [
    (re.compile(r"(?<=[a-z])aem"), "em"),  # haemoglobin, ischaemia, anaemia
    (re.compile(r"^(p|an|orth)ae"), r"\1e"),  # paediatric, anaesthesia, orthopaedic
    (re.compile(r"^oe(?=s|d)"), "e"),  # oestrogen, oedema, oesophagus
    (re.compile(r"(?<=[a-z]{3})our(s?)$"), r"or\1"),  # tumour, behaviours
    (re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # randomised
    (re.compile(r"(?<=[a-z]{2})yse$"), "yze"),  # analyse
    (re.compile(r"(?<=[a-z]{3})tre$"), "ter"),  # centre
    (re.compile(r"faec"), "fec"),
]


class Analyzer:
    """Turns a text into index terms: words, split as configured, stopwords dropped, stemmed.

    Analyzer()("TNF-α raises IL-6 in p53-null tumours") ->
    ['tnf', 'alpha', 'rais', 'il', '6', 'in', 'p53', 'null', 'p', '53', 'tumour']
    """

    def __init__(
        self,
        stem: bool = True,
        stopwords: bool = False,
        hyphens: str = "split",
        split_alnum: bool = True,
        greek: bool = True,
        british: bool = False,
    ) -> None:
        if hyphens not in ("split", "join", "both"):
            raise ValueError(f"hyphens must be split, join or both, not {hyphens!r}")
        self.stem, self.hyphens, self.split_alnum, self.british = stem, hyphens, split_alnum, british
        self.stopwords = STOPWORDS if stopwords else frozenset()
        self._table = str.maketrans({**_DASHES, **(GREEK if greek else {})})
        self._terms = _Memo(self._word)

    def __call__(self, text: str) -> list[str]:
        """The index terms of `text`, in order (a word may give several)."""
        text = text.lower()
        if not text.isascii():
            # Greek letters spelled out, dashes made hyphens, accents and other symbols dropped.
            text = unicodedata.normalize("NFKD", text.translate(self._table)).encode("ascii", "ignore").decode()
        terms = self._terms
        return [t for token in _TOKEN.findall(text) for t in terms[token]]

    def _word(self, token: str) -> list[str]:
        """The terms of one word, hyphens and letter-digit runs split as configured."""
        if "-" in token:
            pieces = token.split("-")
            joined = "".join(pieces)
            parts = {"split": pieces, "join": [joined], "both": [joined, *pieces]}[self.hyphens]
        else:
            parts = [token]
        if self.split_alnum:
            runs = [run for p in parts if len(found := _RUNS.findall(p)) > 1 for run in found]
            parts = parts + [run for run in dict.fromkeys(runs) if run not in parts]
        if self.british:
            parts = [_american(p) for p in parts]
        parts = [p for p in parts if p and p not in self.stopwords]
        return stem_words(parts) if self.stem else parts


def _american(word: str) -> str:
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return word


class _Memo(dict):
    """A dict that computes a missing value with `fn` and keeps it."""

    def __init__(self, fn: Callable[[str], list[str]]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> list[str]:
        value = self[key] = self.fn(key)
        return value
