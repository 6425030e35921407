"""BM25 scorers over tokenised passages: bm25s (default, fast) and rank-bm25 (reference)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Protocol

import numpy as np


class Scorer(Protocol):
    """Scores every passage of an index for a query given as stems (repeats weigh more)."""

    name: str

    def scores(self, query: list[str]) -> np.ndarray: ...

    def save(self, folder: Path) -> None: ...


class Bm25sScorer:
    """bm25s with Lucene's BM25: scores are precomputed at indexing, a query only sums them."""

    name = "bm25s"

    def __init__(self, model: object) -> None:
        self.model = model
        self._n = int(model.scores["num_docs"])  # type: ignore[attr-defined]

    @classmethod
    def build(cls, tokens: list[list[str]], k1: float, b: float) -> Bm25sScorer:
        """Index the tokenised passages."""
        import bm25s

        model = bm25s.BM25(k1=k1, b=b, method="lucene")
        # bm25s needs at least one token per passage; "" never matches a query stem.
        model.index([t or [""] for t in tokens], show_progress=False)
        return cls(model)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> Bm25sScorer:
        """Load a saved index; memory-mapped, so processes share one copy of the matrix."""
        import bm25s

        return cls(bm25s.BM25.load(str(folder / "bm25s"), mmap=mmap, load_corpus=False))

    def save(self, folder: Path) -> None:
        self.model.save(str(folder / "bm25s"))  # type: ignore[attr-defined]

    def scores(self, query: list[str]) -> np.ndarray:
        ids = self.model.get_tokens_ids(query)  # type: ignore[attr-defined]
        if not ids:
            return np.zeros(self._n, dtype=np.float32)
        return self.model.get_scores_from_ids(ids)  # type: ignore[attr-defined]


class RankBm25Scorer:
    """rank-bm25's BM25Okapi, kept to compare against; rebuilt from saved tokens on load."""

    name = "rank-bm25"

    def __init__(self, tokens: list[list[str]], k1: float, b: float) -> None:
        from rank_bm25 import BM25Okapi

        self.tokens, self.k1, self.b = tokens, k1, b
        self.model = BM25Okapi([t or [""] for t in tokens], k1=k1, b=b)

    @classmethod
    def build(cls, tokens: list[list[str]], k1: float, b: float) -> RankBm25Scorer:
        return cls(tokens, k1, b)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> RankBm25Scorer:
        data = json.loads((folder / "rank_bm25.json").read_text())
        return cls(data["tokens"], data["k1"], data["b"])

    def save(self, folder: Path) -> None:
        (folder / "rank_bm25.json").write_text(json.dumps({"k1": self.k1, "b": self.b, "tokens": self.tokens}))

    def scores(self, query: list[str]) -> np.ndarray:
        return np.asarray(self.model.get_scores(query), dtype=np.float32)


SCORERS: dict[str, type[Bm25sScorer] | type[RankBm25Scorer]] = {
    "bm25s": Bm25sScorer,
    "rank-bm25": RankBm25Scorer,
}
