"""Retrieval speed on SciFact, measured in one run: index seconds, queries/second (one thread), peak memory.

    python benchmarks/retrieval_speed.py [--data ../shared/datasets/scifact] [--repeat 3]

Each system runs in its own Python process (so peak memory is its own): it loads the
collection, records its peak RSS, builds the index, answers every query of queries.jsonl
(1,109) at depth 1000 `--repeat` times, and reports the best pass. Threads are pinned to one.
Systems:
  ours bm25s        `qa eval retrieval`'s default per-query path: our analyser, the core bm25s scorer, top-k
  ours bm25s + RM3  the same with RM3 expansion (`qa eval retrieval --rm3`)
  ours rank-bm25    the same path over the core rank-bm25 scorer
  plain bm25s       bm25s.tokenize (English stopwords, stemmer) + BM25.index + BM25.retrieve(n_threads=1)
  plain rank-bm25   BM25Okapi over lower-cased whitespace tokens, get_scores + argsort
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.eval.beir import Collection

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "scifact"
SYSTEMS = ["ours bm25s", "ours bm25s + RM3", "ours rank-bm25", "plain bm25s", "plain rank-bm25"]
DEPTH = 1000


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(system: str, data: Path, repeat: int) -> dict:
    """Index and query with one system in this process; return its figures."""
    from qa.eval.beir import read_beir, read_queries

    coll = read_beir(data, "test")
    queries = list(read_queries(data / "queries.jsonl").values())
    texts = [f"{t} {x}" for t, x in zip(coll.titles, coll.texts, strict=True)]
    base = peak_mb()
    started = time.perf_counter()
    search = _setup(system, coll, texts)
    index_seconds = time.perf_counter() - started
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        search(queries)
        best = min(best, time.perf_counter() - started)
    return {
        "system": system,
        "index_seconds": index_seconds,
        "qps": len(queries) / best,
        "peak_mb": peak_mb(),
        "delta_mb": peak_mb() - base,
    }


def _setup(system: str, coll: Collection, texts: list[str]) -> Callable[[list[str]], object]:
    """Build one system's index; return a function that answers a list of queries."""
    import numpy as np

    if system.startswith("ours"):
        from qa.eval.retrieval import RetrievalConfig, build, rank

        backend = "rank-bm25" if "rank-bm25" in system else "bm25s"
        index = build(coll, RetrievalConfig(backend=backend, rm3="RM3" in system))
        return lambda qs: [rank(index, q, DEPTH) for q in qs]
    if system == "plain bm25s":
        import bm25s
        import Stemmer

        stemmer = Stemmer.Stemmer("english")
        model = bm25s.BM25()
        model.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)

        def bm25s_search(qs: list[str]) -> object:
            tokens = bm25s.tokenize(qs, stopwords="en", stemmer=stemmer, show_progress=False)
            return model.retrieve(tokens, k=DEPTH, show_progress=False, n_threads=1)

        return bm25s_search
    from rank_bm25 import BM25Okapi

    model = BM25Okapi([t.lower().split() for t in texts])

    def rank_bm25_search(qs: list[str]) -> list:
        out = []
        for q in qs:
            scores = model.get_scores(q.lower().split())
            out.append(np.argsort(-scores)[:DEPTH])
        return out

    return rank_bm25_search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=3, help="query passes per system; the best counts")
    parser.add_argument("--system", choices=SYSTEMS, help=argparse.SUPPRESS)  # one system, in a child process
    args = parser.parse_args()
    if args.system:
        print(json.dumps(measure(args.system, args.data, args.repeat)))
        return
    env = {**os.environ, **dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), "1")}
    rows = []
    for system in SYSTEMS:
        cmd = [sys.executable, __file__, "--system", system, "--data", str(args.data), "--repeat", str(args.repeat)]
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  measured {system}", file=sys.stderr, flush=True)
    ref = next(r for r in rows if r["system"] == "plain bm25s")
    default = next(r for r in rows if r["system"] == "ours bm25s")
    print(f"SciFact: {len(_corpus_ids(args.data))} documents, 1,109 queries at depth {DEPTH}, one thread")
    print(f"{'system':<18}{'index s':>9}{'queries/s':>11}{'× bm25s':>9}{'peak MB':>9}{'+MB index':>11}{'× bm25s':>9}")
    for r in rows:
        print(
            f"{r['system']:<18}{r['index_seconds']:>9.2f}{r['qps']:>11,.0f}{r['qps'] / ref['qps']:>9.2f}"
            f"{r['peak_mb']:>9.0f}{r['delta_mb']:>11.0f}{r['delta_mb'] / max(ref['delta_mb'], 1e-9):>9.2f}"
        )
    ours = {r["system"]: r for r in rows}
    plain, rm3 = ours["ours bm25s"], ours["ours bm25s + RM3"]
    print(
        f"RM3 costs {plain['qps'] / rm3['qps']:.1f}× the query time of ours without it "
        f"({1000 / rm3['qps'] - 1000 / plain['qps']:.2f} ms more per query)"
    )
    ratio = default["qps"] / ref["qps"]
    print(f"target (our default >= 0.7x plain bm25s queries/s): {ratio:.2f}x, {'met' if ratio >= 0.7 else 'NOT met'}")


def _corpus_ids(data: Path) -> list[str]:
    with open(data / "corpus.jsonl", encoding="utf-8") as f:
        return [line for line in f if line.strip()]


if __name__ == "__main__":
    main()
