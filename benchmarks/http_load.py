"""Load on the HTTP service: POST /v1/ask beside GET /healthz (a trivial JSON endpoint), same run.

    python benchmarks/http_load.py [--duration 60] [--connections 16] [--workers 1]

Starts `qa serve` on a loopback port (no access log, no rate limit), then drives each endpoint
with wrk (Debian's `wrk` package: `apt-get install wrk`) for `--duration` seconds over
`--connections` keep-alive connections: requests/second, p50/p95/p99 latency, errors (socket
errors and non-2xx). The questions cycle through data/eval/questions.jsonl, each a new
conversation, so the conversation store fills up to its bound; standalone questions come
from the answer cache after their first time, as repeated questions do in use. A second
server with the cache off (QA_ANSWER_CACHE=0) shows the cost of composing every answer.
The server's memory (RSS of all its processes) is sampled every second during the /v1/ask run.
Target: /v1/ask at least half the requests/second of /healthz, zero errors, flat memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %f, "socket_errors": %d, "status_errors": %d, '
    .. '"p50_ms": %f, "p95_ms": %f, "p99_ms": %f}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def ask_script(questions: list[str]) -> str:
    """A wrk script that POSTs the questions in turn."""
    bodies = ",\n".join(json.dumps(json.dumps({"question": q})) for q in questions)
    return f"""
local bodies = {{
{bodies}
}}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, "/v1/ask", nil, bodies[i])
end
{DONE}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (workers), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def start_server(workers: int, index: Path, answer_cache: int | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [sys.executable, "-m", "qa.cli.app", "serve", "--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "QA_RATE_LIMIT_PER_MINUTE": "0", "QA_INDEX": str(index)}
    if answer_cache is not None:
        env["QA_ANSWER_CACHE"] = str(answer_cache)
    process = subprocess.Popen([*command, "--no-access-log"], env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("qa serve did not become ready")


def run_wrk(url: str, script: str, duration: int, connections: int, threads: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", f.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(f.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    result["rps"] = result["requests"] / result["seconds"]
    result["errors"] = result["socket_errors"] + result["status_errors"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds per endpoint (the README figure: 60)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--workers", type=int, default=1, help="qa serve worker processes")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")

    questions = [json.loads(line)["question"] for line in (ROOT / "data/eval/questions.jsonl").read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="qa-load-") as tmp:
        process, url = start_server(args.workers, Path(tmp) / "index")
        try:
            trivial = run_wrk(url + "/healthz", DONE, args.duration, args.connections, args.threads)
            samples: list[tuple[float, float]] = []
            stop = threading.Event()

            def sample() -> None:
                start = time.monotonic()
                while not stop.wait(1.0):
                    samples.append((time.monotonic() - start, rss_mb(process.pid)))

            before = rss_mb(process.pid)
            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            ask = run_wrk(url, ask_script(questions), args.duration, args.connections, args.threads)
            stop.set()
            sampler.join()
        finally:
            process.terminate()
            process.wait(timeout=20)
        process, url = start_server(args.workers, Path(tmp) / "index", answer_cache=0)
        try:
            uncached = run_wrk(url, ask_script(questions), args.duration, args.connections, args.threads)
        finally:
            process.terminate()
            process.wait(timeout=20)

    print(f"qa serve, {args.workers} worker(s); wrk {args.threads} thread(s), {args.connections} connections, {args.duration} s each\n")
    print(f"{'endpoint':<14}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'errors':>8}{'ratio':>8}")
    rows = (("GET /healthz", trivial), ("POST /v1/ask", ask), ("  cache off", uncached))
    for name, r in rows:
        ratio = r["rps"] / trivial["rps"]
        print(f"{name:<14}{r['rps']:>10.0f}{r['p50_ms']:>10.2f}{r['p95_ms']:>10.2f}{r['p99_ms']:>10.2f}{r['errors']:>8}{ratio:>8.2f}")
    mid = [m for t, m in samples if t >= args.duration / 2]
    print(
        f"\nmemory (RSS, all server processes): {before:.0f} MB before /v1/ask, "
        f"{samples[0][1] if samples else before:.0f} MB after 1 s, max {max((m for _, m in samples), default=before):.0f} MB, "
        f"{samples[-1][1] if samples else before:.0f} MB at the end; second half of the run: "
        f"{min(mid, default=0):.0f}-{max(mid, default=0):.0f} MB"
    )
    target = ask["rps"] >= 0.5 * trivial["rps"] and ask["errors"] == 0 and trivial["errors"] == 0
    print(f"target (ask >= 0.5x trivial, zero errors): {'met' if target else 'NOT met'}")


if __name__ == "__main__":
    main()
