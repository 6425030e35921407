"""What every `qa` command shares: settings from options, one-line errors, printing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from qa.cli.render import err, error_line, out, print_answer, print_json, report_progress
from qa.errors import QAError
from qa.settings import Backend, InvalidSetting, Settings

__all__ = ["err", "out", "print_answer", "print_json", "report_progress"]  # printing lives in qa.cli.render

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
    except InvalidSetting as exc:
        fail(str(exc))
        raise  # unreachable: fail() exits


def check_range(option: str, value: int | None, low: int, high: int) -> None:
    """Exit with a one-line error unless `value` is None or within [low, high]."""
    if value is not None and not low <= value <= high:
        fail(f"{option} must be between {low} and {high}, not {value}")


def fail(message: str, code: int = 1) -> None:
    """Print a one-line error and exit."""
    error_line(message)
    raise typer.Exit(code)


def pipeline_for(settings: Settings) -> Any:
    """Return a pipeline that reports index building on stderr."""
    from qa.pipeline import Pipeline

    return Pipeline(settings, progress=report_progress)


class errors_as_messages:
    """Turn a QAError into a one-line message and exit code 1."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        if isinstance(exc, QAError):
            fail(str(exc))
        return False
