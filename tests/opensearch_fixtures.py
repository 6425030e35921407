"""Fixtures for the OpenSearch tests: a real node for the whole run, started by scripts/opensearch_node.py.

Java 17+ and Maven are needed (CI has both). tests/conftest.py imports the fixtures, so every
test module shares the one node.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import uuid
from collections.abc import Iterator
from types import ModuleType

import pytest

from qa.search.opensearch import Cluster
from qa.settings import ROOT


def node_runner() -> ModuleType:
    """scripts/opensearch_node.py, imported (it is a script, not part of the package)."""
    if "opensearch_node" not in sys.modules:
        spec = importlib.util.spec_from_file_location("opensearch_node", ROOT / "scripts" / "opensearch_node.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["opensearch_node"] = module
        spec.loader.exec_module(module)
    return sys.modules["opensearch_node"]


@pytest.fixture(scope="session")
def opensearch_url() -> Iterator[str]:
    """The URL of one OpenSearch node on loopback, up for the whole run."""
    if shutil.which("java") is None or shutil.which("mvn") is None:
        pytest.skip("OpenSearch tests need Java 17+ and Maven (CI has both)")
    cluster = node_runner().start_cluster(nodes=1)
    yield cluster.url
    cluster.close()


@pytest.fixture
def cluster(opensearch_url: str) -> Iterator[Cluster]:
    """A Cluster on the session's node with an alias of its own (no replicas: one node); removed afterwards."""
    found = Cluster((opensearch_url,), index=f"qa-test-{uuid.uuid4().hex[:8]}", replicas=0, timeout=60)
    yield found
    client = found.connect()
    client.indices.delete(index=f"{found.index}-*", ignore_unavailable=True)
