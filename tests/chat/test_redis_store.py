"""Conversations in a real Redis (Debian's redis-server on a loopback port, started here)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from servers import free_port, start_redis, start_serve, stop

from qa.chat.conversation import Conversation, MemoryStore, make_turn
from qa.chat.stores import store_for
from qa.errors import StoreUnavailable
from qa.settings import ROOT, Settings

redis = pytest.importorskip("redis")
SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(SERVER is None, reason="redis-server is not installed (.ci/run installs it)")
CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 with nothing saved to disk."""
    process, port = start_redis(tmp_path_factory.mktemp("redis"), SERVER)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def settings(redis_url: str, tmp_path: Path) -> Settings:
    redis.Redis.from_url(redis_url).flushdb()
    return Settings(corpus=CORPUS, index=tmp_path / "index", redis_url=redis_url)


def conversation(question: str) -> Conversation:
    c = Conversation()
    c.add(make_turn(question, [], "an answer", False))
    return c


def test_store_for_picks_redis_when_a_url_is_set(settings: Settings) -> None:
    from qa.chat.redis_store import RedisStore

    assert isinstance(store_for(settings), RedisStore)
    assert isinstance(store_for(replace(settings, redis_url=None)), MemoryStore)


def test_a_conversation_round_trips_and_another_process_sees_it(settings: Settings) -> None:
    one, other = store_for(settings), store_for(settings)  # as two workers would hold
    c = conversation("Who threatened to sue Microsoft?")
    one.put(c)
    assert other.get(c.id) == c
    assert one.get("no-such-id") is None


def test_idle_conversations_expire_and_reads_renew_them(settings: Settings) -> None:
    store = store_for(replace(settings, conversation_ttl_seconds=1.0))
    kept, idle = conversation("kept"), conversation("idle")
    store.put(kept)
    store.put(idle)
    for _ in range(3):  # 1.2 s in all, but `kept` is read every 0.4 s
        time.sleep(0.4)
        assert store.get(kept.id) is not None
    assert store.get(idle.id) is None
    assert len(store) <= 2


def test_at_most_size_conversations_least_recently_used_dropped(settings: Settings) -> None:
    store = store_for(replace(settings, max_conversations=3))
    made = [conversation(f"question {n}") for n in range(5)]
    for c in made[:3]:
        store.put(c)
        time.sleep(0.001)  # a strict order of use, whatever the clock's resolution
    store.get(made[0].id)  # the oldest, but now recently used
    for c in made[3:]:
        time.sleep(0.001)
        store.put(c)
    alive = [store.get(c.id) is not None for c in made]
    assert alive == [True, False, False, True, True]
    assert len(store) == 3
    assert len(redis.Redis.from_url(settings.redis_url).keys("qa:conv:*")) == 3


def test_an_unreachable_redis_is_a_clear_error_without_the_password() -> None:
    url = f"redis://user:hunter2@127.0.0.1:{free_port()}/0"
    with pytest.raises(StoreUnavailable) as caught:
        store_for(Settings(redis_url=url))
    assert "unreachable" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_two_qa_serve_processes_share_a_conversation(redis_url: str, bundled_index_root: Path) -> None:
    redis.Redis.from_url(redis_url).flushdb()
    env = {"QA_REDIS_URL": redis_url}
    options = ("--corpus", str(CORPUS), "--index", str(bundled_index_root))
    first, first_url = start_serve(*options, env=env)
    try:
        second, second_url = start_serve(*options, env=env)
        try:
            asked = httpx.post(f"{first_url}/v1/ask", json={"question": "Who threatened to sue Microsoft?"}, timeout=10)
            assert asked.status_code == 200
            conversation_id = asked.json()["conversation_id"]
            follow = httpx.post(
                f"{second_url}/v1/ask",
                json={"question": "Why did he do that?", "conversation_id": conversation_id},
                timeout=10,
            )
            assert follow.status_code == 200, follow.text
            assert follow.json()["conversation_id"] == conversation_id
            assert not follow.json()["abstained"]
            for url in (first_url, second_url):
                unknown = httpx.post(f"{url}/v1/ask", json={"question": "Why?", "conversation_id": "nope"}, timeout=10)
                assert unknown.status_code == 404 and unknown.json()["error"] == "conversation_not_found"
        finally:
            stop(second)
    finally:
        stop(first)


def test_redis_going_away_is_a_503_not_a_500(redis_url: str, bundled_index_root: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from qa.http.app import create_app

    (tmp_path / "redis").mkdir()
    process, port = start_redis(tmp_path / "redis", SERVER)
    try:
        settings = Settings(corpus=CORPUS, index=bundled_index_root, redis_url=f"redis://127.0.0.1:{port}/0")
        with TestClient(create_app(settings)) as client:
            assert client.post("/v1/ask", json={"question": "Who threatened to sue Microsoft?"}).status_code == 200
            process.terminate()
            process.wait(timeout=10)
            down = client.post("/v1/ask", json={"question": "Who threatened to sue Microsoft?"})
            assert down.status_code == 503
            assert down.json()["error"] == "store_unavailable"
    finally:
        if process.poll() is None:
            process.kill()
