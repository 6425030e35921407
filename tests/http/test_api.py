"""The HTTP service, driven through httpx against the ASGI app (lifespan included)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from qa.http.app import create_app
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

CORPUS = ROOT / "data" / "corpus"
ANSWER_KEYS = {"question", "answer", "abstained", "confidence", "citations", "conversation_id", "turn"}
CITATION_KEYS = {"n", "doc_id", "title", "passage_id", "text", "score", "file", "heading", "line", "end_line", "page"}


@pytest.fixture
def serve(bundled_index_root: Path) -> Iterator[Callable[..., TestClient]]:
    """Start the app over the bundled corpus with some settings changed; yields a client factory."""
    clients: list[TestClient] = []

    def start(**options: object) -> TestClient:
        options.setdefault("index", bundled_index_root)
        options.setdefault("corpus", CORPUS)
        options.setdefault("rate_limit_per_minute", 0)
        client = TestClient(create_app(Settings(**options)), raise_server_exceptions=False)
        clients.append(client.__enter__())
        return client

    yield start
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(serve: Callable[..., TestClient]) -> TestClient:
    return serve()


def ask(client: TestClient, question: str, **fields: object) -> dict:
    response = client.post("/v1/ask", json={"question": question, **fields})
    assert response.status_code == 200, response.text
    return response.json()


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "detail"}
    assert body["error"] == code
    assert body["detail"] and "Traceback" not in body["detail"]
    return body


def test_ask_returns_the_answer_model_with_citations_the_text_refers_to(client: TestClient) -> None:
    body = ask(client, "Who threatened to sue Microsoft?")
    assert set(body) == ANSWER_KEYS
    assert not body["abstained"]
    assert "Musk" in body["answer"]
    assert body["citations"] and all(set(c) == CITATION_KEYS for c in body["citations"])
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert marks == {c["n"] for c in body["citations"]}
    assert body["conversation_id"]


def test_a_follow_up_over_http_is_answered_as_qa_chat_answers_it(client: TestClient, bundled_index_root: Path) -> None:
    questions = ["Who threatened to sue Microsoft?", "Why did he do that?", "And what about Getty Images?"]
    over_http, conversation_id = [], None
    for q in questions:
        body = ask(client, q, conversation_id=conversation_id)
        assert conversation_id in (None, body["conversation_id"])
        conversation_id = body["conversation_id"]
        over_http.append((body["answer"], body["abstained"]))

    pipeline, direct, conversation_id = Pipeline(Settings(corpus=CORPUS, index=bundled_index_root)), [], None
    for q in questions:
        answer = pipeline.ask(q, conversation_id=conversation_id)
        conversation_id = answer.conversation_id
        direct.append((answer.answer, answer.abstained))
    assert over_http == direct
    assert not over_http[1][1], "the follow-up should be answered from the conversation's topic"


def test_an_unknown_conversation_is_a_404(client: TestClient) -> None:
    response = client.post("/v1/ask", json={"question": "Why?", "conversation_id": "no-such-conversation"})
    assert_error(response, 404, "conversation_not_found")


def test_conversations_are_bounded_least_recently_used_dropped(serve: Callable[..., TestClient]) -> None:
    client = serve(max_conversations=2)
    first = ask(client, "Who threatened to sue Microsoft?")["conversation_id"]
    second = ask(client, "How much will Twitter charge for API access?")["conversation_id"]
    ask(client, "Why did he do that?", conversation_id=first)  # first is now the most recent
    ask(client, "What is Getty Images doing?")  # a third conversation: the second is dropped
    ask(client, "Why?", conversation_id=first)
    assert_error(
        client.post("/v1/ask", json={"question": "Why?", "conversation_id": second}), 404, "conversation_not_found"
    )


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"question": ""}, 422, "empty_question"),  # as "   " is (#14)
        ({"question": "   "}, 422, "empty_question"),
        ({"question": "?!"}, 422, "empty_question"),
        ({"question": "why " * 300}, 422, "question_too_long"),
        ({"question": 42}, 422, "invalid_request"),
        ({"question": ["who"]}, 422, "invalid_request"),
        ({"question": None}, 422, "invalid_request"),
        ({}, 422, "invalid_request"),
        ({"question": "Who?", "top_k": 0}, 422, "invalid_request"),
        ({"question": "Who?", "top_k": 51}, 422, "invalid_request"),
        ({"question": "Who?", "top_k": "5"}, 422, "invalid_request"),
        ({"question": "Who?", "top_k": 2.5}, 422, "invalid_request"),
        ({"question": "Who?", "conversation_id": 7}, 422, "invalid_request"),
        ({"question": "Who?", "conversation_id": ""}, 422, "invalid_request"),
        ({"question": "Who?", "k": 3}, 422, "invalid_request"),
        ([{"question": "Who?"}], 422, "invalid_request"),
        ("Who threatened to sue Microsoft?", 422, "invalid_request"),
    ],
)
def test_bad_ask_bodies_get_a_4xx_that_says_what_is_wrong(
    client: TestClient, body: object, status: int, code: str
) -> None:
    detail = assert_error(client.post("/v1/ask", json=body), status, code)["detail"]
    if code == "invalid_request" and isinstance(body, dict) and body:
        field = "k" if "k" in body else next(k for k in body if k != "question" or len(body) == 1)
        assert field in detail


def test_a_question_over_the_configured_limit_is_refused_with_the_limit(serve: Callable[..., TestClient]) -> None:
    client = serve(max_question_chars=20)
    detail = assert_error(client.post("/v1/ask", json={"question": "Who " * 10}), 422, "question_too_long")["detail"]
    assert "20" in detail
    roomy = serve(max_question_chars=2000)  # the setting, not the schema, decides: it may raise the limit too
    assert roomy.post("/v1/ask", json={"question": "Who threatened to sue Microsoft? " * 40}).status_code == 200


@pytest.mark.parametrize("raw", [b'{"question": "Who?"', b"", b"question=Who", b'{"question": "Who?",}', b"\xff\xfe"])
def test_malformed_json_is_a_400(client: TestClient, raw: bytes) -> None:
    response = client.post("/v1/ask", content=raw, headers={"content-type": "application/json"})
    assert response.status_code in (400, 422), response.text
    assert set(response.json()) == {"error", "detail"}
    if raw:
        assert response.json()["error"] in ("malformed_json", "invalid_request")


def test_a_body_over_the_size_limit_is_a_413_declared_or_streamed(serve: Callable[..., TestClient]) -> None:
    client = serve(max_body_bytes=1024)
    big = {"question": "Who?", "padding": "x" * 5000}
    assert_error(client.post("/v1/ask", json=big), 413, "body_too_large")

    def chunks() -> Iterator[bytes]:
        yield b'{"question": "'
        for _ in range(10):
            yield b"w" * 200
        yield b'"}'

    streamed = client.post("/v1/ask", content=chunks(), headers={"content-type": "application/json"})
    assert_error(streamed, 413, "body_too_large")
    assert ask(client, "Who threatened to sue Microsoft?")["citations"]


def test_search_ranks_passages_and_respects_k(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": "Getty Images lawsuit", "k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "Getty Images lawsuit"
    hits = body["hits"]
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert "Getty" in hits[0]["text"]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x", "k": 0}, {"q": "x", "k": 101}, {"q": "x", "k": "many"}])
def test_bad_search_parameters_are_a_422(client: TestClient, params: dict) -> None:
    assert_error(client.get("/v1/search", params=params), 422, "invalid_request")


def test_search_k_is_limited_by_the_setting_the_cli_uses_too(serve: Callable[..., TestClient]) -> None:
    wide = serve(max_search_k=200)
    assert wide.get("/v1/search", params={"q": "Microsoft", "k": 150}).status_code == 200
    body = assert_error(wide.get("/v1/search", params={"q": "Microsoft", "k": 201}), 422, "invalid_request")
    assert "200" in body["detail"]


def test_a_cited_document_can_be_opened(client: TestClient) -> None:
    citation = ask(client, "Who threatened to sue Microsoft?")["citations"][0]
    response = client.get(f"/v1/documents/{citation['doc_id']}")
    assert response.status_code == 200
    doc = response.json()
    assert doc["id"] == citation["doc_id"]
    assert doc["title"] == citation["title"]
    assert citation["text"] in doc["text"]
    assert "source" not in doc  # file paths stay on the server


def test_document_ids_with_slashes_and_unknown_ids(serve: Callable[..., TestClient], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "pets").mkdir(parents=True)
    (corpus / "pets" / "cat.txt").write_text("A cat purrs when it is content.\n")
    client = serve(corpus=corpus, index=tmp_path / "index")
    assert client.get("/v1/documents/pets/cat").json()["text"].startswith("A cat purrs")
    assert_error(client.get("/v1/documents/pets/dog"), 404, "document_not_found")


def test_api_key_guards_v1_only_and_is_checked(serve: Callable[..., TestClient]) -> None:
    client = serve(api_key="s3cret-key")
    question = {"question": "Who threatened to sue Microsoft?"}
    assert_error(client.post("/v1/ask", json=question), 401, "unauthorized")
    wrong = client.post("/v1/ask", json=question, headers={"Authorization": "Bearer s3cret-kez"})
    assert_error(wrong, 401, "unauthorized")
    assert wrong.headers["www-authenticate"] == "Bearer"
    assert_error(client.get("/v1/search?q=x", headers={"Authorization": "Basic s3cret-key"}), 401, "unauthorized")
    right = client.post("/v1/ask", json=question, headers={"Authorization": "Bearer s3cret-key"})
    assert right.status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_rate_limit_per_client_with_retry_after(serve: Callable[..., TestClient]) -> None:
    client = serve(rate_limit_per_minute=3)
    for _ in range(3):
        assert client.get("/v1/search", params={"q": "Musk"}).status_code == 200
    limited = client.get("/v1/search", params={"q": "Musk"})
    assert_error(limited, 429, "rate_limited")
    assert int(limited.headers["retry-after"]) >= 1
    assert client.get("/healthz").status_code == 200  # probes are never limited


def test_metrics_count_requests_by_route_and_abstentions(client: TestClient) -> None:
    ask(client, "Who threatened to sue Microsoft?")
    ask(client, "What is the boiling point of mercury?")
    client.get("/v1/documents/nope")
    text = client.get("/metrics").text
    assert 'qa_http_requests_total{method="POST",route="/v1/ask",status="200"} 2.0' in text
    assert 'route="/v1/documents/{doc_id:path}",status="404"' in text
    assert 'qa_answers_total{abstained="true"} 1.0' in text
    assert 'qa_answers_total{abstained="false"} 1.0' in text
    assert re.search(r'qa_http_request_duration_seconds_bucket\{le="0.1",method="POST",route="/v1/ask"\} \d', text)


def test_readiness_reports_a_missing_corpus_and_v1_waits(serve: Callable[..., TestClient], tmp_path: Path) -> None:
    client = serve(corpus=tmp_path / "missing", index=tmp_path / "index")
    assert client.get("/healthz").json() == {"status": "ok"}
    body = assert_error(client.get("/readyz"), 503, "not_ready")
    assert "missing" in body["detail"]
    assert_error(client.post("/v1/ask", json={"question": "Who?"}), 503, "not_ready")


def test_ready_when_the_index_is_loaded(client: TestClient) -> None:
    body = client.get("/readyz").json()
    assert (body["status"], body["documents"], body["backend"]) == ("ready", 5, "bm25s")
    assert body["passages"] > body["documents"]


def test_unknown_paths_and_methods_are_json(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing"), 404, "not_found")
    assert_error(client.get("/v1/ask"), 405, "method_not_allowed")


def test_cors_allows_the_configured_origins_only(serve: Callable[..., TestClient]) -> None:
    client = serve(cors_origins=["https://example.org"])
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = client.options("/v1/ask", headers={"Origin": "https://example.org", **preflight})
    assert allowed.headers.get("access-control-allow-origin") == "https://example.org"
    other = client.options("/v1/ask", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers


def test_openapi_documents_every_endpoint_with_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/v1/ask", "/v1/search", "/v1/documents/{doc_id}", "/healthz", "/readyz", "/metrics"} <= set(
        schema["paths"]
    )
    for name in ("AskRequest", "Answer", "Citation", "SearchResponse", "DocumentOut", "ErrorBody", "Health", "Ready"):
        assert schema["components"]["schemas"][name].get("examples"), f"{name} has no example"
    assert "<title>" in client.get("/docs").text
