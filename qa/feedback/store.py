"""Where votes live: a SQLite file by default, PostgreSQL when several workers or machines share them.

    store = open_store(Path("index/feedback.sqlite3"), url=None)   # or url="postgresql://..."
    store.save(feedback)                                            # one vote per voter per answer
    store.votes(down_only=True)

Both stores keep one row per (conversation, turn, voter): a second vote replaces the first.
Answering never waits for them: adapters hand votes to a `FeedbackWriter`, whose thread
writes them and logs and counts what fails.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from qa.errors import StoreUnavailable
from qa.feedback.models import Feedback
from qa.sqlite import SqliteFile

_COLUMNS = "conversation_id, turn, voter, vote, comment, created, record"


class FeedbackStore(Protocol):
    """Votes on answers, one per voter per answer."""

    def save(self, feedback: Feedback) -> None:
        """Store a vote, replacing the same voter's earlier vote on the same answer."""
        ...

    def votes(self, *, down_only: bool = False, since: datetime | None = None) -> list[Feedback]:
        """Return the votes, oldest first; only 👎 with `down_only`; only those at or after `since`."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def _row(feedback: Feedback) -> tuple[Any, ...]:
    return (
        feedback.conversation_id,
        feedback.turn,
        feedback.voter,
        feedback.vote,
        feedback.comment,
        feedback.created.astimezone(UTC).isoformat(),
        feedback.model_dump_json(),
    )


def _since(since: datetime | None) -> str | None:
    if since is None:
        return None
    return (since if since.tzinfo else since.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


class SqliteFeedbackStore:
    """Votes in a SQLite file (WAL mode: the workers of one machine may share it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._file = SqliteFile(
            path,
            "feedback database",
            "CREATE TABLE IF NOT EXISTS feedback (conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, "
            "voter TEXT NOT NULL, vote TEXT NOT NULL, comment TEXT, created TEXT NOT NULL, "
            "record TEXT NOT NULL, PRIMARY KEY (conversation_id, turn, voter))",
        )

    def _connect(self) -> sqlite3.Connection:
        return self._file.connection()

    def save(self, feedback: Feedback) -> None:
        with self._lock:
            try:
                self._connect().execute(
                    f"INSERT OR REPLACE INTO feedback ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", _row(feedback)
                )
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot write to the feedback database {self.path}: {exc}") from exc

    def votes(self, *, down_only: bool = False, since: datetime | None = None) -> list[Feedback]:
        if not self.path.exists():
            return []
        query = "SELECT record FROM feedback WHERE (? = 0 OR vote = 'down') AND (? IS NULL OR created >= ?)"
        with self._lock:
            try:
                stamp = _since(since)
                rows = self._connect().execute(query + " ORDER BY created", (int(down_only), stamp, stamp))
                return [Feedback.model_validate_json(r[0]) for r in rows.fetchall()]
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot read the feedback database {self.path}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._file.close()


class PostgresFeedbackStore:
    """Votes in PostgreSQL (`QA_FEEDBACK_URL=postgresql://user@host/db`), shared by every worker and machine."""

    def __init__(self, url: str, connect_timeout: float = 5.0) -> None:
        self.url, self.connect_timeout = url, connect_timeout
        self._lock = threading.Lock()
        self._db: Any = None

    def _connect(self) -> Any:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreUnavailable("QA_FEEDBACK_URL needs psycopg: pip install -e '.[feedback]'") from exc
        if self._db is None or self._db.closed:
            self._db = psycopg.connect(self.url, autocommit=True, connect_timeout=max(1, round(self.connect_timeout)))
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS qa_feedback (conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, "
                "voter TEXT NOT NULL, vote TEXT NOT NULL, comment TEXT, created TIMESTAMPTZ NOT NULL, "
                "record JSONB NOT NULL, PRIMARY KEY (conversation_id, turn, voter))"
            )
        return self._db

    def _run(self, what: str, sql: str, params: tuple[Any, ...]) -> list[Any]:
        with self._lock:
            try:
                cursor = self._connect().execute(sql, params)
                return cursor.fetchall() if cursor.description else []
            except StoreUnavailable:
                raise
            except Exception as exc:
                import psycopg  # imported by _connect: it is installed

                if not isinstance(exc, psycopg.Error):
                    raise
                if self._db is not None and self._db.broken:
                    self._db = None  # reconnect next time
                raise StoreUnavailable(f"cannot {what} the feedback database: {exc}".strip()) from exc

    def save(self, feedback: Feedback) -> None:
        self._run(
            "write to",
            f"INSERT INTO qa_feedback ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (conversation_id, turn, voter) DO UPDATE SET vote = EXCLUDED.vote, "
            "comment = EXCLUDED.comment, created = EXCLUDED.created, record = EXCLUDED.record",
            _row(feedback),
        )

    def votes(self, *, down_only: bool = False, since: datetime | None = None) -> list[Feedback]:
        stamp = _since(since)
        rows = self._run(
            "read",
            "SELECT record::text FROM qa_feedback WHERE (%s = 0 OR vote = 'down') "
            "AND (%s::timestamptz IS NULL OR created >= %s::timestamptz) ORDER BY created",
            (int(down_only), stamp, stamp),
        )
        return [Feedback.model_validate(json.loads(r[0])) for r in rows]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def open_store(path: Path, url: str | None = None) -> FeedbackStore:
    """PostgreSQL when `url` is given, else the SQLite file at `path`; nothing is opened until first use."""
    if url:
        return PostgresFeedbackStore(url)
    return SqliteFeedbackStore(path)
