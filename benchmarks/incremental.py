"""Incremental indexing on SciFact: a full build of 5,183 files, the same text as one .jsonl, and
the update after changing one file, side by side in one run (each `qa index` in its own process).

    python benchmarks/incremental.py [--corpus /work/shared/datasets/scifact/corpus.jsonl]

Targets (issue 12): the update takes at most 15% of the full build of the folder, and the full
build of the folder at most 2x the build of the one .jsonl file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCIFACT = Path("/work/shared/datasets/scifact/corpus.jsonl")


def qa_index(corpus: Path, index: Path) -> tuple[float, str]:
    """Seconds `qa index` takes, and its last line of output."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "qa.cli.app", "index", "--corpus", str(corpus), "--index", str(index)],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - start, done.stdout.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=SCIFACT)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder, one = root / "files", root / "jsonl"
        folder.mkdir()
        one.mkdir()
        with open(one / "corpus.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["_id"], "title": r["title"], "text": r["text"]}) + "\n")
        for r in rows:
            (folder / f"{r['_id']}.txt").write_text(f"{r['title']}\n\n{r['text']}\n", encoding="utf-8")
        t_jsonl, _ = qa_index(one, root / "ix-jsonl")
        t_full, said_full = qa_index(folder, root / "ix-files")
        changed = folder / f"{rows[0]['_id']}.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "One more sentence about the finding.\n")
        t_update, said_update = qa_index(folder, root / "ix-files")
        t_same, said_same = qa_index(folder, root / "ix-files")
    print(f"{len(rows)} documents")
    print(f"one .jsonl file, full build      {t_jsonl:7.1f} s")
    print(f"one file each, full build        {t_full:7.1f} s   {t_full / t_jsonl:.2f}x the .jsonl   ({said_full})")
    print(f"one file changed, update         {t_update:7.1f} s   {t_update / t_full:.1%} of the full build   ({said_update})")
    print(f"nothing changed, load            {t_same:7.1f} s   ({said_same})")


if __name__ == "__main__":
    main()
