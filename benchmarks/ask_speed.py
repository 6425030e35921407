"""How fast a question is answered, beside anchors measured in the same run.

1. In process: retrieval + composing per question on a built index (target < 5 ms), beside
   plain rank-bm25 scoring the same questions over the same passages (the anchor).
2. The `qa ask` command, wall time on a built index (target well under 1 s), beside bare
   interpreter start (`python -c pass`) and `python -c "import qa.cli.app"`.

    python benchmarks/ask_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rank_bm25 import BM25Okapi

from qa.eval.bundled import read_questions
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings
from qa.text import stems

QUESTIONS = ROOT / "data" / "eval" / "questions.jsonl"


def per_question_ms(fn, questions: list[str], rounds: int = 20) -> float:
    """Median over rounds of the mean time per question, in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for q in questions:
            fn(q)
        times.append((time.perf_counter() - start) / len(questions) * 1000)
    return statistics.median(times)


def wall_seconds(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    """Median wall time of running `cmd`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    args = parser.parse_args()
    questions = [q.question for q in read_questions(args.questions)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index=Path(tmp), answer_cache=0)  # measure composing, not the cache
        pipeline = Pipeline(settings)
        pipeline.ask("warm up")
        ours = per_question_ms(pipeline.ask, questions)
        passages = [p.text for p in pipeline.index.passages]
        plain = BM25Okapi([stems(p) or [""] for p in passages])
        anchor = per_question_ms(lambda q: plain.get_scores(stems(q)).argmax(), questions)

        env = {**os.environ, "QA_INDEX": tmp}
        qa = [sys.executable, "-m", "qa.cli.app", "ask", "Who threatened to sue Microsoft?"]
        bare = wall_seconds([sys.executable, "-c", "pass"], args.repeat)
        imports = wall_seconds([sys.executable, "-c", "import qa.cli.app"], args.repeat)
        ask = wall_seconds(qa, args.repeat, env)

    print(f"{len(questions)} questions, bundled corpus ({len(passages)} passages)")
    print(f"{'in process':<44}{'ms/question':>12}{'ratio':>8}")
    print(f"{'qa: retrieve + compose (pipeline.ask)':<44}{ours:>12.2f}{ours / anchor:>8.2f}")
    print(f"{'anchor: rank-bm25 scores + argmax':<44}{anchor:>12.2f}{1:>8.2f}")
    print()
    print(f"{'command':<44}{'seconds':>12}{'ratio':>8}")
    print(f"{'qa ask (built index)':<44}{ask:>12.3f}{ask / bare:>8.2f}")
    label = 'python -c "import qa.cli.app"'
    print(f"{label:<44}{imports:>12.3f}{imports / bare:>8.2f}")
    print(f"{'anchor: python -c pass':<44}{bare:>12.3f}{1:>8.2f}")


if __name__ == "__main__":
    main()
