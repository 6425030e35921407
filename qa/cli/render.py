"""What the `qa` command prints, with rich and nothing else (so `qa ask` need not load typer)."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from qa.models import Answer

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """Print the one-line `error: ...` every failure of the command shows."""
    err.print(f"[bold red]error:[/] {escape(message)}")


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
