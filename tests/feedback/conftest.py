"""A real PostgreSQL server (Debian's package) on a loopback port, started once per run, and sample votes."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from servers import free_port

from qa.feedback import Feedback
from qa.models import Citation

PG_BIN = next((p for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/nonexistent"))


def _as_user() -> dict[str, int]:
    """Popen's user/group for an unprivileged account when run as root (PostgreSQL refuses to run as root)."""
    if os.geteuid() != 0:
        return {}
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return {"user": entry.pw_uid, "group": entry.pw_gid}
    pytest.skip("running as root and no unprivileged account to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """`postgresql://qa@127.0.0.1:<port>/postgres` of a throwaway server (trust auth, no fsync)."""
    if not (PG_BIN / "postgres").exists():
        pytest.skip("PostgreSQL's server is not installed (CI installs Debian's postgresql)")
    import psycopg

    account = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="qa-pg-"))  # not under pytest's root-only folders: the server reads it
    if account:
        os.chown(folder, account["user"], account["group"])
    data = folder / "data"
    subprocess.run(
        [PG_BIN / "initdb", "-D", data, "-U", "qa", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"],
        check=True,
        capture_output=True,
        **account,
    )
    port = free_port()
    server = subprocess.Popen(
        [PG_BIN / "postgres", "-D", data, "-h", "127.0.0.1", "-p", str(port), "-k", str(folder), "-F"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **account,
    )
    url = f"postgresql://qa@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(url, connect_timeout=2).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        server.send_signal(signal.SIGINT)  # "fast" shutdown: open connections are closed
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


CITATION = Citation(
    n=1,
    doc_id="003_eb8d1d1d17b4e45c",
    title="Twitter CEO, Elon Musk, threatened to sue Microsoft",
    passage_id="003_eb8d1d1d17b4e45c#0",
    text="Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday.",
    score=7.31,
)


@pytest.fixture
def make_vote() -> Callable[..., Feedback]:
    """Build a vote on an answer about Musk; keywords override any field."""
    start = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)

    def make(**fields: object) -> Feedback:
        minutes = fields.pop("minutes", 0)
        values: dict[str, object] = {
            "conversation_id": "c0ffee00c0ffee00c0ffee00c0ffee00",
            "turn": 0,
            "vote": "up",
            "question": "Who threatened to sue Microsoft?",
            "answer": "Elon Musk. Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday [1].",
            "span": "Elon Musk",
            "confidence": 0.9,
            "citations": [CITATION],
            "context": [],
            "created": start + timedelta(minutes=float(minutes)),  # type: ignore[arg-type]
        }
        values.update(fields)
        return Feedback.model_validate(values)

    return make

