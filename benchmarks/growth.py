"""How index and query costs grow with the corpus: SciFact repeated 1x, 10x and 100x (copies get new ids).

    python benchmarks/growth.py [--data ../shared/datasets/scifact] [--sizes 1 10 100] [--queries 200]

Each size runs in its own process (one thread) through `qa eval retrieval`'s path with the
default settings: index seconds, peak memory, and queries/second with RM3 and without.
The 100x corpus (518,300 documents, ~100 million terms) only starts when the machine has
memory to spare: the 10x figures are extrapolated, and the size is skipped if they do not fit.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "scifact"


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def available_mb() -> float:
    """Memory the kernel says is available now (MemAvailable), in MB."""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) / 1024
    return float("inf")


def measure(data: Path, times: int, n_queries: int) -> dict:
    """Index SciFact repeated `times` times and query it; return the figures."""
    from qa.eval.beir import Collection, read_beir, read_queries
    from qa.eval.retrieval import RetrievalConfig, build, rank

    one = read_beir(data, "test")
    # Copies share the text objects: the measured memory is the index's, not the input's.
    coll = Collection(
        [f"{d}-{i}" for i in range(times) for d in one.doc_ids], one.titles * times, one.texts * times, {}, {}
    )
    queries = list(read_queries(data / "queries.jsonl").values())[:n_queries]
    base = peak_mb()
    started = time.perf_counter()
    index = build(coll, RetrievalConfig())
    index_seconds = time.perf_counter() - started
    index_mb = peak_mb() - base
    speeds = {}
    for label, ix in (("rm3", index), ("plain", replace(index, feedback=None))):
        started = time.perf_counter()
        for q in queries:
            rank(ix, q, 1000)
        speeds[label] = len(queries) / (time.perf_counter() - started)
    return {
        "times": times,
        "documents": len(coll),
        "terms": int(index.feedback.lengths.sum()) if index.feedback is not None else 0,
        "index_seconds": index_seconds,
        "index_mb": index_mb,
        "peak_mb": peak_mb(),
        "qps_plain": speeds["plain"],
        "qps_rm3": speeds["rm3"],
        "queries": len(queries),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--queries", type=int, default=200, help="queries per size (fewer make 100x quicker)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in a child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.data, args.one, args.queries)))
        return
    env = {**os.environ, **dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"), "1")}
    rows: list[dict] = []
    for times in sorted(args.sizes):
        if rows:
            need = rows[-1]["peak_mb"] * times / rows[-1]["times"] * 1.3
            if need > available_mb() * 0.8:
                print(f"  skipped {times}x: it would need about {need:,.0f} MB", file=sys.stderr)
                continue
        cmd = [sys.executable, __file__, "--one", str(times), "--data", str(args.data), "--queries", str(args.queries)]
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  measured {times}x in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(f"SciFact repeated; {args.queries} queries per size at depth 1000, one thread, default settings")
    print(
        f"{'size':>5}{'documents':>11}{'terms':>13}{'index s':>9}{'index MB':>10}{'peak MB':>9}"
        f"{'q/s':>8}{'q/s RM3':>9}{'ms/query':>10}"
    )
    for r in rows:
        print(
            f"{r['times']:>4}x{r['documents']:>11,}{r['terms']:>13,}{r['index_seconds']:>9.1f}{r['index_mb']:>10,.0f}"
            f"{r['peak_mb']:>9,.0f}{r['qps_plain']:>8,.0f}{r['qps_rm3']:>9,.0f}{1000 / r['qps_plain']:>10.2f}"
        )


if __name__ == "__main__":
    main()
