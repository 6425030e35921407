"""`qa serve` as a deployment runs it: a real uvicorn process on a loopback port."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servers import start_serve, stop

from qa.settings import ROOT

CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="module")
def server(bundled_index_root: Path) -> Iterator[str]:
    process, url = start_serve("--corpus", str(CORPUS), "--index", str(bundled_index_root))
    yield url
    stop(process)


def test_a_question_and_a_follow_up_over_real_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as client:
        first = client.post("/v1/ask", json={"question": "What is Musk accusing Microsoft of?"})
        assert first.status_code == 200
        body = first.json()
        assert not body["abstained"] and body["citations"]
        follow = client.post("/v1/ask", json={"question": "Why?", "conversation_id": body["conversation_id"]})
        assert follow.status_code == 200
        assert follow.json()["conversation_id"] == body["conversation_id"]
        cited = client.get(f"/v1/documents/{body['citations'][0]['doc_id']}")
        assert body["citations"][0]["text"] in cited.json()["text"]


def test_bad_input_over_the_wire_is_json_never_a_traceback(server: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as client:
        broken = client.post("/v1/ask", content=b'{"question": ', headers={"content-type": "application/json"})
        assert broken.status_code == 400 and broken.json()["error"] == "malformed_json"
        huge = client.post("/v1/ask", content=b"x" * 100_000, headers={"content-type": "application/json"})
        assert huge.status_code == 413 and huge.json()["error"] == "body_too_large"
        assert client.get("/v1/documents/missing").json()["error"] == "document_not_found"


def test_metrics_and_docs_are_served(server: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as client:
        client.post("/v1/ask", json={"question": "Who threatened to sue Microsoft?"})
        metrics = client.get("/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        assert 'qa_http_requests_total{method="POST",route="/v1/ask",status="200"}' in metrics.text
        assert client.get("/docs").status_code == 200


def test_several_workers_share_the_built_index_and_add_up_their_metrics(
    bundled_index_root: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"  # a fresh folder: the parent builds it once, before the workers start
    process, url = start_serve("--corpus", str(CORPUS), "--index", str(index), "--workers", "2")
    try:
        with httpx.Client(base_url=url, timeout=10) as client:
            for _ in range(6):
                assert client.get("/v1/search", params={"q": "Getty Images"}).status_code == 200
            assert 'route="/v1/search",status="200"} 6.0' in client.get("/metrics").text
    finally:
        output = stop(process)
    assert output.count("indexing ") == 1, output  # built by the parent only, not once per worker


def test_serve_refuses_a_missing_corpus_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qa.cli.app", "serve", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "error:" in result.stderr and "nope" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
