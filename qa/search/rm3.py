"""RM3 pseudo-relevance feedback over BM25 scores, vectorised with numpy.

The first BM25 pass ranks the documents; the best `fb_docs` of them are taken as relevant.
Each gives its terms with probability tf/length, weighted by its first-pass score raised to
`score_power` (higher: the top document counts more). The `fb_terms` most probable terms,
normalised to sum to one, are mixed with the original query (also normalised) as
`original_weight * query + (1 - original_weight) * expansion`, and BM25 scores again.
BM25 is linear in the query's term weights, so the second pass reuses the first pass's
scores for the original terms and only sums the expansion terms' postings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from qa.search.backends import Bm25sScorer, RankBm25Scorer


@dataclass
class Feedback:
    """What RM3 needs besides the scorer: each document's term counts and which terms may expand a query."""

    counts: sparse.csr_matrix  # documents x terms, term frequencies (title repeats included)
    lengths: np.ndarray  # terms per document
    allowed: np.ndarray  # bool per term: long enough to be a useful expansion term
    terms: list[str]  # term id -> term


def feedback_for(tokens: list[list[str]], vocab: dict[str, int], min_length: int = 2) -> Feedback:
    """Count the terms of tokenised documents under the term ids of `vocab`."""
    lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
    cols = np.fromiter((vocab[w] for t in tokens for w in t), dtype=np.int32, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(tokens), dtype=np.int32), lengths)
    size = max(vocab.values(), default=-1) + 1
    counts = sparse.csr_matrix(
        (np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(len(tokens), size), dtype=np.float32
    )
    counts.sum_duplicates()
    terms = [""] * size
    for term, i in vocab.items():
        terms[i] = term
    allowed = np.array([len(t) >= min_length and not t.isdigit() for t in terms], dtype=bool)
    return Feedback(counts, np.maximum(lengths, 1).astype(np.float32), allowed, terms)


def expand(
    query: dict[int, float],
    first: np.ndarray,
    fb: Feedback,
    fb_docs: int = 5,
    fb_terms: int = 10,
    original_weight: float = 0.8,
    score_power: float = 3.0,
) -> tuple[float, dict[int, float]]:
    """The RM3 query as (scale, expansion): `scale * query + expansion` (term id -> weight) is the new query."""
    m = min(fb_docs, int(np.count_nonzero(first > 0)))
    total = sum(query.values())
    if m == 0 or total <= 0 or fb_terms <= 0:
        return 1.0, {}
    top = np.argpartition(-first, m - 1)[:m] if m < len(first) else np.arange(len(first))
    weights = first[top].astype(np.float64) ** score_power / fb.lengths[top]
    c = fb.counts
    spans = [(c.indptr[d], c.indptr[d + 1]) for d in top.tolist()]
    terms = np.concatenate([c.indices[a:b] for a, b in spans])
    values = np.concatenate([c.data[a:b] * w for (a, b), w in zip(spans, weights.tolist(), strict=True)])
    ids, where = np.unique(terms, return_inverse=True)
    model = np.bincount(where, weights=values)
    keep = fb.allowed[ids] & (model > 0)
    ids, model = ids[keep], model[keep]
    n = min(fb_terms, len(ids))
    if n == 0:
        return 1.0, {}
    # The n most probable terms; ties go by the term itself, so that the choice never
    # depends on the term ids (which follow Python's string hashing in bm25s).
    kth = np.partition(model, len(model) - n)[len(model) - n]
    near = np.flatnonzero(model >= kth).tolist()
    chosen = sorted(near, key=lambda i: (-model[i], fb.terms[ids[i]]))[:n]
    best, probs = ids[chosen], model[chosen]
    weights = ((1 - original_weight) * probs / probs.sum()).tolist()
    return original_weight / total, dict(zip(best.tolist(), weights, strict=True))


def rescore(
    scorer: Bm25sScorer | RankBm25Scorer, first: np.ndarray, scale: float, expansion: dict[int, float], terms: list[str]
) -> np.ndarray:
    """Scores for `scale * query + expansion`, given the original query's scores `first`."""
    if not expansion:
        return first
    return (first * np.float32(scale) + weighted_scores(scorer, expansion, terms)).astype(np.float32)


def weighted_scores(scorer: Bm25sScorer | RankBm25Scorer, query: dict[int, float], terms: list[str]) -> np.ndarray:
    """BM25 scores of every document for a query whose terms carry real-valued weights."""
    if isinstance(scorer, Bm25sScorer):
        spans = [(scorer.indptr[t], scorer.indptr[t + 1], w) for t, w in query.items() if t + 1 < len(scorer.indptr)]
        if not spans:
            return np.zeros(scorer.n, dtype=np.float32)
        docs = np.concatenate([scorer.indices[a:b] for a, b, _ in spans])
        values = np.concatenate([scorer.data[a:b] * np.float32(w) for a, b, w in spans])
        return np.bincount(docs, weights=values, minlength=scorer.n).astype(np.float32)
    total = np.zeros(len(scorer.tokens), dtype=np.float64)
    for t, w in query.items():
        total += w * scorer.scores([terms[t]])
    return total.astype(np.float32)
