"""Index time and queries per second of the OpenSearch backend beside bm25s, on SciFact 1x and 10x.

SciFact's 5,183 abstracts are analysed as `qa eval retrieval` does (title x3, then the text);
10x repeats them ten times (51,830 documents; same vocabulary, ten times the postings). Both
backends index the same tokens and answer SciFact's 300 test queries for the top 10 (and the
eval's 1,000). OpenSearch is asked one query at a time (latency-bound) and from 4 threads.

    python benchmarks/opensearch_vs_bm25s.py [--beir /work/shared/datasets/scifact] [--url http://...]

Without --url a single node is started with scripts/opensearch_node.py (512 MB heap) on this
machine, so the node and this script share its cores.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import platform
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from qa.eval.beir import read_beir
from qa.eval.retrieval import RetrievalConfig, top_k
from qa.search.backends import Bm25sScorer
from qa.search.opensearch import Cluster
from qa.search.opensearch_index import publish_tokens
from qa.settings import ROOT

DATA = Path("/work/shared/datasets/scifact")


def node_runner():
    spec = importlib.util.spec_from_file_location("opensearch_node", ROOT / "scripts" / "opensearch_node.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["opensearch_node"] = module
    spec.loader.exec_module(module)
    return module


def qps(ask, queries: list[list[str]], threads: int = 1) -> float:
    """Queries per second over all queries, after one warm-up pass over the first 50."""
    for q in queries[:50]:
        ask(q)
    start = time.perf_counter()
    if threads == 1:
        for q in queries:
            ask(q)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(ask, queries))
    return len(queries) / (time.perf_counter() - start)


def measure(tokens: list[list[str]], queries: list[list[str]], cluster: Cluster, label: str) -> list[str]:
    config = RetrievalConfig()
    started = time.perf_counter()
    bm25s = Bm25sScorer.build(tokens, k1=config.k1, b=config.b)
    bm25s_seconds = time.perf_counter() - started
    started = time.perf_counter()
    remote = publish_tokens(tokens, cluster, hashlib.sha256(label.encode()).hexdigest(), config.k1, config.b)
    os_seconds = time.perf_counter() - started

    def bm25s_top(k: int):
        return lambda q: top_k(bm25s.scores(q), k)

    def os_top(k: int):
        return lambda q: remote.top(q, k)

    agree = np.mean([_same_scores(bm25s_top(10)(q)[1], remote.top(q, 10)[1]) for q in queries])
    return [
        f"| {label} | bm25s | {len(tokens):,} | {bm25s_seconds:.1f} | {qps(bm25s_top(10), queries):,.0f} | "
        f"{qps(bm25s_top(1000), queries):,.0f} | – | 1.00 |",
        f"| {label} | OpenSearch, 1 node | {len(tokens):,} | {os_seconds:.1f} | {qps(os_top(10), queries):,.0f} | "
        f"{qps(os_top(1000), queries):,.0f} | {qps(os_top(10), queries, threads=4):,.0f} | {agree:.2f} |",
    ]


def _same_scores(a: np.ndarray, b: np.ndarray, tolerance: float = 0.03) -> float:
    """Share of the top-10 ranks at which both backends give the same score, within `tolerance`."""
    if len(a) != len(b):
        return 0.0
    return float(np.mean(np.abs(a - b) <= tolerance * np.abs(a))) if len(a) else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beir", type=Path, default=DATA)
    parser.add_argument("--url", help="an OpenSearch node to use (default: start one here)")
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 10])
    args = parser.parse_args()
    coll = read_beir(args.beir, "test")
    analyze = RetrievalConfig().analyzer()
    base = [
        analyze(t) * RetrievalConfig().title_weight + analyze(x) for t, x in zip(coll.titles, coll.texts, strict=True)
    ]
    queries = [analyze(q) for q in coll.queries.values()]
    node = None
    if args.url is None:
        node = node_runner().start_cluster(nodes=1)
    url = args.url or node.url
    try:
        cluster = Cluster((url,), index="qa-bench", replicas=0, timeout=120)
        print(f"{platform.processor() or platform.machine()}, {_cores()} cores; OpenSearch at {url}\n")
        print(
            "| corpus | backend | documents | index s | q/s top 10 | q/s top 1000 | q/s top 10, 4 threads | top-10 scores within 3% |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for scale in args.scale:
            for row in measure(base * scale, queries, cluster, f"SciFact {scale}x"):
                print(row, flush=True)
    finally:
        if node is not None:
            node.close()


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
