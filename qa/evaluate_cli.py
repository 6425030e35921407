"""`qa eval`: measure answers and retrieval on the bundled set (public datasets: subcommands)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from qa.cli import BackendOpt, CorpusOpt, IndexOpt, JsonOpt, err, errors_as_messages, out, pipeline_for, settings_from
from qa.settings import ROOT

eval_app = typer.Typer(help="Measure answer and retrieval quality.", no_args_is_help=False)
DEFAULT_SET = ROOT / "data" / "eval" / "questions.jsonl"


@eval_app.callback(invoke_without_command=True)
def bundled(
    ctx: typer.Context,
    questions: Annotated[Path, typer.Option("--questions", help="eval set (JSON lines)")] = DEFAULT_SET,
    as_json: JsonOpt = False,
    failures: Annotated[bool, typer.Option("--failures", help="list the questions answered wrongly")] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Answer accuracy, abstention precision/recall and retrieval on the bundled eval set."""
    if ctx.invoked_subcommand is not None:
        return
    from qa.evaluate import evaluate, read_questions, report_json

    settings = settings_from(corpus=corpus, index=index, backend=backend)
    with errors_as_messages():
        qs = read_questions(questions)
        pipeline = pipeline_for(settings)
        pipeline.index  # noqa: B018
        with Progress(console=err, transient=True, disable=as_json or not sys.stderr.isatty()) as bar:
            task = bar.add_task("asking", total=len(qs))
            report = evaluate(pipeline, qs, tick=lambda: bar.advance(task))
    if as_json:
        sys.stdout.write(report_json(report, with_outcomes=failures) + "\n")
        return
    table = Table(title=f"{escape(str(questions))} ({settings.backend})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        (
            "answer accuracy (answerable)",
            f"{report.answer_accuracy:.1%}  ({round(report.answer_accuracy * report.answerable)}/{report.answerable})",
        ),
        ("abstention precision", f"{report.abstention_precision:.1%}"),
        (
            "abstention recall (unanswerable)",
            f"{report.abstention_recall:.1%}  ({report.unanswerable - report.answered_unanswerable}/{report.unanswerable})",
        ),
        ("answerable questions refused", str(report.refused_answerable)),
        ("boilerplate citations", str(report.boilerplate_citations)),
        ("retrieval: relevant doc in top 5", f"{report.retrieval_recall_at_5:.1%}"),
        ("retrieval: MRR@10 (relevant doc)", f"{report.retrieval_mrr_at_10:.3f}"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    out.print(table)
    if failures:
        for o in report.outcomes:
            if not o.correct:
                kind = (
                    "answered" if o.abstained is False and not o.answerable else ("refused" if o.abstained else "wrong")
                )
                out.print(f"[red]{kind}[/] {o.id} {escape(o.question)}\n    → {escape(o.answer)} {o.cited}")
