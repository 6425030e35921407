#!/usr/bin/env python3
"""Run a real OpenSearch node (or a small cluster) on loopback, for trying the backend and for the tests.

    python scripts/opensearch_node.py                 # one node; prints its URL, Ctrl-C stops it
    python scripts/opensearch_node.py --nodes 2       # two nodes on loopback (one cluster)
    python scripts/opensearch_node.py --fetch-only    # download the distribution and exit

The distribution is OpenSearch's `integ-test-zip` from Maven Central (plain HTTP, no security
plugin), fetched with Maven once and kept in ~/.cache/qa-opensearch (or $QA_OPENSEARCH_CACHE).
2.x runs on Java 17; 3.x needs Java 21 or later, looked for in /usr/lib/jvm.
Each run unpacks it into a fresh temporary folder holding the data and logs too, removed on exit.
OpenSearch refuses to run as root: run as root, the script creates the system user
`qa-opensearch` and starts the nodes as that user.

Tests import this file and use `start_cluster` (see tests/search/conftest.py).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

VERSION = "2.19.6"
ARTIFACT = "org.opensearch.distribution.integ-test-zip:opensearch:{version}:zip"
USER = "qa-opensearch"
HEAP = "512m"


def cache_dir() -> Path:
    """Where the downloaded distribution is kept between runs."""
    return Path(os.environ.get("QA_OPENSEARCH_CACHE", Path.home() / ".cache" / "qa-opensearch"))


def fetch(version: str = VERSION) -> Path:
    """Return the distribution's zip, downloading it from Maven Central with Maven the first time."""
    target = cache_dir() / f"opensearch-{version}.zip"
    if target.exists():
        return target
    if shutil.which("mvn") is None:
        raise SystemExit("error: Maven (mvn) is needed to fetch OpenSearch; install it (apt-get install maven)")
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        "mvn",
        "-q",
        "-B",
        "dependency:copy",
        f"-Dartifact={ARTIFACT.format(version=version)}",
        f"-DoutputDirectory={target.parent}",
    ]
    print(f"fetching OpenSearch {version} from Maven Central…", file=sys.stderr)
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not target.exists():
        raise SystemExit(f"error: mvn could not fetch {ARTIFACT.format(version=version)}:\n{done.stdout}{done.stderr}")
    return target


def java_home(version: str) -> str:
    """A JDK able to run `version`: $JAVA_HOME or the default java for 2.x, a JDK 21+ from /usr/lib/jvm for 3.x."""
    if int(version.split(".")[0]) < 3:
        if os.environ.get("JAVA_HOME"):
            return os.environ["JAVA_HOME"]
        java = shutil.which("java")
        if java is None:
            raise SystemExit("error: OpenSearch needs Java 17 or later; install a JDK or set JAVA_HOME")
        return str(Path(java).resolve().parent.parent)
    for jdk in sorted(Path("/usr/lib/jvm").glob("*"), reverse=True):
        release = jdk / "release"
        if release.exists() and (line := _java_version(release.read_text())) and line >= 21:
            return str(jdk)
    raise SystemExit(f"error: OpenSearch {version} needs Java 21 or later; none found in /usr/lib/jvm")


def _java_version(release: str) -> int:
    for line in release.splitlines():
        if line.startswith("JAVA_VERSION="):
            return int(line.split("=", 1)[1].strip('"').split(".")[0])
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_as() -> tuple[int, int] | None:
    """The (uid, gid) to run OpenSearch as: a system user created when we are root, else None (ourselves)."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(USER)
    return entry.pw_uid, entry.pw_gid


@dataclass
class Node:
    """One OpenSearch process."""

    name: str
    http_port: int
    transport_port: int
    folder: Path
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def stop(self, timeout: float = 30) -> None:
        """Stop the node (SIGTERM, then SIGKILL); its data stays until the cluster is removed."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log(self) -> str:
        """The last lines of the node's log, for error messages."""
        files = sorted((self.folder / "logs").glob("*.log"))
        text = "".join(f.read_text(errors="replace") for f in files if f.name.endswith(("_server.json", ".log")))
        return "\n".join(text.splitlines()[-40:])


@dataclass
class Cluster:
    """Nodes of one cluster under one temporary folder; `urls` for the client, `close()` removes it all."""

    folder: Path
    nodes: list[Node] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.nodes[0].url

    @property
    def urls(self) -> list[str]:
        return [n.url for n in self.nodes]

    def close(self) -> None:
        for node in self.nodes:
            node.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def _unpack(zip_path: Path, folder: Path) -> Path:
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(folder)
        top = z.namelist()[0].split("/")[0]
    home = folder / top
    for script in (home / "bin").iterdir():
        script.chmod(0o755)  # zipfile drops the executable bits
    return home


def _configure(home: Path, node: Node, names: list[str], seeds: list[int], heap: str) -> Path:
    conf = node.folder / "config"
    shutil.copytree(home / "config", conf)
    (node.folder / "tmp").mkdir()
    settings = {
        "cluster.name": "qa-test",
        "node.name": node.name,
        "network.host": "127.0.0.1",
        "http.port": node.http_port,
        "transport.port": node.transport_port,
        "path.data": str(node.folder / "data"),
        "path.logs": str(node.folder / "logs"),
        # Tests fill small disks too: never refuse to allocate shards for lack of free space.
        "cluster.routing.allocation.disk.threshold_enabled": False,
        "action.auto_create_index": False,
    }
    if len(names) == 1:
        settings["discovery.type"] = "single-node"
    else:
        settings["discovery.seed_hosts"] = [f"127.0.0.1:{p}" for p in seeds]
        settings["cluster.initial_cluster_manager_nodes"] = names[:1]
        if node.name != names[0]:
            settings["node.roles"] = ["data", "ingest"]  # only the first node manages the cluster
    (conf / "opensearch.yml").write_text("".join(f"{k}: {json.dumps(v)}\n" for k, v in settings.items()))
    (conf / "jvm.options").write_text(
        f"-Xms{heap}\n-Xmx{heap}\n-XX:+UseG1GC\n-Djava.io.tmpdir=${{OPENSEARCH_TMPDIR}}\n"
        "-XX:-HeapDumpOnOutOfMemoryError\n-XX:-UsePerfData\n"
        "18-:-Djava.security.manager=allow\n20-:--add-modules=jdk.incubator.vector\n"
        "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
        "org.opensearch.secure_sm.SecuredForkJoinWorkerThreadFactory\n"
    )
    return conf


def _launch(home: Path, node: Node, conf: Path, user: tuple[int, int] | None, java: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENSEARCH_", "JAVA_"))}
    env.update(OPENSEARCH_PATH_CONF=str(conf), OPENSEARCH_TMPDIR=str(node.folder / "tmp"))
    env["OPENSEARCH_JAVA_HOME"] = java
    command = [str(home / "bin" / "opensearch"), "-q"]
    if user is not None:
        uid, gid = user
        command = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--", *command]
        env["HOME"] = str(node.folder)
    out = open(node.folder / "stdout.log", "w")  # noqa: SIM115 (the process writes to it after we return)
    node.process = subprocess.Popen(
        command, cwd=node.folder, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    out.close()


def _health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=2) as r:
            return json.load(r)
    except (urllib.error.URLError, OSError, ValueError):
        return None


def wait_ready(cluster: Cluster, timeout: float) -> None:
    """Wait until every node answers and the cluster has them all; raise RuntimeError with the log if not."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in cluster.nodes:
            if node.process is not None and node.process.poll() is not None:
                stdout = (node.folder / "stdout.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{node.name} exited with {node.process.returncode}:\n{stdout}\n{node.log()}")
        health = [_health(n.url) for n in cluster.nodes]
        if all(h is not None and h.get("number_of_nodes") == len(cluster.nodes) for h in health):
            return
        time.sleep(0.3)
    raise RuntimeError(f"OpenSearch did not start in {timeout:.0f} s:\n{cluster.nodes[0].log()}")


def start_cluster(
    nodes: int = 1,
    version: str = VERSION,
    port: int | None = None,
    heap: str = HEAP,
    timeout: float = 120,
    parent: Path | None = None,
) -> Cluster:
    """Fetch (once), unpack and start `nodes` nodes on loopback; return once they form a cluster."""
    zip_path = fetch(version)
    user = run_as()
    folder = Path(tempfile.mkdtemp(prefix="qa-opensearch-", dir=parent))
    cluster = Cluster(folder)
    atexit.register(cluster.close)  # nodes run in their own session: never leave them behind
    try:
        home = _unpack(zip_path, folder / "dist")
        names = [f"node-{i}" for i in range(nodes)]
        transport = [free_port() for _ in names]
        for i, name in enumerate(names):
            http = port + i if port else free_port()
            node_dir = folder / name
            node_dir.mkdir()
            cluster.nodes.append(Node(name, http, transport[i], node_dir))
        if user is not None:
            _chown(folder, *user)
        java = java_home(version)
        for node in cluster.nodes:
            conf = _configure(home, node, names, transport, heap)
            if user is not None:
                _chown(node.folder, *user)
            _launch(home, node, conf, user, java)
        wait_ready(cluster, timeout)
    except BaseException:
        cluster.close()
        raise
    return cluster


def _chown(folder: Path, uid: int, gid: int) -> None:
    os.chown(folder, uid, gid)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid, follow_symlinks=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", default=VERSION, help=f"OpenSearch version (default {VERSION})")
    parser.add_argument("--nodes", type=int, default=1, help="nodes in the cluster (default 1)")
    parser.add_argument("--port", type=int, help="HTTP port of the first node (default: a free port)")
    parser.add_argument("--heap", default=HEAP, help=f"Java heap per node (default {HEAP})")
    parser.add_argument("--fetch-only", action="store_true", help="download the distribution and exit")
    args = parser.parse_args()
    if args.fetch_only:
        print(fetch(args.version))
        return
    cluster = start_cluster(args.nodes, args.version, args.port, args.heap)
    stop = False

    def on_signal(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(f"ready {','.join(cluster.urls)}", flush=True)
    print(f"export QA_OPENSEARCH_URL={','.join(cluster.urls)}   # Ctrl-C stops the cluster", file=sys.stderr)
    try:
        while not stop and all(n.process is not None and n.process.poll() is None for n in cluster.nodes):
            time.sleep(0.5)
    finally:
        cluster.close()


if __name__ == "__main__":
    main()
