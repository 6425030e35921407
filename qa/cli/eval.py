"""`qa eval`: measure answers and retrieval on the bundled set (public datasets: subcommands)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from qa.cli.common import (
    BackendOpt,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    check_range,
    err,
    errors_as_messages,
    fail,
    out,
    pipeline_for,
    print_json,
    settings_from,
)
from qa.cli.eval_open import open_answers as _open_answers
from qa.errors import QAError
from qa.settings import ROOT
from qa.text import counted

eval_app = typer.Typer(help="Measure answer and retrieval quality.", no_args_is_help=False)
DEFAULT_SET = ROOT / "data" / "eval" / "questions.jsonl"


@eval_app.callback(invoke_without_command=True)
def bundled(
    ctx: typer.Context,
    questions: Annotated[Path, typer.Option("--questions", help="eval set (JSON lines)")] = DEFAULT_SET,
    as_json: JsonOpt = False,
    failures: Annotated[bool, typer.Option("--failures", help="list the questions answered wrongly")] = False,
    noise: Annotated[
        bool, typer.Option("--noise", help="ask each question as typed in chat instead: lower case, filler, typos (seeded)")
    ] = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Answer accuracy, abstention precision/recall and retrieval on the bundled eval set."""
    if ctx.invoked_subcommand is not None:
        return
    from qa.eval.bundled import evaluate, read_questions, report_json

    settings = settings_from(corpus=corpus, index=index, backend=backend)
    with errors_as_messages():
        qs = read_questions(questions)
        waiting = sum(q.needs_review for q in qs)
        if waiting:
            err.print(f"[yellow]{waiting} question{'s' * (waiting != 1)} awaiting review (needs_review) skipped[/]")
        pipeline = pipeline_for(settings)
        pipeline.index  # noqa: B018
        with Progress(console=err, transient=True, disable=as_json or not sys.stderr.isatty()) as bar:
            task = bar.add_task("asking", total=len(qs) - waiting)
            report = evaluate(pipeline, qs, tick=lambda: bar.advance(task), noise=noise)
    if as_json:
        sys.stdout.write(report_json(report, with_outcomes=failures) + "\n")
        return
    typed = ", as typed in chat" if noise else ""
    table = Table(title=f"{escape(str(questions))} ({settings.backend}{typed})")
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


DATASETS = ROOT.parent / "shared" / "datasets"
ReportOpt = Annotated[Path | None, typer.Option("--report", help="write a self-contained HTML page here")]


def _progress(quiet: bool) -> Progress:
    """Progress bars on stderr; off for --json and when stderr is not a terminal."""
    return Progress(console=err, transient=True, disable=quiet or not err.is_terminal)


@eval_app.command("retrieval")
def retrieval_cmd(
    beir: Annotated[
        Path | None, typer.Option("--beir", help="dataset folder in BEIR layout (else the bundled set)")
    ] = None,
    split: Annotated[str, typer.Option("--split", help="qrels/<split>.tsv to score")] = "test",
    questions: Annotated[Path, typer.Option("--questions", help="bundled eval set (without --beir)")] = DEFAULT_SET,
    corpus: CorpusOpt = None,
    backend: BackendOpt = None,
    k1: Annotated[float | None, typer.Option("--k1", help="BM25 k1 (term frequency saturation)")] = None,
    b: Annotated[float | None, typer.Option("--b", help="BM25 b (length normalisation, 0-1)")] = None,
    title_weight: Annotated[int | None, typer.Option("--title-weight", help="times the title counts")] = None,
    rm3: Annotated[bool | None, typer.Option("--rm3/--no-rm3", help="RM3 query expansion")] = None,
    depth: Annotated[int, typer.Option("--depth", help="documents ranked per query (100-1000)")] = 1000,
    as_json: JsonOpt = False,
    report: ReportOpt = None,
) -> None:
    """nDCG@10, R@100, RR@10 (trec_eval, via ir-measures) of BM25 on a BEIR dataset or the bundled set.

    Example: qa eval retrieval --beir ../shared/datasets/scifact --split test
    """
    from qa.eval.beir import read_beir, read_bundled
    from qa.eval.retrieval import RetrievalConfig, build, evaluate, run
    from qa.search.opensearch import cluster_for

    check_range("--depth", depth, 100, 1000)
    given = dict(backend=backend, k1=k1, b=b, title_weight=title_weight, rm3=rm3, depth=depth)
    with errors_as_messages():
        try:
            config = RetrievalConfig(**{k: v for k, v in given.items() if v is not None})
        except ValidationError as exc:
            raise QAError("bad setting: " + "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in exc.errors())) from None
        coll = read_beir(beir, split) if beir else read_bundled(questions, corpus or settings_from().corpus)
        with _progress(as_json) as bar:
            task = bar.add_task("indexing", total=len(coll))
            cluster = cluster_for(settings_from()) if config.backend == "opensearch" else None
            index = build(coll, config, tick=lambda n: bar.advance(task, n), cluster=cluster)
            task = bar.add_task("querying", total=len(coll.queries))
            ranked, qps = run(index, coll.queries, tick=lambda n: bar.advance(task, n))
        result = evaluate(coll, index, ranked, qps)
        if report is not None:
            from qa.eval.report import retrieval_page

            write_report(report, retrieval_page(result))
    if as_json:
        print_json(result.summary())
        return
    table = Table(
        title=f"{escape(result.dataset)} {result.split}: {counted(result.queries, 'query', 'queries')}, "
        f"{counted(result.documents, 'document')}"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in result.metrics.items():
        table.add_row(name, f"{value:.4f}")
    c = result.config
    table.add_row("index seconds", f"{result.index_seconds:.2f}")
    table.add_row("queries / second", f"{result.queries_per_second:,.0f}")
    table.add_row("settings", f"{c.backend} k1={c.k1} b={c.b} title x{c.title_weight} RM3 {'on' if c.rm3 else 'off'}")
    out.print(table)
    if report is not None:
        out.print(f"report: {escape(str(report))}")


def write_report(path: Path, html: str) -> None:
    """Write an HTML report, or raise QAError saying why it cannot be written."""
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise QAError(f"cannot write the report {path}: {exc.strerror}") from exc


@eval_app.command("answers")
def answers_cmd(
    squad: Annotated[Path, typer.Option("--squad", help="SQuAD v1.1 JSON file")] = DATASETS / "squad" / "dev-v1.1.json",
    mode: Annotated[
        str, typer.Option("--mode", help="paragraph: the gold paragraph; open: the bot over all the split's paragraphs")
    ] = "paragraph",
    split: Annotated[
        str, typer.Option("--split", help="dev: articles 0-23 (tune here); test: 24-47 (report only); all")
    ] = "all",
    unanswerable: Annotated[
        bool, typer.Option("--unanswerable", help="open mode: ask each question again without its gold paragraphs")
    ] = False,
    noise: Annotated[bool, typer.Option("--noise", help="open mode: ask each question again as typed in chat")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="the first N questions only")] = None,
    backend: BackendOpt = None,
    as_json: JsonOpt = False,
    report: ReportOpt = None,
) -> None:
    """Exact match, F1 (as SQuAD's evaluate-v1.1.py), answered accuracy, abstention and calibration on SQuAD v1.1.

    Example: qa eval answers --mode open --split dev --unanswerable --noise
    """
    from qa.eval.answers import evaluate_squad, read_squad
    from qa.eval.squad_open import in_split

    if mode not in ("paragraph", "open"):
        fail(f"--mode must be paragraph or open, not {mode!r}")
    if split not in ("dev", "test", "all"):
        fail(f"--split must be dev, test or all, not {split!r}")
    if mode == "paragraph" and (unanswerable or noise):
        fail("--unanswerable and --noise need --mode open (the paragraph mode always holds the answer)")
    check_range("--limit", limit, 1, 10**7)
    with errors_as_messages():
        paragraphs = in_split(read_squad(squad), split)
        if not paragraphs:
            fail(f"{squad.name} has no article in the {split} split")
        if mode == "open":
            _open_answers(paragraphs, squad, split, unanswerable, noise, limit, backend, as_json, report)
            return
        total = sum(len(p.questions) for p in paragraphs)
        with _progress(as_json) as bar:
            task = bar.add_task(f"answering ({mode})", total=min(total, limit or total))
            result = evaluate_squad(paragraphs, tick=lambda n: bar.advance(task, n), source=squad.name, limit=limit)
        if report is not None:
            from qa.eval.report import answers_page

            write_report(report, answers_page(result))
    if as_json:
        print_json({**result.summary(), "split": split})
        return
    table = Table(title=f"{escape(squad.name)}: {result.questions} questions, {mode} mode")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("exact match", f"{result.exact_match:.1f}")
    table.add_row("F1", f"{result.f1:.1f}")
    table.add_row("answer-sentence accuracy", f"{result.sentence_accuracy:.1f}%")
    table.add_row("seconds", f"{result.seconds:.1f}")
    out.print(table)
    if report is not None:
        out.print(f"report: {escape(str(report))}")
