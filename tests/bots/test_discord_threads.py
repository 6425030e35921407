"""/ask opens a thread on its answer; threads keep their conversations across a restart (SQLite or Redis)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from servers import start_redis
from test_discord_gateway import (
    APP_ID,
    CHANNEL_ID,
    THREADS,
    OfflineDiscord,
    bundled_pipeline,
    channel_of,
    make_bot,
    play,
    thread_channel,
)

from bots.discord.bot import QABot
from bots.discord.threads import RedisThreadMap, SqliteThreadMap, ThreadMap
from qa.chat.conversation import ConversationStore
from qa.chat.redis_store import RedisStore
from qa.chat.sqlite_store import SqliteStore
from qa.pipeline import Pipeline

BOT = f"<@{APP_ID}>"
UMG = "What did Universal Music Group say about AI training?"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return bundled_pipeline(tmp_path_factory)



def test_ask_in_a_channel_opens_a_thread_on_its_answer_and_follow_ups_there_continue(pipeline: Pipeline) -> None:
    answers: list[int] = []

    async def scenario(d: OfflineDiscord) -> None:
        await d.slash(UMG)
        answers.append(max(d.messages))
        await d.message(f"{BOT} Why did they do that?", channel_id=answers[0])

    bot = make_bot(pipeline)
    d = play(bot, scenario)
    (thread,) = d.http.posts(THREADS)
    assert channel_of(thread) == CHANNEL_ID and str(answers[0]) in thread.url  # on the answer message
    assert thread.json["name"] == UMG
    (follow_up,) = d.channel_messages()
    assert channel_of(follow_up) == answers[0]
    turns = pipeline.conversation(bot.conversations.get(answers[0])).turns
    assert [t.question for t in turns] == [UMG, "Why did they do that?"]


def test_the_setting_turns_the_thread_off(pipeline: Pipeline) -> None:
    d = play(make_bot(pipeline, discord_threads=False), lambda d: d.slash(UMG))
    assert d.http.posts(THREADS) == []


def test_without_thread_permission_the_answer_stands(pipeline: Pipeline, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        d.http.fail_once("POST", THREADS, 403)
        await d.slash(UMG)

    with caplog.at_level(logging.WARNING, logger="bots.discord"):
        d = play(make_bot(pipeline), scenario)
    assert len(d.interaction_calls()) == 2  # "thinking…", then the answer; no apology
    assert any("cannot open a thread" in r.getMessage() for r in caplog.records)


def restart_keeps_the_conversation(
    pipeline: Pipeline, store: Callable[[], ConversationStore], threads: Callable[[], ThreadMap]
) -> None:
    """A mention answered in a thread by one bot; a follow-up there answered by a new bot with a new pipeline."""
    thread_ids: list[int] = []

    def new_bot() -> QABot:
        fresh = Pipeline(pipeline.settings, store=store())
        fresh.__dict__["index"] = pipeline.index  # the same index, no rebuild
        return QABot(pipeline=fresh, threads=threads())

    async def before(d: OfflineDiscord) -> None:
        thread_ids.append(int((await d.message(f"{BOT} {UMG}"))["id"]))

    async def after(d: OfflineDiscord) -> None:
        d.state.parse_thread_create(thread_channel(thread_ids[0]))  # Discord tells the new bot of its threads
        await d.message(f"{BOT} Why did they do that?", channel_id=thread_ids[0])

    play(new_bot(), before)
    second = new_bot()
    play(second, after)
    conversation = second.pipeline.conversation(second.conversations.get(thread_ids[0]))
    assert [t.question for t in conversation.turns] == [UMG, "Why did they do that?"]


def test_a_restart_keeps_conversations_in_the_sqlite_file(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    restart_keeps_the_conversation(pipeline, lambda: SqliteStore(path), lambda: SqliteThreadMap(path))


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    process, port = start_redis(tmp_path)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def test_a_restart_keeps_conversations_in_redis(pipeline: Pipeline, redis_url: str) -> None:
    import redis

    clients: list[redis.Redis] = []

    def client() -> redis.Redis:
        clients.append(redis.Redis.from_url(redis_url))
        return clients[-1]

    try:
        restart_keeps_the_conversation(pipeline, lambda: RedisStore(client()), lambda: RedisThreadMap(client()))
    finally:
        for c in clients:
            c.close()


def test_the_thread_map_forgets_after_the_conversation_would_expire(tmp_path: Path) -> None:
    threads = SqliteThreadMap(tmp_path / "f.sqlite3", ttl=0.5)  # long enough for a loaded machine's first read
    threads.set(1, "c1")
    assert threads.get(1) == "c1" and threads.get(2) is None
    import time

    time.sleep(0.6)
    assert threads.get(1) is None


def test_qa_discord_prints_no_voice_warnings(tmp_path: Path) -> None:
    code = (
        "import logging; logging.basicConfig(level=logging.WARNING)\n"
        "from bots.discord.bot import QABot\nfrom qa.pipeline import Pipeline\nfrom qa.settings import Settings\n"
        f"QABot(pipeline=Pipeline(Settings(index={str(tmp_path)!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert "voice" not in result.stderr, result.stderr
