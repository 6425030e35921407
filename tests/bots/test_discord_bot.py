"""The bot end to end, offline: real discord.py objects from gateway payloads, HTTP recorded (see test_discord_gateway)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from test_discord_gateway import (
    APP_ID,
    BOT_USER,
    CALLBACK,
    CHANNEL_ID,
    EPHEMERAL,
    FOLLOWUP,
    MESSAGES,
    OTHER_BOT,
    OTHER_USER,
    THREADS,
    USER_ID,
    OfflineDiscord,
    bundled_pipeline,
    channel_of,
    make_bot,
    play,
    thread_channel,
)

from bots.discord.bot import HINT, QABot
from bots.discord.sources import APOLOGY, STALE
from qa.chat.conversation import Conversation, MemoryStore
from qa.pipeline import Pipeline
from qa.settings import Settings

BOT = f"<@{APP_ID}>"
UMG = "What did Universal Music Group say about AI training?"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The bundled pipeline, once per module."""
    return bundled_pipeline(tmp_path_factory)



def embed_of(call: Any) -> dict[str, Any]:
    """The one embed a message call carries."""
    body = call.json.get("data", call.json)
    assert len(body["embeds"]) == 1, "at most one answer per message"
    return body["embeds"][0]


def passages_cited(call: Any) -> list[str]:
    """The quotes of an answer embed's citation fields."""
    return [f["value"] for f in embed_of(call)["fields"]]


# -- mentions


def test_a_mention_is_answered_in_a_new_thread(pipeline: Pipeline) -> None:
    asked: dict[str, Any] = {}

    async def scenario(d: OfflineDiscord) -> None:
        asked.update(await d.message(f"{BOT} Who threatened to sue Microsoft?"))

    d = play(make_bot(pipeline), scenario)
    thread = d.http.posts(THREADS)
    assert len(thread) == 1 and thread[0].json["name"] == "Who threatened to sue Microsoft?"
    assert channel_of(thread[0]) == CHANNEL_ID and asked["id"] in thread[0].url
    (answer,) = d.channel_messages()  # the bot's own echoed message got no answer
    assert channel_of(answer) == int(asked["id"])  # a thread started from a message has its id
    embed = embed_of(answer)
    assert embed["title"] == "Who threatened to sue Microsoft?"
    assert "Musk" in embed["description"]
    assert embed["fields"] and embed["fields"][0]["name"].startswith("[1] ")
    assert embed["footer"]["text"].startswith("confidence ")
    button = answer.json["components"][0]["components"][0]
    assert button["label"] == "Sources" and button["custom_id"].startswith("qa:src:")
    assert ("POST", "/channels/{channel_id}/typing") in [(c.method, c.path) for c in d.http.calls]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("Why did they do that?", ("Universal Music Group", "music", "copyright")),  # "they": still UMG
        ("And what about Getty Images?", ("Getty Images",)),  # a new subject, the same frame
    ],
)
def test_a_follow_up_in_the_thread_continues_the_conversation(
    pipeline: Pipeline, follow_up: str, expected: tuple[str, ...]
) -> None:
    thread_ids: list[int] = []

    async def scenario(d: OfflineDiscord) -> None:
        first = await d.message(f"{BOT} {UMG}")
        thread_ids.append(int(first["id"]))
        await d.message(f"{BOT} {follow_up}", channel_id=thread_ids[0])

    bot = make_bot(pipeline)
    d = play(bot, scenario)
    assert len(d.http.posts(THREADS)) == 1  # the follow-up stays in the thread
    first, second = d.channel_messages()
    assert channel_of(first) == channel_of(second) == thread_ids[0]
    assert second.json["message_reference"]["message_id"]  # a reply to the follow-up
    assert "Universal Music Group" in passages_cited(first)[0]
    assert passages_cited(second) and passages_cited(second) != passages_cited(first)
    assert embed_of(second)["footer"]["text"].startswith("confidence ")  # answered, not abstained
    assert any(word in passages_cited(second)[0] for word in expected)
    turns = pipeline.conversation(bot.conversations.get(thread_ids[0])).turns
    assert [t.question for t in turns] == [UMG, follow_up]  # one conversation id for both


def test_without_message_content_a_plain_follow_up_is_not_read(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        first = await d.message(f"{BOT} {UMG}")
        await d.message("Why did they do that?", channel_id=int(first["id"]))

    d = play(make_bot(pipeline), scenario)
    assert len(d.channel_messages()) == 1


def test_with_message_content_a_plain_follow_up_is_answered(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        first = await d.message(f"{BOT} {UMG}")
        await d.message("Why did they do that?", channel_id=int(first["id"]))
        await d.message("Why did they do that?")  # outside the bot's thread: not for the bot

    d = play(make_bot(pipeline, discord_message_content=True), scenario)
    first, second = d.channel_messages()
    assert channel_of(first) == channel_of(second) != CHANNEL_ID


def test_a_mention_inside_someone_elses_thread_is_answered_there(pipeline: Pipeline) -> None:
    theirs = 1400000000000000001

    async def scenario(d: OfflineDiscord) -> None:
        d.state.parse_thread_create(thread_channel(theirs, owner_id=USER_ID, name="chat"))
        await d.message(f"{BOT} Who threatened to sue Microsoft?", channel_id=theirs)

    d = play(make_bot(pipeline), scenario)
    assert d.http.posts(THREADS) == []
    (answer,) = d.channel_messages()
    assert channel_of(answer) == theirs


def test_a_direct_message_is_answered_in_place_and_followed_up(pipeline: Pipeline) -> None:
    dm = 1400000000000000002

    async def scenario(d: OfflineDiscord) -> None:
        await d.message(UMG, channel_id=dm, guild=False)
        await d.message("Why did they do that?", channel_id=dm, guild=False)

    bot = make_bot(pipeline)
    d = play(bot, scenario)
    assert d.http.posts(THREADS) == []
    assert [channel_of(c) for c in d.channel_messages()] == [dm, dm]
    assert len(pipeline.conversation(bot.conversations.get(dm)).turns) == 2


def test_an_expired_conversation_starts_afresh(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        first = await d.message(f"{BOT} {UMG}")
        d.bot.conversations.set(int(first["id"]), Conversation().id)  # an id the store no longer holds
        await d.message(f"{BOT} Who threatened to sue Microsoft?", channel_id=int(first["id"]))

    d = play(make_bot(pipeline), scenario)
    assert len(d.channel_messages()) == 2
    assert "Musk" in embed_of(d.channel_messages()[1])["description"]


def test_other_bots_and_its_own_messages_are_ignored(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.message(f"{BOT} {UMG}", author=OTHER_BOT)
        await d.message(f"{BOT} {UMG}", author=BOT_USER)
        await d.message(f"{BOT} {UMG}", author=BOT_USER, channel_id=1400000000000000004, guild=False)

    d = play(make_bot(pipeline), scenario)
    assert d.channel_messages() == [] and d.http.posts(THREADS) == []


def test_a_message_delivered_twice_gets_one_answer(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.message(f"{BOT} {UMG}", message_id=1400000000000000003)
        await d.message(f"{BOT} {UMG}", message_id=1400000000000000003)  # a gateway resume replays it

    d = play(make_bot(pipeline), scenario)
    assert len(d.channel_messages()) == 1


def test_a_bare_mention_gets_a_hint(pipeline: Pipeline) -> None:
    d = play(make_bot(pipeline), lambda d: d.message(BOT))
    (hint,) = d.channel_messages()
    assert hint.json["content"] == HINT.format(name="qa-bot")


def test_the_cooldown_answers_kindly(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.message(f"{BOT} {UMG}")
        await d.message(f"{BOT} Who threatened to sue Microsoft?")
        await d.message(f"{BOT} Who threatened to sue Microsoft?", author=OTHER_USER)  # not on cooldown

    d = play(make_bot(pipeline, discord_cooldown_seconds=60), scenario)
    answer, slow_down, other = d.channel_messages()
    assert slow_down.json["content"].startswith("One moment! You can ask your next question in ")
    assert "60 seconds" in slow_down.json["content"] or "59 seconds" in slow_down.json["content"]
    assert slow_down.json["message_reference"] and "embeds" not in slow_down.json
    assert embed_of(answer) and embed_of(other)


def test_a_failing_handler_apologises_and_logs(pipeline: Pipeline, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        d.http.fail_once("POST", MESSAGES, 500)  # Discord fails to take the answer
        await d.message(f"{BOT} {UMG}")

    d = play(make_bot(pipeline), scenario)
    failed, apology = d.channel_messages()
    assert "embeds" in failed.json and apology.json["content"] == APOLOGY
    assert channel_of(apology) == CHANNEL_ID and apology.json["message_reference"]
    assert any(r.levelno == logging.ERROR and r.name == "bots.discord" and r.exc_info for r in caplog.records)
    assert "Traceback" not in apology.json["content"]


def test_without_thread_permission_it_answers_in_the_channel(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        d.http.fail_once("POST", THREADS, 403)
        await d.message(f"{BOT} {UMG}")

    d = play(make_bot(pipeline), scenario)
    (answer,) = d.channel_messages()
    assert channel_of(answer) == CHANNEL_ID and answer.json["message_reference"]


# -- /ask


def test_ask_defers_then_answers_with_a_follow_up(pipeline: Pipeline) -> None:
    d = play(make_bot(pipeline), lambda d: d.slash("Who threatened to sue Microsoft?"))
    defer, followup = d.interaction_calls()
    assert defer.path == CALLBACK and defer.json["type"] == 5  # deferred channel message, "thinking…"
    assert followup.path == FOLLOWUP and followup.params["wait"]
    assert followup.flags() & EPHEMERAL == 0
    assert "Musk" in embed_of(followup)["description"]
    assert followup.json["components"][0]["components"][0]["label"] == "Sources"


def test_ask_says_plainly_when_it_has_no_answer(pipeline: Pipeline) -> None:
    d = play(make_bot(pipeline), lambda d: d.slash("What is the capital of Peru?"))
    _, followup = d.interaction_calls()
    embed = embed_of(followup)
    assert embed["description"] == "I could not find that in the corpus."
    assert embed["footer"]["text"].startswith("No answer in the documents")
    assert "fields" not in embed or embed["fields"] == []
    assert not followup.json.get("components")  # no Sources button without sources


def test_ask_shows_a_question_error_to_the_asker_only(pipeline: Pipeline) -> None:
    d = play(make_bot(pipeline), lambda d: d.slash("?!"))
    defer, delete, error = d.interaction_calls()
    assert defer.json["type"] == 5
    assert delete.method == "DELETE" and delete.path.endswith("/messages/@original")
    assert error.flags() & EPHEMERAL and error.json["content"].startswith("the question is empty")


def test_ask_cooldown_is_ephemeral(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.slash(UMG)
        await d.slash(UMG)

    d = play(make_bot(pipeline, discord_cooldown_seconds=30), scenario)
    calls = d.interaction_calls()
    assert [c.path for c in calls] == [CALLBACK, FOLLOWUP, CALLBACK]
    cooldown = calls[2]
    assert cooldown.json["type"] == 4 and cooldown.flags() == EPHEMERAL
    assert cooldown.json["data"]["content"].startswith("One moment!")


def test_ask_inside_a_bot_thread_continues_its_conversation(pipeline: Pipeline) -> None:
    thread_ids: list[int] = []

    async def scenario(d: OfflineDiscord) -> None:
        first = await d.message(f"{BOT} {UMG}")
        thread_ids.append(int(first["id"]))
        await d.slash("Why did they do that?", channel=thread_channel(thread_ids[0]))

    bot = make_bot(pipeline)
    play(bot, scenario)
    turns = pipeline.conversation(bot.conversations.get(thread_ids[0])).turns
    assert [t.question for t in turns] == [UMG, "Why did they do that?"]


def test_a_thread_opened_on_an_ask_answer_continues_it(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.slash(UMG)
        answer_id = max(d.messages)  # the follow-up message, as Discord stored it
        d.state.parse_thread_create(thread_channel(answer_id, owner_id=USER_ID, name="more"))
        await d.message(f"{BOT} Why did they do that?", channel_id=answer_id)
        d.answer_id = answer_id  # type: ignore[attr-defined]

    bot = make_bot(pipeline)
    d = play(bot, scenario)
    turns = pipeline.conversation(bot.conversations.get(d.answer_id)).turns  # type: ignore[attr-defined]
    assert [t.question for t in turns] == [UMG, "Why did they do that?"]


def test_a_failing_ask_apologises(pipeline: Pipeline, caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        d.http.fail_once("POST", FOLLOWUP, 500)
        await d.slash(UMG)

    d = play(make_bot(pipeline), scenario)
    defer, failed, apology = d.interaction_calls()
    assert defer.json["type"] == 5 and "embeds" in failed.json
    assert apology.path == FOLLOWUP and apology.json["content"] == APOLOGY
    assert any(r.name == "bots.discord" and r.exc_info for r in caplog.records)


# -- the Sources button


def test_sources_shows_the_full_passages_to_the_clicker_only(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.message(f"{BOT} {UMG}")
        answer = d.messages[max(d.messages)]
        await d.click(answer, author=OTHER_USER)

    d = play(make_bot(pipeline), scenario)
    response = d.interaction_calls()[-1]
    assert response.path == CALLBACK and response.json["type"] == 4
    assert response.flags() == EPHEMERAL
    embed, *others = response.json["data"]["embeds"]  # one per citation; [1] first
    assert all(e["title"].startswith(f"[{n}] ") for n, e in enumerate(others, 2))
    cited = next(p for p in pipeline.index.passages if "Universal Music Group spoke out" in p.text)
    assert embed["title"].startswith("[1] ")
    assert "**Universal Music Group spoke out" in embed["description"]  # the quote, in bold
    assert embed["description"].replace("**", "").replace("\\", "") == cited.text.strip()


def test_sources_from_an_older_index_say_so(pipeline: Pipeline) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await d.message(f"{BOT} {UMG}")
        answer = d.messages[max(d.messages)]
        button = answer["components"][0]["components"][0]
        button["custom_id"] = "qa:src:00000000:" + button["custom_id"].rsplit(":", 1)[1]
        await d.click(answer)

    d = play(make_bot(pipeline), scenario)
    response = d.interaction_calls()[-1]
    assert response.flags() == EPHEMERAL and response.json["data"]["content"] == STALE


# -- the event loop


class ThreadNotingStore:
    """A conversation store (in memory) that notes which thread each answer is stored from."""

    def __init__(self) -> None:
        self.memory = MemoryStore()
        self.threads: list[int] = []

    def get(self, conversation_id: str) -> Conversation | None:
        """Return the stored conversation."""
        return self.memory.get(conversation_id)

    def put(self, conversation: Conversation) -> None:
        """Store the conversation and note the calling thread."""
        self.threads.append(threading.get_ident())
        self.memory.put(conversation)


def test_loading_and_answering_run_off_the_event_loop(tmp_path: Path) -> None:
    loading: list[int] = []
    store = ThreadNotingStore()
    fresh = Pipeline(
        Settings(index=tmp_path, discord_cooldown_seconds=0),
        store=store,
        progress=lambda _: loading.append(threading.get_ident()),
    )
    loop_thread: list[int] = []

    async def scenario(d: OfflineDiscord) -> None:
        loop_thread.append(threading.get_ident())
        await d.slash(UMG)
        await d.message(f"{BOT} {UMG}")

    play(QABot(pipeline=fresh), scenario)
    assert loading and loop_thread[0] not in loading  # the index was built in a worker thread
    assert len(store.threads) == 2 and loop_thread[0] not in store.threads
