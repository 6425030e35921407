"""The one way the project opens a SQLite file: folder made, WAL mode (workers share it), schema in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qa.errors import StoreUnavailable


def open_sqlite(path: Path, *schema: str) -> sqlite3.Connection:
    """Return a connection to the file at `path`, shareable between threads, with `schema` statements run.

    Raises OSError or sqlite3.Error; callers turn them into their own error.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for statement in schema:
        db.execute(statement)
    return db


class SqliteFile:
    """A SQLite file opened on first use and closed on demand; callers hold their own lock around it."""

    def __init__(self, path: Path, what: str, *schema: str) -> None:
        self.path, self.what, self.schema = path, what, schema
        self._db: sqlite3.Connection | None = None

    def connection(self) -> sqlite3.Connection:
        """The open connection; StoreUnavailable (naming `what` and the file) if it cannot be opened."""
        if self._db is None:
            try:
                self._db = open_sqlite(self.path, *self.schema)
            except (OSError, sqlite3.Error) as exc:
                raise StoreUnavailable(f"cannot open the {self.what} {self.path}: {exc}") from exc
        return self._db

    def close(self) -> None:
        """Close the connection, if open; the next use opens it again."""
        if self._db is not None:
            self._db.close()
            self._db = None
