"""How fast a question is answered, beside anchors measured in the same run.

1. In process: retrieval + composing per question on a built index (target < 5 ms), beside
   plain rank-bm25 scoring the same questions over the same passages (the anchor).
2. The `qa ask` command on a built index, CPU time (user + system, the median of --repeat
   runs), beside the floor the issue set: an interpreter that imports only numpy, pydantic and
   PyStemmer (target: at most 1.5x that floor; `qa ask` itself no longer imports pydantic); also the
   full typer app's path (`python -m qa.cli.app ask`), `import qa.pipeline`, `python -c pass`.
   Every command runs this checkout's `qa`, whatever is installed.

   Python compiles a module's source on every run when it may not write the bytecode
   (PYTHONDONTWRITEBYTECODE, a read-only checkout); the libraries have theirs from pip, qa's
   ~160 KB of source on the path of `qa ask` has none then. One more row runs `qa ask` from
   a copy of the package with its bytecode compiled, as `pip install` leaves it.

    python benchmarks/ask_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rank_bm25 import BM25Okapi

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))  # this checkout's qa, not another one installed in editable mode

from qa.eval.bundled import read_questions  # noqa: E402
from qa.pipeline import Pipeline  # noqa: E402
from qa.settings import ROOT, Settings  # noqa: E402
from qa.text import stems  # noqa: E402

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


def cpu_seconds(
    commands: dict[str, list[str]], repeat: int, env: dict[str, str] | None = None, cwd: dict[str, Path] | None = None
) -> dict[str, float]:
    """Median CPU time (user + system) of each command, the commands run in turn `repeat` times."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=(cwd or {}).get(name, CHECKOUT))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {name: statistics.median(t) for name, t in times.items()}


def compiled_copy(folder: Path) -> Path:
    """A copy of this checkout's qa package in `folder` with its bytecode written, as pip installs it."""
    shutil.copytree(CHECKOUT / "qa", folder / "qa", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(folder / "qa", quiet=1)  # written even under PYTHONDONTWRITEBYTECODE
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
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

        env = {**os.environ, "QA_INDEX": tmp, "QA_CORPUS": str(settings.corpus)}
        env.pop("PYTHONPATH", None)
        question = "Who threatened to sue Microsoft?"
        py = sys.executable
        compiled = "qa ask, qa's bytecode compiled (as installed)"
        commands = {
            "qa ask (the console script: qa.cli.fast)": [py, "-m", "qa.cli.fast", "ask", question],
            compiled: [py, "-m", "qa.cli.fast", "ask", question],
            "qa ask through the typer app": [py, "-m", "qa.cli.app", "ask", question],
            'python -c "import qa.pipeline"': [py, "-c", "import qa.pipeline"],
            "floor: import numpy, pydantic, Stemmer": [py, "-c", "import numpy, pydantic, Stemmer"],
            "python -c pass": [py, "-c", "pass"],
        }
        cpu = cpu_seconds(commands, args.repeat, env, {compiled: compiled_copy(Path(tmp) / "compiled")})

    print(f"{len(questions)} questions, bundled corpus ({len(passages)} passages)")
    print(f"{'in process':<44}{'ms/question':>12}{'ratio':>8}")
    print(f"{'qa: retrieve + compose (pipeline.ask)':<44}{ours:>12.2f}{ours / anchor:>8.2f}")
    print(f"{'anchor: rank-bm25 scores + argmax':<44}{anchor:>12.2f}{1:>8.2f}")
    print()
    floor = cpu["floor: import numpy, pydantic, Stemmer"]
    print(f"{'command (built index)':<44}{'CPU s':>12}{'x floor':>8}")
    for name, seconds in cpu.items():
        print(f"{name:<44}{seconds:>12.3f}{seconds / floor:>8.2f}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not any((CHECKOUT / "qa").glob("__pycache__/*.pyc")):
        print("(PYTHONDONTWRITEBYTECODE is set and qa has no bytecode: the other qa rows compile its source each run)")


if __name__ == "__main__":
    main()
