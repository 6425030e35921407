"""Two OpenSearch nodes on loopback (2 shards, 1 replica): stop one mid-run and queries keep their answers."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from typing import Any

import opensearch_fixtures
import pytest
from conftest import BUNDLED

from qa.search.index import IndexConfig
from qa.search.opensearch import Cluster
from qa.search.opensearch_index import open_cluster_index, open_published
from qa.text import stems

QUESTIONS = ["Musk sue Microsoft", "Twitter API price", "Reddit charge API", "Getty Images Stability lawsuit"]


@pytest.fixture(scope="module")
def two_nodes() -> Iterator[Any]:
    if shutil.which("java") is None or shutil.which("mvn") is None:
        pytest.skip("OpenSearch tests need Java 17+ and Maven (CI has both)")
    pair = opensearch_fixtures.node_runner().start_cluster(nodes=2)
    yield pair
    pair.close()


def test_stopping_a_node_loses_no_answer(two_nodes: Any) -> None:
    cluster = Cluster(tuple(two_nodes.urls), index="qa-pair", shards=2, replicas=1, timeout=30)
    open_cluster_index(BUNDLED, IndexConfig(backend="opensearch"), cluster)
    client = cluster.connect()
    assert (
        client.cluster.health(index="qa-pair", wait_for_status="green", timeout="60s", request_timeout=70)["status"]
        == "green"
    )
    shards = client.cat.shards(index="qa-pair", format="json")
    assert {(s["shard"], s["prirep"]) for s in shards} == {("0", "p"), ("0", "r"), ("1", "p"), ("1", "r")}
    assert len({s["node"] for s in shards}) == 2  # each node holds a copy of every shard

    reader = open_published(cluster)
    before = {q: reader.scorer.top(stems(q), 10) for q in QUESTIONS}  # type: ignore[union-attr]
    answers: list[dict] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            try:
                answers.append({q: reader.scorer.top(stems(q), 10) for q in QUESTIONS})  # type: ignore[union-attr]
            except BaseException as exc:
                errors.append(exc)
                return

    thread = threading.Thread(target=ask)
    thread.start()
    try:
        while len(answers) < 3 and not errors:
            stop.wait(0.05)
        two_nodes.nodes[1].stop()  # the data node that does not manage the cluster
        seen = len(answers)
        while len(answers) < seen + 10 and not errors:
            stop.wait(0.05)
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    for result in answers:
        for q in QUESTIONS:
            assert result[q][0].tolist() == before[q][0].tolist(), q
            assert result[q][1].tolist() == pytest.approx(before[q][1].tolist(), rel=1e-5), q
    survivor = Cluster((two_nodes.urls[0],)).connect()
    health = survivor.cluster.health(index="qa-pair", wait_for_nodes="1", timeout="30s", request_timeout=40)
    assert health["status"] == "yellow" and health["number_of_nodes"] == 1  # every shard still has a copy
    count = survivor.count(index="qa-pair", body={"query": {"term": {"kind": "passage"}}})
    assert count["count"] == len(reader.passages)  # nothing lost
