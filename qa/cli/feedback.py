"""`qa feedback`: the votes people gave answers, as a table or as an eval set for `qa eval`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from qa.cli.common import IndexOpt, JsonOpt, err, errors_as_messages, fail, out, print_json, settings_from

if TYPE_CHECKING:  # imported when a vote is cast: qa chat starts as fast without them
    from qa.feedback.models import Feedback
    from qa.feedback.recorder import Recorder
    from qa.pipeline import Pipeline
    from qa.settings import Settings

feedback_app = typer.Typer(
    help="Votes on answers (👍/👎 from the chat page, Discord, HTTP and qa chat): list them, export them.",
    no_args_is_help=True,
)
DownOpt = Annotated[bool, typer.Option("--down", help="only 👎 votes")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="only votes from this date on (2026-05-01, UTC)")]
DbOpt = Annotated[
    Path | None, typer.Option("--db", help="SQLite file of votes [env QA_FEEDBACK_DB, default INDEX/feedback.sqlite3]")
]


def parse_since(text: str | None) -> datetime | None:
    """A date ("2026-05-01") or a date and time, read as UTC unless it says otherwise."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        fail(f"--since must be a date such as 2026-05-01, not {text!r}")
        raise  # unreachable: fail() exits
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _votes(index: Path | None, db: Path | None, down: bool, since: str | None) -> list[Feedback]:
    from qa.feedback.store import open_store

    settings = settings_from(index=index, feedback_db=db)
    store = open_store(settings.feedback_path, settings.feedback_url)
    with errors_as_messages():
        try:
            return store.votes(down_only=down, since=parse_since(since))
        finally:
            store.close()


@feedback_app.command("list")
def list_cmd(
    down: DownOpt = False, since: SinceOpt = None, as_json: JsonOpt = False, index: IndexOpt = None, db: DbOpt = None
) -> None:
    """Show the votes as a table, oldest first.

    Example: qa feedback list --down --since 2026-05-01
    """
    votes = _votes(index, db, down, since)
    if as_json:
        print_json([v.model_dump(mode="json") for v in votes])
        return
    if not votes:
        err.print("[yellow]No votes yet.[/]")
        return
    table = Table(title=f"{len(votes)} vote{'s' * (len(votes) != 1)}", show_lines=False)
    for name in ("when (UTC)", "vote", "question", "answer", "comment", "from"):
        table.add_column(name, overflow="fold")
    for v in votes:
        answer = v.answer if len(v.answer) <= 80 else v.answer[:79] + "…"
        table.add_row(
            v.created.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
            "👍" if v.vote == "up" else "👎",
            escape(v.question),
            escape(answer),
            escape(v.comment or ""),
            v.surface,
        )
    out.print(table)


@feedback_app.command("export")
def export_cmd(
    format: Annotated[
        str, typer.Option("--format", help="eval: an eval set for qa eval --questions; jsonl: every vote as stored")
    ] = "eval",
    down: DownOpt = False,
    since: SinceOpt = None,
    index: IndexOpt = None,
    db: DbOpt = None,
) -> None:
    """Write the votes as JSON lines on stdout.

    --format eval writes the bundled eval set's format, one line per distinct question: a 👍
    makes the answer's span and cited documents the gold; a 👎 is marked needs_review for a
    person to fill in `answers` and `doc_ids` (or set `answerable` to false) and remove the mark.

    Example: qa feedback export --format eval > votes.jsonl && qa eval --questions votes.jsonl
    """
    from qa.feedback.export import eval_jsonl, votes_jsonl

    if format not in ("eval", "jsonl"):
        fail(f"--format must be eval or jsonl, not {format!r}")
    votes = _votes(index, db, down, since)
    for line in (eval_jsonl if format == "eval" else votes_jsonl)(votes):
        sys.stdout.write(line + "\n")


class ChatVotes:
    """`/good` and `/bad [comment]` in `qa chat`: a vote on the latest answer, stored as any other."""

    def __init__(self, settings: Settings, pipeline: Pipeline) -> None:
        self.settings, self.pipeline = settings, pipeline
        self.rated: tuple[str, int] | None = None
        self._recorder: Recorder | None = None

    def answered(self, conversation_id: str | None) -> None:
        """Remember the answer just given as the one the next /good or /bad rates."""
        turn = self.pipeline.conversation(conversation_id).last_turn if conversation_id else None
        self.rated = (conversation_id, turn) if conversation_id and turn is not None else None

    def command(self, line: str) -> bool:
        """Handle `line` if it is /good or /bad; True when it was one."""
        word, _, comment = line.strip().partition(" ")
        if word.lower() not in ("/good", "/bad"):
            return False
        if self.rated is None:
            err.print("[yellow]Nothing to rate yet: ask a question first.[/]")
            return True
        vote = "up" if word.lower() == "/good" else "down"
        with errors_as_messages():
            self.recorder().vote(*self.rated, vote, comment.strip() or None, voter="cli", surface="cli")
        out.print(f"[dim]Noted {'👍' if vote == 'up' else '👎'}. Thank you.[/]")
        return True

    def recorder(self) -> Recorder:
        """The recorder, made on the first vote."""
        from qa.feedback.recorder import Recorder
        from qa.feedback.store import open_store
        from qa.feedback.writer import FeedbackWriter

        if self._recorder is None:
            s = self.settings
            self._recorder = Recorder(self.pipeline, FeedbackWriter(open_store(s.feedback_path, s.feedback_url)))
        return self._recorder

    def close(self) -> None:
        """Write the votes still queued."""
        if self._recorder is not None:
            self._recorder.writer.close()
