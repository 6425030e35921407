"""What the `qa` command prints, with rich and nothing else (so `qa ask` need not load typer).

rich itself (a fifth of `qa ask`'s start-up) is loaded only when it changes what is printed:
an answer printed to a pipe or a file, the common case in scripts, is plain text that rich
would wrap and pad the same way (`plain_answer`, checked against rich by the tests); a
terminal, forced colour, or text rich measures differently (wide or control characters)
goes through rich as before.
"""

from __future__ import annotations

import json
import os
import re
import sys
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from qa.models import Answer

if TYPE_CHECKING:
    from rich.console import Console

# Characters one cell wide for rich, and never special to it (no control characters, tabs or line breaks).
_ONE_CELL = re.compile("[\x20-\x7e\u00a0-\u017f\u2010-\u2027\u2030-\u205e]*")
_WORD = re.compile(r"\s*\S+\s*")  # rich's words for wrapping: a word and the spaces after it
# rich looks at these before deciding how a console behaves (colour, terminal, width).
_RICH_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")


@cache
def _consoles() -> tuple[Console, Console]:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False), Console(stderr=True, highlight=False, soft_wrap=True)


def __getattr__(name: str) -> Any:
    """`out` and `err`, the rich consoles of stdout and stderr, made on first use."""
    if name in ("out", "err"):
        return _consoles()[name == "err"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _escape(message: str) -> str:
    from rich.markup import escape

    return escape(message)


def error_line(message: str) -> None:
    """Print the one-line `error: ...` every failure of the command shows."""
    _consoles()[1].print(f"[bold red]error:[/] {_escape(message)}")


def report_progress(message: str) -> None:
    """Show a step of a long job (building the index) on stderr; a skipped file as a warning."""
    err = _consoles()[1]
    if message.startswith("warning:"):
        err.print(f"[yellow]{_escape(message)}[/]")
    else:
        err.print(f"[dim]{_escape(message)}…[/]")


def print_answer(answer: Answer) -> None:
    """Print an answer for a person: the answer, then its numbered sources, indented."""
    width = _plain_width()
    text = plain_answer(answer, width) if width else None
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    rich_answer(_consoles()[0], answer)


def rich_answer(out: Console, answer: Answer) -> None:
    """Print an answer on a rich console: styled on a terminal, wrapped to its width."""
    from rich.padding import Padding
    from rich.text import Text

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


def _plain_width() -> int | None:
    """The width rich would wrap stdout at when it would print no colour or control codes; else None."""
    try:
        if sys.stdout.isatty() or sys.platform == "win32" or any(os.environ.get(v) is not None for v in _RICH_ENV):
            return None
    except (AttributeError, ValueError):  # no stdout, or a closed one: rich decides
        return None
    if "ipykernel" in sys.modules or os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return None
    width = None
    for fd in (0, 1, 2):  # as rich sizes a console: the first standard stream that is a terminal
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    width = width or 80
    return width if width >= 20 else None


def plain_answer(answer: Answer, width: int) -> str | None:
    """The answer as rich prints it to a `width`-column file that is not a terminal; None if unsure."""
    blocks = [_wrapped(answer.answer, width)]
    if answer.citations:
        blocks.append("\n")
        for c in answer.citations:
            head = f"[{c.n}] {c.title}  {c.where() or c.doc_id} · score {c.score:.2f}"
            blocks += [_padded(head, 2, width), _padded(f"“{c.text}”", 6, width)]
    blocks.append(_wrapped(f"confidence {answer.confidence:.2f}", width))
    return None if None in blocks else "".join(blocks)  # type: ignore[arg-type]


def _lines(text: str, width: int) -> list[str] | None:
    """`text` word-wrapped as rich wraps a Text `width` cells wide (None for text rich measures otherwise)."""
    if _ONE_CELL.fullmatch(text) is None:  # also no line breaks: one line to wrap
        return None
    line, breaks, offset = text, [], 0
    for m in _WORD.finditer(line):
        start, word = m.start(), m.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:  # a word longer than a line is folded across lines
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for i, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                start += len(piece)
                offset = len(piece) if i == len(pieces) - 1 else offset
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    out: list[str] = []
    cuts = [0, *breaks, len(line)]
    for a, b in pairwise(cuts):
        piece = line[a:b]
        if len(piece) > width:  # trailing spaces past the width are dropped
            stripped = piece.rstrip()
            piece = piece[: max(len(stripped), width)]
            if len(piece) > width:
                return None
        out.append(piece)
    return out


def _wrapped(text: str, width: int) -> str | None:
    lines = _lines(text, width)
    return None if lines is None else "".join(f"{line}\n" for line in lines)


def _padded(text: str, left: int, width: int) -> str | None:
    """`text` as rich prints Padding(Text(text), (0, 0, 0, left), expand=False): indented, lines filled to one width."""
    inner = min(min(len(text), width) + left, width) - left
    lines = _lines(text, inner) if inner > 0 else None
    return None if lines is None else "".join(f"{' ' * left}{line.ljust(inner)}\n" for line in lines)
