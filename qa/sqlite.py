"""The one way the project opens a SQLite file: folder made, WAL mode (workers share it), schema in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path


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
