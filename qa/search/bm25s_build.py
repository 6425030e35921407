"""Build a bm25s index (Lucene's BM25) with whole-array numpy operations instead of bm25s's loop per passage.

bm25s counts the terms of each passage and scores them one passage at a time in Python, which
is most of the time an update of a large corpus takes. This computes the same scores in a few
array operations, with the same arithmetic in the same order and the same dtypes as bm25s
(`bm25s.scoring`: idf with `math.log`, the length norm in float64, the scores stored as
float32), so every score is bit for bit the one bm25s gives; a test checks them against bm25s's
own on real corpora. The result is a `Bm25sScorer` that saves through bm25s as usual.
"""

from __future__ import annotations

import math
from itertools import chain

import numpy as np

from qa.search.backends import Bm25sScorer


def build_bm25s(tokens: list[list[str]], k1: float, b: float) -> Bm25sScorer:
    """Index the tokenised passages as `bm25s.BM25(method="lucene").index` does."""
    import bm25s  # for saving in its format (and its imports), as the plain build does

    docs = [t or [""] for t in tokens]  # bm25s needs a token per passage; "" never matches a stem
    n = len(docs)
    vocab: dict[str, int] = {}
    lens = np.array([len(d) for d in docs])
    ids = np.fromiter((vocab.setdefault(t, len(vocab)) for d in docs for t in d), dtype=np.int64, count=int(lens.sum()))
    vocab.setdefault("", len(vocab))  # as bm25s: the empty token is always in the vocabulary
    size = len(vocab)
    # One entry per (term, passage), column by column as a CSC matrix, passages in order.
    keys, tf = np.unique(ids * n + np.repeat(np.arange(n, dtype=np.int64), lens), return_counts=True)
    term, doc = keys // n, keys % n
    df = np.bincount(term, minlength=size)
    # bm25s: idf = math.log(1 + (N - df + 0.5) / (df + 0.5)) per term, kept as float32.
    values, where = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + (n - int(v) + 0.5) / (int(v) + 0.5)) for v in values], dtype=np.float32)[where]
    # bm25s: tf / (k1 * ((1 - b) + b * l_d / l_avg) + tf), the norm a float64, tf float32; idf * that, as float32.
    norm = k1 * ((1 - b) + b * lens / lens.mean())
    tf32 = tf.astype(np.float32).astype(np.float64)
    data = (idf[term].astype(np.float64) * (tf32 / (norm[doc] + tf32))).astype(np.float32)
    indptr = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    indices = doc.astype(np.int32)
    model = bm25s.BM25(k1=k1, b=b, method="lucene")
    model.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n}
    model.vocab_dict = vocab
    model.nonoccurrence_array = None
    return Bm25sScorer(data, indices, indptr, vocab, n, model)


def passage_frequencies(scorer: Bm25sScorer) -> dict[str, int]:
    """The number of passages each term is in: the length of its column ("", the empty passages' token, left out)."""
    counts = np.diff(scorer.indptr).tolist()
    return {t: counts[i] for t, i in scorer.vocab.items() if t and i < len(counts) and counts[i]}


def summed(counts: list[dict[str, int]]) -> dict[str, int]:
    """The counts added key by key (as `Counter.update` over them gives, in one numpy sum)."""
    keys: dict[str, int] = {}
    n = sum(map(len, counts))
    ids = np.fromiter((keys.setdefault(k, len(keys)) for k in chain.from_iterable(counts)), dtype=np.int64, count=n)
    values = np.fromiter(chain.from_iterable(c.values() for c in counts), dtype=np.int64, count=n)
    totals = np.bincount(ids, weights=values, minlength=len(keys)).astype(np.int64).tolist()
    return dict(zip(keys, totals, strict=True))
