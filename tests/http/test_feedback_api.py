"""POST /v1/feedback: votes on answers, kept with the answer they rate, counted in /metrics."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from qa.feedback import Feedback, SqliteFeedbackStore
from qa.http.app import create_app
from qa.settings import ROOT, Settings

CORPUS = ROOT / "data" / "corpus"


@pytest.fixture
def serve(bundled_index_root: Path, tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    """Start the app over the bundled corpus, votes in a SQLite file under tmp_path; yields a client factory."""
    clients: list[TestClient] = []

    def start(**options: object) -> TestClient:
        options = {"index": bundled_index_root, "corpus": CORPUS, "rate_limit_per_minute": 0} | options
        options.setdefault("feedback_db", tmp_path / "feedback.sqlite3")
        client = TestClient(create_app(Settings(**options)), raise_server_exceptions=False)
        clients.append(client.__enter__())
        return client

    yield start
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(serve: Callable[..., TestClient]) -> TestClient:
    return serve()


def stored(client: TestClient) -> list[Feedback]:
    """The votes in the app's store, once its writer has caught up."""
    svc = client.app.state.service
    assert svc.feedback.writer.flush()
    return SqliteFeedbackStore(svc.settings.feedback_path).votes()


def ask(client: TestClient, question: str, conversation_id: str | None = None) -> dict:
    response = client.post("/v1/ask", json={"question": question, "conversation_id": conversation_id})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_vote_is_stored_with_the_answer_its_sources_and_the_turns_before(client: TestClient) -> None:
    first = ask(client, "Who threatened to sue Microsoft?")
    cid = first["conversation_id"]
    follow = ask(client, "Why did he do that?", cid)
    response = client.post(
        "/v1/feedback", json={"conversation_id": cid, "turn": 1, "vote": "down", "comment": "  not  why "}
    )
    assert response.status_code == 204 and response.content == b""
    (vote,) = stored(client)
    assert (vote.conversation_id, vote.turn, vote.vote, vote.comment, vote.surface) == (
        cid,
        1,
        "down",
        "not why",
        "http",
    )
    assert vote.question == "Why did he do that?" and vote.answer == follow["answer"]
    cited = [(c["n"], c["passage_id"], c["text"]) for c in follow["citations"]]
    assert [(c.n, c.passage_id, c.text) for c in vote.citations] == cited
    assert vote.confidence == follow["confidence"]
    assert [(c.question, c.answer) for c in vote.context] == [("Who threatened to sue Microsoft?", first["answer"])]


def test_a_second_vote_on_an_answer_replaces_the_first(client: TestClient) -> None:
    cid = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    for vote in ("down", "up"):
        assert client.post("/v1/feedback", json={"conversation_id": cid, "turn": 0, "vote": vote}).status_code == 204
    assert [(v.turn, v.vote) for v in stored(client)] == [(0, "up")]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"conversation_id": "nope", "turn": 0, "vote": "up"}, 404, "conversation_not_found"),
        ({"conversation_id": "CID", "turn": 1, "vote": "up"}, 404, "turn_not_found"),
        ({"turn": 0, "vote": "up"}, 422, "invalid_request"),
        ({"conversation_id": "CID", "turn": "0", "vote": "up"}, 422, "invalid_request"),
        ({"conversation_id": "CID", "turn": 0, "vote": "meh"}, 422, "invalid_request"),
        ({"conversation_id": "CID", "turn": -1, "vote": "up"}, 422, "invalid_request"),
        ({"conversation_id": "CID", "turn": 0, "vote": "up", "comment": "x" * 1001}, 422, "invalid_request"),
        ({"conversation_id": "CID", "turn": 0, "vote": "up", "stars": 5}, 422, "invalid_request"),
    ],
    ids=["unknown-conversation", "unknown-turn", "no-id", "turn-as-text", "bad-vote", "negative-turn", "long-comment", "unknown-field"],
)  # fmt: skip
def test_bad_votes_are_refused_as_the_other_endpoints_refuse(
    client: TestClient, body: dict, status: int, code: str
) -> None:
    cid = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    body = {k: cid if v == "CID" else v for k, v in body.items()}
    response = client.post("/v1/feedback", json=body)
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error", "detail"} and response.json()["error"] == code
    assert stored(client) == []


def test_metrics_count_votes_by_value(client: TestClient) -> None:
    cid = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    ask(client, "Why did he do that?", cid)
    for turn, vote in [(0, "up"), (1, "down"), (1, "down")]:
        client.post("/v1/feedback", json={"conversation_id": cid, "turn": turn, "vote": vote})
    text = client.get("/metrics").text
    assert 'qa_feedback_votes_total{vote="up"} 1.0' in text
    assert 'qa_feedback_votes_total{vote="down"} 2.0' in text
    assert "qa_feedback_write_failures_total 0.0" in text


def test_a_broken_database_never_fails_the_vote_or_the_answers(
    serve: Callable[..., TestClient], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("")
    client = serve(feedback_db=tmp_path / "a-file" / "feedback.sqlite3")
    client.app.state.service.feedback.writer.retries = ()
    cid = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    assert client.post("/v1/feedback", json={"conversation_id": cid, "turn": 0, "vote": "up"}).status_code == 204
    assert client.app.state.service.feedback.writer.flush()
    assert "qa_feedback_write_failures_total 1.0" in client.get("/metrics").text
    ask(client, "Why did he do that?", cid)


def test_votes_reach_a_shared_postgresql(serve: Callable[..., TestClient], postgres_url: str) -> None:
    from qa.feedback import PostgresFeedbackStore

    client = serve(feedback_url=postgres_url)
    cid = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    assert client.post("/v1/feedback", json={"conversation_id": cid, "turn": 0, "vote": "up"}).status_code == 204
    assert client.app.state.service.feedback.writer.flush()
    store = PostgresFeedbackStore(postgres_url)
    votes = [v for v in store.votes() if v.conversation_id == cid]
    store.close()
    assert [(v.vote, v.question) for v in votes] == [("up", "Who threatened to sue Microsoft?")]
