"""How much each word of a query matters: its inverse passage frequency, or for a word the corpus lacks,
its rarity in English."""

from __future__ import annotations

import math

from qa.question.query import Query
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.search.index import Index


def idf(index: Index, term: str) -> float:
    """Inverse passage frequency of a stem; an unseen stem gets the highest value."""
    n = len(index.passages)
    df = index.passage_freq.get(term, 0)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def term_weights(index: Index, query: Query) -> dict[str, float]:
    """How much each query term matters: its idf, or for a word the corpus lacks, by its rarity in English.

    A missing rare word ("sourdough") is as telling as the rarest corpus word; a missing
    everyday word ("stop", "put") may just be phrased otherwise, so it counts for less.
    """
    weights = {}
    for t in query.terms:
        if t in index.passage_freq or any(a in index.passage_freq for a in query.alternatives.get(t, ())):
            known = [t, *query.alternatives.get(t, ())]
            weights[t] = max(idf(index, a) for a in known if a in index.passage_freq)
        else:
            weights[t] = idf(index, t) * english_rarity(query.surface.get(t, t))
    return weights


def english_rarity(word: str) -> float:
    """1.0 for a rare or unknown English word, down to 0.15 for the commonest ones ("the", "press":
    a missing everyday word is often just phrased otherwise; SQuAD dev at 0.3: one clean and one typed
    answer fewer, one near-topic refusal more; chat and docs dev sets: 5 answers fewer)."""
    freq = english_frequency(word)
    if freq <= RARE_IN_ENGLISH:
        return 1.0
    return max(0.15, 1.0 - 0.85 * (math.log10(freq) - 6) / 2.5)
