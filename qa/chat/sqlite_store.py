"""Conversations in a SQLite file, so that a restarted process (the Discord bot) continues them.

Same rules as the other stores: a conversation idle for `ttl` seconds expires, and at most
`size` are kept, the least recently used dropped first. For one process, or a few on one
machine (WAL mode); several machines share Redis instead.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from qa.chat.conversation import Conversation
from qa.errors import StoreUnavailable
from qa.records import dumps, loads
from qa.sqlite import SqliteFile


class SqliteStore:
    """Conversations in the SQLite file at `path` (table `conversations`)."""

    def __init__(
        self, path: Path, ttl: float = 1800.0, size: int = 10_000, clock: Callable[[], float] = time.time
    ) -> None:
        self.path, self.ttl, self.size, self.clock = path, ttl, size, clock
        self._lock = threading.Lock()
        self._file = SqliteFile(
            path,
            "conversation file",
            "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, data TEXT NOT NULL, used REAL NOT NULL)",
            "CREATE INDEX IF NOT EXISTS conversations_used ON conversations (used)",
        )

    def _connect(self) -> sqlite3.Connection:
        return self._file.connection()

    def get(self, conversation_id: str) -> Conversation | None:
        """The conversation, unless unknown or idle for longer than `ttl`; a read renews it."""
        now = self.clock()
        with self._lock:
            try:
                db = self._connect()
                row = db.execute(
                    "SELECT data FROM conversations WHERE id = ? AND used > ?", (conversation_id, now - self.ttl)
                ).fetchone()
                if row is not None:
                    db.execute("UPDATE conversations SET used = ? WHERE id = ?", (now, conversation_id))
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot read the conversation file {self.path}: {exc}") from exc
        return None if row is None else loads(Conversation, row[0])

    def put(self, conversation: Conversation) -> None:
        """Store the conversation; drop the expired ones and the least recently used beyond `size`."""
        now = self.clock()
        with self._lock:
            try:
                db = self._connect()
                db.execute(
                    "INSERT OR REPLACE INTO conversations (id, data, used) VALUES (?, ?, ?)",
                    (conversation.id, dumps(conversation), now),
                )
                db.execute("DELETE FROM conversations WHERE used <= ?", (now - self.ttl,))
                db.execute(
                    "DELETE FROM conversations WHERE id IN (SELECT id FROM conversations ORDER BY used DESC LIMIT -1 OFFSET ?)",
                    (self.size,),
                )
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"cannot write to the conversation file {self.path}: {exc}") from exc

    def __len__(self) -> int:
        with self._lock:
            return self._connect().execute("SELECT count(*) FROM conversations").fetchone()[0]

    def close(self) -> None:
        """Release the file."""
        with self._lock:
            self._file.close()
