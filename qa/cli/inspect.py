"""`qa inspect FILE`: the passages a file becomes and every line left out, with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from qa.cli.common import JsonOpt, errors_as_messages, fail, out, print_json, settings_from
from qa.models import where
from qa.records import dump
from qa.text import counted


def inspect_cmd(
    file: Annotated[Path, typer.Argument(help="a .txt, .md, .html, .pdf or .jsonl file")],
    as_json: JsonOpt = False,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="the corpus folder the file is in (for its document id)")
    ] = None,
) -> None:
    """Show the passages a file becomes and every dropped line with the reason it was dropped.

    Example: qa inspect docs/install.md
    """
    from qa.ingest.inspect import inspect_file

    settings = settings_from()
    if corpus is not None and not file.resolve().is_relative_to(corpus.resolve()):
        fail(f"{file} is not inside the corpus folder {corpus}")
    if not file.is_file():
        fail(f"{file} is not a file")
    with errors_as_messages():
        root = corpus.resolve() if corpus else None
        found = inspect_file(file.resolve() if root else file, settings.passage_sentences, settings.passage_overlap, root)
    if as_json:
        print_json(
            {
                "file": str(file),
                "documents": [{"id": d.id, "title": d.title} for d in found.documents],
                "passages": [{k: v for k, v in dump(p).items() if k != "sentences"} for p in found.passages],
                "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in found.dropped],
            }
        )
        return
    files = {d.id: d.file for d in found.documents}
    out.print(
        f"[bold]{escape(str(file))}[/]: {counted(len(found.documents), 'document')}, {counted(len(found.passages), 'passage')}, "
        f"{len(found.dropped)} dropped"
    )
    for p in found.passages:
        place = where(files.get(p.doc_id), p.heading, p.line, p.end_line, p.page)
        out.print(f"\n[cyan]{escape(p.id)}[/]  [dim]{escape(place)}[/]")
        out.print(escape(p.text))
    if found.dropped:
        out.print("\n[bold]dropped[/]")
    for d in found.dropped:
        at = f"line {d.line}" if d.line else "      "
        text = d.text if len(d.text) <= 100 else d.text[:99] + "…"
        out.print(f"  [dim]{at:>9}[/]  [yellow]{escape(d.reason)}[/]: {escape(text)}")
