"""BM25 scorers over tokenised passages: bm25s (default, fast), rank-bm25 (reference), OpenSearch (a cluster)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from qa.search.opensearch import OpenSearchScorer


class Scorer(Protocol):
    """Scores every passage of an index for a query given as stems (repeats weigh more)."""

    name: str

    def scores(self, query: list[str]) -> np.ndarray: ...

    def save(self, folder: Path) -> None: ...


class Bm25sScorer:
    """bm25s with Lucene's BM25: scores are precomputed at indexing, a query only sums them.

    bm25s builds and saves the index. Loading reads bm25s's saved arrays (a sparse matrix
    of precomputed term scores, by column) straight into memory-mapped numpy arrays rather
    than through `bm25s.BM25.load`: that keeps scipy, which bm25s imports, off the path of
    `qa ask` (a tenth of a second), and lets worker processes share one copy of the matrix.
    A test checks the scores against bm25s's own.
    """

    name = "bm25s"

    def __init__(
        self,
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        vocab: dict[str, int],
        n: int,
        model: object | None = None,
    ) -> None:
        self.data, self.indices, self.indptr, self.vocab, self.n = data, indices, indptr, vocab, n
        self.model = model  # the bm25s object when freshly built, kept for saving

    @classmethod
    def build(cls, tokens: list[list[str]], k1: float, b: float) -> Bm25sScorer:
        """Index the tokenised passages."""
        import bm25s

        model = bm25s.BM25(k1=k1, b=b, method="lucene")
        # bm25s needs at least one token per passage; "" never matches a query stem.
        model.index([t or [""] for t in tokens], show_progress=False)
        sc = model.scores
        return cls(sc["data"], sc["indices"], sc["indptr"], model.vocab_dict, int(sc["num_docs"]), model)

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> Bm25sScorer:
        """Load a saved index; memory-mapped, so processes share one copy of the matrix."""
        d = folder / "bm25s"
        params = json.loads((d / "params.index.json").read_text())
        if params.get("method") not in ("lucene", "robertson", "atire"):
            raise ValueError(f"bm25s method {params.get('method')!r} is not supported")
        mode = "r" if mmap else None
        # Plain views of the mapped files: a memmap makes every slice a memmap too, 0.15 ms of a question.
        arrays = [np.asarray(np.load(d / f"{name}.csc.index.npy", mmap_mode=mode)) for name in ("data", "indices", "indptr")]
        vocab = json.loads((d / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(*arrays, vocab, int(params["num_docs"]))

    def save(self, folder: Path) -> None:
        if self.model is None:
            raise ValueError("only a freshly built bm25s index can be saved")
        self.model.save(str(folder / "bm25s"))  # type: ignore[attr-defined]

    def scores(self, query: list[str]) -> np.ndarray:
        ids = [self.vocab[t] for t in query if t in self.vocab]
        if not ids:
            return np.zeros(self.n, dtype=np.float32)
        spans = [(self.indptr[i], self.indptr[i + 1]) for i in ids]
        docs = np.concatenate([self.indices[a:b] for a, b in spans])
        weights = np.concatenate([self.data[a:b] for a, b in spans])
        return np.bincount(docs, weights=weights, minlength=self.n).astype(np.float32)


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


def scorer_class(backend: str) -> type[Bm25sScorer] | type[RankBm25Scorer] | type[OpenSearchScorer]:
    """The scorer of `backend` (KeyError if there is none); OpenSearch's module is loaded only for it."""
    if backend == "opensearch":  # ranks in the cluster; see qa.search.opensearch_index
        from qa.search.opensearch import OpenSearchScorer

        return OpenSearchScorer
    return {"bm25s": Bm25sScorer, "rank-bm25": RankBm25Scorer}[backend]


def __getattr__(name: str) -> Any:
    """SCORERS, every backend's scorer by name, made on first use (it loads the OpenSearch module)."""
    if name == "SCORERS":
        table = {backend: scorer_class(backend) for backend in ("bm25s", "rank-bm25", "opensearch")}
        globals()["SCORERS"] = table  # one table from then on
        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
