"""`qa ask`, `qa index`, `qa serve` (/v1/ask, /readyz) and `qa eval retrieval` with --backend opensearch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
import typer
from servers import free_port, start_serve, stop
from typer.testing import CliRunner, Result

from qa.cli.app import app
from qa.cli.eval import eval_app
from qa.search.opensearch import Cluster


def environment(cluster: Cluster, tmp_path: Path) -> dict[str, str]:
    """The QA_* variables of a deployment on the test node (no QA_* from the shell)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env |= {"QA_BACKEND": "opensearch", "QA_OPENSEARCH_URL": cluster.urls[0], "QA_OPENSEARCH_INDEX": cluster.index}
    env |= {"QA_OPENSEARCH_REPLICAS": "0", "QA_INDEX": str(tmp_path / "index"), "COLUMNS": "200"}
    return env


def invoke(env: dict[str, str], *args: str) -> Result:
    cli = typer.Typer()
    cli.add_typer(eval_app, name="eval")
    return CliRunner().invoke(app if args[0] != "eval" else cli, list(args), env=env)


def test_index_then_ask(cluster: Cluster, tmp_path: Path) -> None:
    env = environment(cluster, tmp_path)
    built = invoke(env, "index", "--shards", "2")
    assert built.exit_code == 0, built.output
    assert f"index {cluster.index}-" in built.stdout and "(opensearch)" in built.stdout
    physical = next(iter(cluster.connect().indices.get_alias(name=cluster.index)))
    settings = cluster.connect().indices.get_settings(index=physical)[physical]["settings"]["index"]
    assert settings["number_of_shards"] == "2" and settings["similarity"]["qa_bm25"] == {
        "type": "BM25",
        "k1": "1.2",
        "b": "0.75",
    }
    question = "How much will Twitter charge for API access?"
    asked = invoke(env, "ask", question, "--json")
    reference = invoke(env | {"QA_BACKEND": "bm25s"}, "ask", question, "--json")
    assert asked.exit_code == 0 and reference.exit_code == 0, asked.output
    answer, expected = json.loads(asked.stdout), json.loads(reference.stdout)
    assert answer["answer"] == expected["answer"]  # the same passages lead to the same answer
    assert [c["passage_id"] for c in answer["citations"]] == [c["passage_id"] for c in expected["citations"]]
    found = json.loads(invoke(env, "search", "Twitter API price", "-k", "5", "--json").stdout)
    bm25s = json.loads(invoke(env | {"QA_BACKEND": "bm25s"}, "search", "Twitter API price", "-k", "5", "--json").stdout)
    assert [h["passage_id"] for h in found["hits"]][:3] == [h["passage_id"] for h in bm25s["hits"]][:3]
    assert not (tmp_path / "index" / "opensearch").exists()  # the index is in the cluster only


def test_a_cluster_that_is_down_is_a_one_line_error(tmp_path: Path) -> None:
    env = environment(Cluster((f"http://127.0.0.1:{free_port()}",)), tmp_path)
    result = invoke(env, "ask", "Who threatened to sue Microsoft?")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: cannot reach OpenSearch at http://127.0.0.1:")
    assert "Traceback" not in result.output


def test_eval_retrieval_runs_in_the_cluster(cluster: Cluster, tmp_path: Path) -> None:
    env = environment(cluster, tmp_path)
    reference = invoke(env | {"QA_BACKEND": "bm25s"}, "eval", "retrieval", "--backend", "bm25s", "--json")
    result = invoke(env, "eval", "retrieval", "--backend", "opensearch", "--json")
    assert reference.exit_code == 0 and result.exit_code == 0, result.output
    expected, got = json.loads(reference.stdout), json.loads(result.stdout)
    assert got["nDCG@10"] == pytest.approx(expected["nDCG@10"], abs=0.01)
    assert got["R@100"] == pytest.approx(expected["R@100"], abs=0.01)
    assert cluster.connect().indices.exists_alias(name=f"{cluster.index}-eval")


def test_serve_answers_from_the_cluster_and_maps_its_failure_to_503(cluster: Cluster, tmp_path: Path) -> None:
    env = environment(cluster, tmp_path)
    assert invoke(env, "index").exit_code == 0
    # A serving machine: no corpus folder, only the cluster.
    process, url = start_serve("--backend", "opensearch", env=env | {"QA_CORPUS": str(tmp_path / "no-corpus")})
    try:
        ready = httpx.get(f"{url}/readyz").json()
        assert ready["backend"] == "opensearch" and ready["passages"] > 0
        body = {"question": "Who threatened to sue Microsoft?"}
        answer = httpx.post(f"{url}/v1/ask", json=body, timeout=30)
        assert answer.status_code == 200 and answer.json()["question"] == body["question"]
        hits = httpx.get(f"{url}/v1/search", params={"q": "Getty Images lawsuit", "k": 3}, timeout=30).json()["hits"]
        assert hits and "Getty" in hits[0]["text"]
        client = cluster.connect()
        for name in client.indices.get_alias(name=cluster.index):
            client.indices.delete(index=name)  # the cluster loses the index under the worker
        body = {"question": "What did Getty Images do?"}
        failed = httpx.post(f"{url}/v1/ask", json=body, timeout=30)
        assert failed.status_code == 503, failed.text
        assert failed.json()["error"] == "backend_unavailable"
        assert f"has no index '{cluster.index}'" in failed.json()["detail"]
    finally:
        stop(process)


def test_readyz_says_why_while_the_cluster_is_down(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from qa.http.app import create_app
    from qa.settings import Settings

    url = f"http://127.0.0.1:{free_port()}"
    settings = Settings(backend="opensearch", opensearch_url=url, index=tmp_path / "index", rate_limit_per_minute=0)
    with TestClient(create_app(settings)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["error"] == "not_ready" and f"cannot reach OpenSearch at {url}" in ready.json()["detail"]
        asked = client.post("/v1/ask", json={"question": "Who threatened to sue Microsoft?"})
        assert asked.status_code == 503 and "cannot reach OpenSearch" in asked.json()["detail"]
