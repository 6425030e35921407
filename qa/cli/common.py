"""What every `qa` command shares: settings from options, one-line errors, printing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from qa.errors import QAError
from qa.models import Answer
from qa.settings import Backend, Settings

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

CorpusOpt = Annotated[
    Path | None, typer.Option("--corpus", help="folder of .txt/.md/.html/.jsonl documents [env QA_CORPUS]")
]
IndexOpt = Annotated[Path | None, typer.Option("--index", help="folder where indexes are kept [env QA_INDEX]")]
BackendOpt = Annotated[Backend | None, typer.Option("--backend", help="BM25 implementation [env QA_BACKEND]")]
TopKOpt = Annotated[int | None, typer.Option("-k", "--top-k", help="passages to retrieve (1-50)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print one JSON object instead of text")]


def settings_from(**options: Any) -> Settings:
    """Build the settings: environment (QA_*) first, command-line options over it."""
    try:
        return Settings(**{k: v for k, v in options.items() if v is not None})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        fail(f"bad setting: {problems}")
        raise  # unreachable: fail() exits


def check_range(option: str, value: int | None, low: int, high: int) -> None:
    """Exit with a one-line error unless `value` is None or within [low, high]."""
    if value is not None and not low <= value <= high:
        fail(f"{option} must be between {low} and {high}, not {value}")


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit."""
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def pipeline_for(settings: Settings) -> Any:
    """Return a pipeline that reports index building on stderr."""
    from qa.pipeline import Pipeline

    return Pipeline(settings, progress=report_progress)


def report_progress(message: str) -> None:
    """Show a step of a long job (building the index) on stderr; a skipped file as a warning."""
    if message.startswith("warning:"):
        err.print(f"[yellow]{escape(message)}[/]")
    else:
        err.print(f"[dim]{escape(message)}…[/]")


def print_answer(answer: Answer) -> None:
    """Print an answer for a person: the answer, then its numbered sources, indented."""
    out.print(Text(answer.answer, style="yellow" if answer.abstained else "bold"))
    if answer.citations:
        out.print()
        for c in answer.citations:
            head = Text.assemble(
                (f"[{c.n}] ", "cyan"), (c.title, "bold"), (f"  {c.where() or c.doc_id} · score {c.score:.2f}", "dim")
            )
            out.print(Padding(head, (0, 0, 0, 2), expand=False))
            out.print(Padding(Text(f"“{c.text}”", style="italic"), (0, 0, 0, 6), expand=False))
    out.print(Text(f"confidence {answer.confidence:.2f}", style="dim"))


def print_json(obj: Any) -> None:
    """Print JSON on stdout (no markup, no wrapping)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")



class errors_as_messages:
    """Turn a QAError into a one-line message and exit code 1."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        if isinstance(exc, QAError):
            fail(str(exc))
        return False
