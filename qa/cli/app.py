"""The `qa` command: ask, chat, search, index, eval, serve, discord.

Heavy libraries (FastAPI, discord.py, the eval metrics) are imported inside the commands
that need them, so `qa ask` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from qa.cli.common import (
    BackendOpt,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    TopKOpt,
    check_range,
    err,
    errors_as_messages,
    out,
    pipeline_for,
    print_answer,
    print_json,
    report_progress,
    settings_from,
)
from qa.cli.inspect import inspect_cmd
from qa.errors import QAError
from qa.models import SearchHit, where
from qa.records import dump
from qa.text import counted

app = typer.Typer(
    help="Ask questions over a document corpus; get short answers with cited sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
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
        print_json(dump(answer))
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

    Type a question per line; an empty line, "exit" or Ctrl-D ends it. After an answer,
    "/good" or "/bad [what was wrong]" rates it (see qa feedback).
    """
    from qa.cli.feedback import ChatVotes

    check_range("--top-k", top_k, 1, 50)
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    pipeline = pipeline_for(settings)
    with errors_as_messages():
        pipeline.index  # noqa: B018  (load before the first prompt)
    conversation_id = None
    votes = ChatVotes(settings, pipeline)
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("you> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            break
        if line.strip().lower() in ("", "exit", "quit", ":q"):
            break
        if not interactive:
            out.print(f"you> {escape(line)}")
        if votes.command(line):
            continue
        try:
            answer = pipeline.ask(line, conversation_id=conversation_id, top_k=top_k)
        except QAError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            continue
        conversation_id = answer.conversation_id
        votes.answered(conversation_id)
        print_answer(answer)
        out.print()
    votes.close()


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="words to search for")],
    k: Annotated[int, typer.Option("-k", help="how many passages (1 to QA_MAX_SEARCH_K, default 100)")] = 5,
    as_json: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
) -> None:
    """Show the ranked passages for a query, with scores and sources.

    Example: qa search "Getty Images lawsuit" -k 5
    """
    settings = settings_from(corpus=corpus, index=index, backend=backend)
    check_range("-k", k, 1, settings.max_search_k)  # the one limit, shared with GET /v1/search
    with errors_as_messages():
        pipeline = pipeline_for(settings)
        hits = pipeline.search(query, k)
    if as_json:  # the shape of GET /v1/search
        print_json({"query": query, "hits": [dump(SearchHit.of(h)) for h in hits]})
        return
    if not hits:
        out.print("[yellow]No passage matches.[/]")
    for h in hits:
        p = h.passage
        place = p.id
        if p.heading or p.line or p.page:  # a structured document says where the passage is
            place += " · " + where(pipeline.index.documents[p.doc_id].file, p.heading, p.line, p.end_line, p.page)
        out.print(f"[cyan]{h.rank:>2}.[/] [bold]{h.score:6.2f}[/]  {escape(p.title)} [dim]({escape(place)})[/]")
        out.print(f"     {escape(h.passage.text)}\n")


@app.command("index")
def index_cmd(
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    backend: BackendOpt = None,
    force: Annotated[bool, typer.Option("--force", help="rebuild even if the index is up to date")] = False,
    strict: Annotated[
        bool | None, typer.Option("--strict", help="a file that cannot be read is an error, not skipped [env QA_STRICT]")
    ] = None,
    shards: Annotated[
        int | None, typer.Option("--shards", help="opensearch: primary shards [env QA_OPENSEARCH_SHARDS, default 1]")
    ] = None,
    replicas: Annotated[
        int | None, typer.Option("--replicas", help="opensearch: copies of each shard [env QA_OPENSEARCH_REPLICAS, default 1]")
    ] = None,
) -> None:
    """(Re)build the index of the corpus; `qa ask` does this by itself on first use.

    Files that cannot be read (binary, undecodable, empty, malformed) are skipped with a warning.
    With --backend opensearch the index is built in the cluster at QA_OPENSEARCH_URL and
    switched in by an alias when complete. Example: qa index --backend opensearch --shards 4 --replicas 1
    """
    settings = settings_from(
        corpus=corpus,
        index=index,
        backend=backend,
        strict=strict or None,
        opensearch_shards=shards,
        opensearch_replicas=replicas,
    )
    with errors_as_messages():
        pipeline = pipeline_for(settings)
        ix = pipeline.rebuild() if force else pipeline.index
    out.print(
        f"index {ix.path}: {counted(len(ix.documents), 'document')}, {counted(len(ix.passages), 'passage')}, "
        f"{counted(len(ix.sentences), 'sentence')} ({ix.config.backend})"
    )
    out.print(escape(ix.summary()))


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
    from qa.http.server import run

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
    from bots.discord.bot import run

    with errors_as_messages():
        run(settings, token_file=token_file)


app.command("inspect")(inspect_cmd)


def main() -> None:
    """Entry point of the `qa` console script."""
    from qa.cli.eval import eval_app
    from qa.cli.feedback import feedback_app

    app.add_typer(eval_app, name="eval")
    app.add_typer(feedback_app, name="feedback")
    app()


if __name__ == "__main__":
    main()
