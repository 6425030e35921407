"""Real servers for tests: `qa serve`, redis-server and PostgreSQL processes on free loopback ports."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(*options: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Start `qa serve` on a free port; return the process and its base URL once /readyz says ready."""
    port = free_port()
    command = [sys.executable, "-m", "qa.cli.app", "serve", "--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    process = subprocess.Popen(
        [*command, *options],
        env={**os.environ, "QA_RATE_LIMIT_PER_MINUTE": "0", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"qa serve exited with {process.returncode}: {process.stdout.read()}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    stop(process)
    raise AssertionError("qa serve did not become ready in 90 s")


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        out, _ = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    return out


def start_redis(folder: Path, server: str = "redis-server") -> tuple[subprocess.Popen, int]:
    """Start a throwaway redis-server (nothing saved to disk); return it and its port once it answers."""
    import redis

    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            return process, port
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.05)


PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/nonexistent"))


def unprivileged() -> dict[str, int] | None:
    """Popen's user and group for running a server that refuses root (PostgreSQL); {} when not root."""
    if os.geteuid() != 0:
        return {}
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return {"user": entry.pw_uid, "group": entry.pw_gid}
    return None


def start_postgres(account: dict[str, int]) -> tuple[subprocess.Popen, str, Path]:
    """initdb a throwaway cluster (trust auth, no fsync) and start it on loopback; return it, its URL, its folder."""
    import psycopg

    folder = Path(tempfile.mkdtemp(prefix="qa-pg-"))  # not under pytest's root-only folders: the server reads it
    if account:
        os.chown(folder, account["user"], account["group"])
    data = folder / "data"
    initdb = [PG_BIN / "initdb", "-D", data, "-U", "qa", "--auth=trust", "-E", "UTF8", "--no-sync"]
    subprocess.run(initdb, check=True, capture_output=True, **account)
    port = free_port()
    process = subprocess.Popen(
        [PG_BIN / "postgres", "-D", data, "-h", "127.0.0.1", "-p", str(port), "-k", str(folder), "-F"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **account,
    )
    url = f"postgresql://qa@127.0.0.1:{port}/postgres"
    deadline = time.monotonic() + 30
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return process, url, folder
        except psycopg.OperationalError:
            if time.monotonic() > deadline or process.poll() is not None:
                stop_postgres(process, folder)
                raise


def stop_postgres(process: subprocess.Popen, folder: Path) -> None:
    """Stop the server ("fast" shutdown: open connections are closed) and delete its cluster."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(folder, ignore_errors=True)
