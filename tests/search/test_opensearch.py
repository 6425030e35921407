"""The OpenSearch backend against a real node: same ranking as bm25s, the alias switch, clear errors.

The node is started once per run (tests/opensearch_fixtures.py); each test has an alias of its own.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from conftest import BUNDLED
from servers import free_port

from qa.errors import BackendUnavailable
from qa.search.index import Index, IndexConfig, open_index
from qa.search.opensearch import Cluster, OpenSearchScorer
from qa.search.opensearch_index import current, open_cluster_index, open_published
from qa.text import stems

QUESTIONS = [
    json.loads(line)["question"] for line in (BUNDLED.parent / "eval" / "questions.jsonl").read_text().splitlines()
][:40]
TOLERANCE = 0.03  # Lucene keeps a passage's length in one byte: scores may differ by this share


def ranked(index: Index, question: str, k: int) -> tuple[list[int], list[float]]:
    bag = stems(question)
    if isinstance(index.scorer, OpenSearchScorer):
        positions, scores = index.scorer.top(bag, k)
        return positions.tolist(), scores.tolist()
    all_scores = index.scorer.scores(bag)
    top = [int(i) for i in np.argsort(-all_scores, kind="stable")[:k] if all_scores[i] > 0]
    return top, [float(all_scores[i]) for i in top]


def test_tiny_corpus_ranks_exactly_as_bm25s(tiny_corpus: Path, tmp_path: Path, cluster: Cluster) -> None:
    reference = open_index(tiny_corpus, tmp_path, IndexConfig())
    index = open_cluster_index(tiny_corpus, IndexConfig(backend="opensearch"), cluster)
    for question in ["which animal purrs", "cold river fish", "a dog in the park", "birds fly south", "zebra"]:
        expected, expected_scores = ranked(reference, question, 4)
        got, scores = ranked(index, question, 4)
        assert got == expected, question
        assert scores == pytest.approx(expected_scores, rel=1e-4), question


def test_bundled_corpus_ranks_as_bm25s(bundled_index: Index, cluster: Cluster) -> None:
    index = open_cluster_index(BUNDLED, IndexConfig(backend="opensearch"), cluster)
    assert [p.id for p in index.passages] == [p.id for p in bundled_index.passages]
    for question in QUESTIONS:
        reference = bundled_index.scorer.scores(stems(question))
        got, scores = ranked(index, question, 10)
        if not got:
            assert not reference.any(), question
            continue
        # The same passages score the same, within Lucene's rounding of lengths ...
        assert scores == pytest.approx([reference[i] for i in got], rel=TOLERANCE), question
        # ... so the order is bm25s's but for near-ties, and nothing better than the 10th is missing.
        for a, b in pairwise(got):
            assert reference[a] >= reference[b] * (1 - TOLERANCE), question
        missing = set(np.flatnonzero(reference > reference[got[-1]] * (1 + TOLERANCE)).tolist()) - set(got)
        assert not missing, question


def test_a_worker_reads_everything_from_the_cluster(tiny_corpus: Path, tmp_path: Path, cluster: Cluster) -> None:
    built = open_cluster_index(tiny_corpus, IndexConfig(backend="opensearch"), cluster)
    opened = open_published(cluster)
    assert opened.fingerprint == built.fingerprint
    assert opened.documents == built.documents
    assert opened.passages == built.passages
    assert opened.sentences == built.sentences and opened.sentence_stems == built.sentence_stems
    assert (opened.passage_freq, opened.vocabulary) == (built.passage_freq, built.vocabulary)
    # Without the corpus folder the published index is used as it is.
    elsewhere = open_cluster_index(tmp_path / "no-corpus-here", IndexConfig(backend="opensearch"), cluster)
    assert elsewhere.fingerprint == built.fingerprint


def test_queries_during_a_rebuild_answer_from_the_old_index_then_the_new(tiny_corpus: Path, cluster: Cluster) -> None:
    open_cluster_index(tiny_corpus, IndexConfig(backend="opensearch"), cluster)
    reader = open_published(cluster)
    old_name = current(cluster.connect(), cluster)
    seen: list[str] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set():
            try:
                positions, _ = reader.scorer.top(stems("which animal purrs"), 1)  # type: ignore[union-attr]
                seen.append(reader.passages[int(positions[0])].doc_id)
            except BaseException as exc:
                errors.append(exc)
                return

    thread = threading.Thread(target=ask)
    thread.start()
    try:
        time.sleep(0.5)
        (tiny_corpus / "cat.txt").write_text("A lion roars at night.\n", encoding="utf-8")
        (tiny_corpus / "kitten.txt").write_text("A kitten purrs and purrs on the sofa.\n", encoding="utf-8")
        rebuilt = open_cluster_index(tiny_corpus, IndexConfig(backend="opensearch"), cluster)
        deadline = time.monotonic() + 20
        while (not seen or seen[-1] != "kitten") and time.monotonic() < deadline and not errors:
            time.sleep(0.1)
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert seen[0] == "cat" and seen[-1] == "kitten"
    assert seen == sorted(seen)  # "cat"s, then "kitten"s: never back to the old index
    client = cluster.connect()
    assert current(client, cluster) == str(rebuilt.path) != old_name
    assert not client.indices.exists(index=old_name)  # the old index is dropped


def test_unreachable_cluster_is_a_clear_error() -> None:
    cluster = Cluster((f"http://127.0.0.1:{free_port()}",), timeout=2)
    with pytest.raises(BackendUnavailable, match=r"cannot reach OpenSearch at http://127\.0\.0\.1:\d+ while"):
        open_published(cluster)


def test_missing_index_is_a_clear_error(cluster: Cluster, tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match=rf"has no index '{cluster.index}'.*qa index --backend opensearch"):
        open_published(cluster)
    with pytest.raises(BackendUnavailable, match="no corpus at"):
        open_cluster_index(tmp_path / "missing", IndexConfig(backend="opensearch"), cluster)


def test_a_red_index_is_a_clear_error(cluster: Cluster) -> None:
    client = cluster.connect()
    name = f"{cluster.index}-red"
    body = {"settings": {"index": {"number_of_replicas": 0, "routing.allocation.require._name": "no-such-node"}}}
    client.indices.create(index=name, body=body, wait_for_active_shards=0)
    client.indices.put_alias(index=name, name=cluster.index)
    with pytest.raises(BackendUnavailable, match=r"is red for index .*shards unassigned"):
        open_published(cluster)


class _Refuses(BaseHTTPRequestHandler):
    """Answers as OpenSearch's security plugin does to a wrong password."""

    def do_GET(self) -> None:
        self.send_response(401)
        self.send_header("content-type", "text/plain; charset=UTF-8")
        self.send_header("WWW-Authenticate", 'Basic realm="OpenSearch Security"')
        self.end_headers()
        self.wfile.write(b"Unauthorized")

    do_HEAD = do_POST = do_PUT = do_GET

    def log_message(self, *args: object) -> None:
        pass


def test_refused_credentials_are_a_clear_error() -> None:
    # The integ-test distribution has no security plugin, so a loopback server answers as it would.
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Refuses)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        cluster = Cluster((f"http://127.0.0.1:{server.server_port}",), user="qa", password="wrong", timeout=5)
        with pytest.raises(BackendUnavailable, match=r"refused the credentials.*\(401\).*QA_OPENSEARCH_PASSWORD"):
            open_published(cluster)
    finally:
        server.shutdown()
        server.server_close()
