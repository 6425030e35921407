"""Which conversation each thread continues, kept where a restart does not lose it.

Redis when QA_REDIS_URL is set (the conversations live there too), else the SQLite file
(QA_FEEDBACK_DB, beside the votes). An entry lives as long as a conversation may: idle
longer than QA_CONVERSATION_TTL_SECONDS, the thread starts a new conversation anyway.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from qa.errors import StoreUnavailable
from qa.settings import Settings
from qa.sqlite import open_sqlite

PREFIX = "qa:discord:thread:"


class ThreadMap(Protocol):
    """Thread (or DM, or answer message) id -> conversation id, kept across restarts."""

    def get(self, key: int) -> str | None: ...

    def set(self, key: int, conversation_id: str) -> None: ...


class SqliteThreadMap:
    """The map in a SQLite file (table `discord_threads`)."""

    def __init__(self, path: Path, ttl: float = 1800.0, size: int = 10_000) -> None:
        self.path, self.ttl, self.size = path, ttl, size
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _run(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        with self._lock:
            try:
                if self._db is None:
                    self._db = open_sqlite(
                        self.path,
                        "CREATE TABLE IF NOT EXISTS discord_threads "
                        "(key INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, used REAL NOT NULL)",
                    )
                return self._db.execute(sql, params).fetchall()
            except (OSError, sqlite3.Error) as exc:
                raise StoreUnavailable(f"cannot use the thread map in {self.path}: {exc}") from exc

    def get(self, key: int) -> str | None:
        rows = self._run(
            "SELECT conversation_id FROM discord_threads WHERE key = ? AND used > ?", (key, time.time() - self.ttl)
        )
        return rows[0][0] if rows else None

    def set(self, key: int, conversation_id: str) -> None:
        now = time.time()
        self._run("INSERT OR REPLACE INTO discord_threads VALUES (?, ?, ?)", (key, conversation_id, now))
        self._run(
            "DELETE FROM discord_threads WHERE used <= ? OR key IN "
            "(SELECT key FROM discord_threads ORDER BY used DESC LIMIT -1 OFFSET ?)",
            (now - self.ttl, self.size),
        )


class RedisThreadMap:
    """The map in Redis: one key per thread, expiring with the conversation."""

    def __init__(self, client: Any, ttl: float = 1800.0) -> None:
        self.client, self.ttl = client, ttl

    def get(self, key: int) -> str | None:
        import redis

        try:
            found = self.client.get(f"{PREFIX}{key}")
        except redis.RedisError as exc:
            raise StoreUnavailable(f"cannot read the thread map from Redis: {exc}") from exc
        return found.decode() if isinstance(found, bytes) else found

    def set(self, key: int, conversation_id: str) -> None:
        import redis

        try:
            self.client.set(f"{PREFIX}{key}", conversation_id, px=int(self.ttl * 1000))
        except redis.RedisError as exc:
            raise StoreUnavailable(f"cannot write the thread map to Redis: {exc}") from exc


def thread_map_for(settings: Settings) -> ThreadMap:
    """Redis when `settings.redis_url` is set, else the SQLite file of `settings.feedback_path`."""
    if settings.redis_url:
        import redis

        return RedisThreadMap(redis.Redis.from_url(settings.redis_url), settings.conversation_ttl_seconds)
    return SqliteThreadMap(settings.feedback_path, settings.conversation_ttl_seconds, settings.max_conversations)
