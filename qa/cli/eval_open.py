"""`qa eval answers --mode open`: the bot over a SQuAD split, refusals and calibration scored beside the naive baseline."""

from __future__ import annotations

from pathlib import Path

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from qa.cli.common import err, out, print_json
from qa.eval.answers import Paragraph
from qa.settings import Settings


def open_answers(
    paragraphs: list[Paragraph],
    squad: Path,
    split: str,
    unanswerable: bool,
    noise: bool,
    limit: int | None,
    backend: str | None,
    as_json: bool,
    report: Path | None,
) -> None:
    """Run the open-mode harness and print its figures (and the naive baseline's) as a table or JSON."""
    from qa.eval.squad_open import run_naive, run_pipeline, summarize

    total = sum(len(p.questions) for p in paragraphs)
    settings = Settings(**({"backend": backend} if backend else {}))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
        task = bar.add_task("answering (open)", total=min(total, limit or total))
        records = run_pipeline(paragraphs, unanswerable, noise, limit, lambda n: bar.advance(task, n), settings)
        bar.update(task, description="naive baseline")
        naive = run_naive(paragraphs, unanswerable, limit)
    questions = sum(r.variant == "clean" for r in records)
    figures = {"questions": questions, "mode": "open", "split": split, **summarize(records)}
    if noise:
        figures["noise"] = summarize(records, "noise")
    figures["naive"] = summarize(naive)
    if report is not None:
        from qa.eval.report_calibration import calibration_page

        report.write_text(calibration_page(records, figures, squad.name), encoding="utf-8")
    if as_json:
        print_json(figures)
        return
    table = Table(title=f"{escape(squad.name)}: {questions} questions, open mode, {split} split")
    table.add_column("measure")
    table.add_column("qa", justify="right")
    if noise:
        table.add_column("qa, chat-typed", justify="right")
    table.add_column("naive", justify="right")
    for key in ("exact_match", "f1", "answered_accuracy", "abstention_precision", "abstention_recall", "ece",
                "coverage_at_90_precision"):  # fmt: skip
        row = [key.replace("_", " "), f"{figures[key]:.3f}"]
        if noise:
            row.append(f"{figures['noise'][key]:.3f}")
        table.add_row(*row, f"{figures['naive'][key]:.3f}")
    out.print(table)
    if report is not None:
        out.print(f"report: {escape(str(report))}")
