"""The `qa` command: ask, chat, search, index, eval, serve, discord.

Heavy libraries (FastAPI, discord.py, the eval metrics) are imported inside the commands
that need them, so `qa ask` starts fast.
"""

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
from qa.models import Answer, SearchHit
from qa.settings import Backend, Settings

app = typer.Typer(
    help="Ask questions over a document corpus; get short answers with cited sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
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
    """Show a step of a long job (building the index) on stderr."""
    err.print(f"[dim]{escape(message)}…[/]")


def print_answer(answer: Answer) -> None:
    """Print an answer for a person: the answer, then its numbered sources, indented."""
    out.print(Text(answer.answer, style="yellow" if answer.abstained else "bold"))
    if answer.citations:
        out.print()
        for c in answer.citations:
            head = Text.assemble(
                (f"[{c.n}] ", "cyan"), (c.title, "bold"), (f"  {c.doc_id} · score {c.score:.2f}", "dim")
            )
            out.print(Padding(head, (0, 0, 0, 2), expand=False))
            out.print(Padding(Text(f"“{c.text}”", style="italic"), (0, 0, 0, 6), expand=False))
    out.print(Text(f"confidence {answer.confidence:.2f}", style="dim"))


def print_json(obj: Any) -> None:
    """Print JSON on stdout (no markup, no wrapping)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question, in quotes")],
    as_json: JsonOpt = False,
    top_k: TopKOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Answer one question, citing the passages it comes from.

    Example: qa ask "What is Musk accusing Microsoft of?" --json
    """
    check_range("--top-k", top_k, 1, 50)
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    with errors_as_messages():
        answer = pipeline_for(settings).ask(question, top_k=top_k)
    if as_json:
        print_json(answer.model_dump(mode="json"))
    else:
        print_answer(answer)


@app.command()
def chat(
    top_k: TopKOpt = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """A conversation: follow-ups such as "Why did they do that?" use the earlier turns.

    Type a question per line; an empty line, "exit" or Ctrl-D ends it.
    """
    check_range("--top-k", top_k, 1, 50)
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    pipeline = pipeline_for(settings)
    with errors_as_messages():
        pipeline.index  # noqa: B018  (load before the first prompt)
    conversation_id = None
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("you> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            break
        if line.strip().lower() in ("", "exit", "quit", ":q"):
            break
        try:
            answer = pipeline.ask(line, conversation_id=conversation_id, top_k=top_k)
        except QAError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            continue
        conversation_id = answer.conversation_id
        if not interactive:
            out.print(f"you> {escape(line)}")
        print_answer(answer)
        out.print()


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="words to search for")],
    k: Annotated[int, typer.Option("-k", help="how many passages (1-1000)")] = 5,
    as_json: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Show the ranked passages for a query, with scores and sources.

    Example: qa search "Getty Images lawsuit" -k 5
    """
    check_range("-k", k, 1, 1000)
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    with errors_as_messages():
        hits = pipeline_for(settings).search(query, k)
    if as_json:
        print_json([SearchHit.of(h).model_dump() for h in hits])
        return
    if not hits:
        out.print("[yellow]No passage matches.[/]")
    for h in hits:
        out.print(
            f"[cyan]{h.rank:>2}.[/] [bold]{h.score:6.2f}[/]  {escape(h.passage.title)} [dim]({escape(h.passage.id)})[/]"
        )
        out.print(f"     {escape(h.passage.text)}\n")


@app.command("index")
def index_cmd(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
    force: Annotated[bool, typer.Option("--force", help="rebuild even if the index is up to date")] = False,
) -> None:
    """(Re)build the index of the corpus; `qa ask` does this by itself on first use."""
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    with errors_as_messages():
        pipeline = pipeline_for(settings)
        ix = pipeline.rebuild() if force else pipeline.index
    out.print(
        f"index {ix.path}: {len(ix.documents)} documents, {len(ix.passages)} passages, "
        f"{len(ix.sentences)} sentences ({ix.config.backend})"
    )


@app.command("serve")
def serve_cmd(
    host: Annotated[str | None, typer.Option("--host", help="address to listen on [env QA_HOST, default 127.0.0.1]")] = None,
    port: Annotated[int | None, typer.Option("--port", help="port to listen on [env QA_PORT, default 8000]")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="worker processes [env QA_WORKERS, default 1]")] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log", help="log every request")] = True,
) -> None:
    """Run the HTTP service: POST /v1/ask, GET /v1/search, the chat page at /, docs at /docs.

    Example: qa serve --host 127.0.0.1 --port 8000 --workers 2
    """
    check_range("--port", port, 0, 65535)
    check_range("--workers", workers, 1, 64)
    settings = settings_from(host=host, port=port, workers=workers, corpus=corpus, index=index, backend=backend)
    from qa.server import run

    with errors_as_messages():
        run(settings, access_log=access_log, progress=report_progress)


@app.command("discord")
def discord_cmd(
    token_file: Annotated[
        Path | None, typer.Option("--token-file", help="file holding the bot token (else DISCORD_TOKEN)")
    ] = None,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Run the Discord bot: /ask, mentions, and follow-ups in the answer's thread."""
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    from bots.discord_bot import run

    with errors_as_messages():
        run(settings, token_file=token_file)


class errors_as_messages:
    """Turn a QAError into a one-line message and exit code 1."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        if isinstance(exc, QAError):
            fail(str(exc))
        return False


def main() -> None:
    """Entry point of the `qa` console script."""
    from qa.evaluate_cli import eval_app

    app.add_typer(eval_app, name="eval")
    app()


if __name__ == "__main__":
    main()
