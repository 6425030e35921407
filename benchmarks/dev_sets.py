"""Score many development sets in one run, each line split as the issue's targets are: single questions
answered right and traps refused, conversations answered right and conversation traps refused.

A set is a folder with `questions.jsonl` and, for documentation, a `corpus/` folder of its documents (without
one, the bundled articles), or a `.jsonl` file about the bundled articles (`data/eval/chat/p130.jsonl`):

    python benchmarks/dev_sets.py data/eval/chat/*.jsonl ../probes/rd85 [--misses]

`--misses` lists each question answered wrongly, with what the bot said.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from pathlib import Path

from qa.eval.bundled import EvalQuestion, Outcome, evaluate, read_questions
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

BUNDLED = ROOT / "data" / "corpus"


def _where(path: Path) -> tuple[Path, Path]:
    """The questions file and the corpus of a set given as a folder or a file."""
    if path.is_dir():
        corpus = path / "corpus"
        return path / "questions.jsonl", corpus if corpus.is_dir() else BUNDLED
    return path, BUNDLED


def _share(outcomes: list[Outcome], answerable: bool) -> tuple[int, int]:
    chosen = [o for o in outcomes if o.answerable == answerable]
    return sum(o.correct for o in chosen), len(chosen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", type=Path, nargs="+")
    ap.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    args = ap.parse_args()
    logging.disable(logging.WARNING)  # a corpus file skipped is no figure
    totals = [0, 0, 0, 0]
    indexes: dict[Path, Pipeline] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(args.sets):
            questions_file, corpus = _where(path)
            if corpus not in indexes:
                indexes[corpus] = Pipeline(Settings(corpus=corpus, index=Path(tmp) / str(n), answer_cache=0))
            questions = read_questions(questions_file)
            outcomes = evaluate(indexes[corpus], questions).outcomes
            asked: dict[str, EvalQuestion] = {q.id: q for q in questions}
            single = [o for o in outcomes if not asked[o.id].turns]
            talks = [o for o in outcomes if asked[o.id].turns]
            right, traps = _share(single, True), _share(single, False)
            talked, talk_traps = _share(talks, True), _share(talks, False)
            for i, (got, of) in enumerate([right, traps]):
                totals[2 * i] += got + (talked, talk_traps)[i][0]
                totals[2 * i + 1] += of + (talked, talk_traps)[i][1]
            print(
                f"{path.name:28} answers {right[0]}/{right[1]}  traps {traps[0]}/{traps[1]}  "
                f"conversations {talked[0]}/{talked[1]}, traps {talk_traps[0]}/{talk_traps[1]}"
            )
            for o in (o for o in outcomes if args.misses and not o.correct):
                said = "REFUSED" if o.abstained else o.answer[:160].replace("\n", " ")
                print(f"  {o.id} {'answerable' if o.answerable else 'trap'}: {o.question!r}\n    -> {said}")
    print(f"all: answers {totals[0]}/{totals[1]}, traps refused {totals[2]}/{totals[3]}")


if __name__ == "__main__":
    main()
