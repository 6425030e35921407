"""👍/👎 on the bot's answers, offline: real discord.py objects, the modal for a comment, votes in SQLite."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from test_discord_gateway import (
    APP_ID,
    CALLBACK,
    EPHEMERAL,
    OTHER_USER,
    OTHER_USER_ID,
    USER,
    USER_ID,
    OfflineDiscord,
    bundled_pipeline,
    text_channel,
    thread_channel,
)
from test_discord_gateway import play as play_offline

from bots.discord.bot import QABot
from bots.discord.feedback import THANKS, TOO_OLD
from qa.chat.conversation import MemoryStore
from qa.feedback import Feedback, FeedbackWriter, SqliteFeedbackStore
from qa.feedback.recorder import Recorder
from qa.pipeline import Pipeline

BOT = f"<@{APP_ID}>"
QUESTION = "Who threatened to sue Microsoft?"
MODAL = 9


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return bundled_pipeline(tmp_path_factory)


@pytest.fixture
def votes(tmp_path: Path) -> SqliteFeedbackStore:
    return SqliteFeedbackStore(tmp_path / "votes.sqlite3")


def voting_bot(pipeline: Pipeline, votes: SqliteFeedbackStore) -> QABot:
    return QABot(pipeline=pipeline, feedback=Recorder(pipeline, FeedbackWriter(votes)))


def play(bot: QABot, scenario: Callable[[OfflineDiscord], Awaitable[Any]]) -> OfflineDiscord:
    """`test_discord_gateway.play`, then the votes written."""
    d = play_offline(bot, scenario)
    assert bot.feedback is not None and bot.feedback.writer.flush()
    return d


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in message["components"] for c in row["components"]]


async def click(d: OfflineDiscord, message: dict[str, Any], emoji: str, author: dict[str, Any] = USER) -> None:
    """Deliver a click on the button of `message` showing `emoji`."""
    button = next(b for b in buttons(message) if (b.get("emoji") or {}).get("name") == emoji)
    where = int(message["channel_id"])
    channel = text_channel() if where == text_channel()["id"] else thread_channel(where)
    data = d.interaction_payload(
        3, {"custom_id": button["custom_id"], "component_type": 2}, author=author, channel=channel
    )
    data["message"] = message
    d.state.parse_interaction_create(data)
    await d.settle()


async def submit(d: OfflineDiscord, custom_id: str, text_input: str, value: str, author: dict[str, Any] = USER) -> None:
    """Deliver the submission of the modal `custom_id` with one text input filled in."""
    fields = [{"type": 1, "components": [{"type": 4, "custom_id": text_input, "value": value}]}]
    data = d.interaction_payload(
        5, {"custom_id": custom_id, "components": fields}, author=author, channel=text_channel()
    )
    d.state.parse_interaction_create(data)
    await d.settle()


async def ask(d: OfflineDiscord, question: str = QUESTION) -> dict[str, Any]:
    """Mention the bot with `question`; return its answer as Discord stores it."""
    await d.message(f"{BOT} {question}")
    return d.messages[max(d.messages)]


def test_an_answer_has_sources_then_thumbs_up_and_down(pipeline: Pipeline, votes: SqliteFeedbackStore) -> None:
    answers: list[dict[str, Any]] = []

    async def scenario(d: OfflineDiscord) -> None:
        answers.append(await ask(d))
        answers.append(await ask(d, "What is the boiling point of mercury?"))

    play(voting_bot(pipeline, votes), scenario)
    answered, refused = answers
    assert [b.get("label") or b["emoji"]["name"] for b in buttons(answered)] == ["Sources", "👍", "👎"]
    assert buttons(answered)[1]["custom_id"].startswith("qa:vote:up:")
    assert [b["emoji"]["name"] for b in buttons(refused)] == ["👍", "👎"]  # nothing to show, something to rate


def test_thumbs_up_is_stored_with_the_voter_and_thanked_privately(
    pipeline: Pipeline, votes: SqliteFeedbackStore
) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        await click(d, await ask(d), "👍")

    d = play(voting_bot(pipeline, votes), scenario)
    response = d.interaction_calls()[-1]
    assert response.path == CALLBACK and response.flags() == EPHEMERAL
    assert response.json["data"]["content"] == THANKS["up"]
    (vote,) = votes.votes()
    assert (vote.vote, vote.voter, vote.surface, vote.turn) == ("up", f"discord:{USER_ID}", "discord", 0)
    assert vote.question == QUESTION and vote.citations


def test_thumbs_down_counts_at_once_then_a_modal_takes_a_comment(
    pipeline: Pipeline, votes: SqliteFeedbackStore
) -> None:
    seen: dict[str, list[Feedback]] = {}

    async def scenario(d: OfflineDiscord) -> None:
        answer = await ask(d)
        await click(d, answer, "👎")
        assert votes_after(d) and [v.comment for v in votes.votes()] == [None]
        modal = d.interaction_calls()[-1].json
        assert modal["type"] == MODAL
        seen["modal"] = modal
        (row,) = modal["data"]["components"]
        (field,) = row["components"]
        assert field["required"] is False and field["style"] == 2  # a paragraph
        await submit(d, modal["data"]["custom_id"], field["custom_id"], "It should name Twitter's owner.")

    def votes_after(d: OfflineDiscord) -> bool:
        return bool(d.bot.feedback and d.bot.feedback.writer.flush())

    d = play(voting_bot(pipeline, votes), scenario)
    thanks = d.interaction_calls()[-1]
    assert thanks.flags() == EPHEMERAL and thanks.json["data"]["content"] == THANKS["down"]
    assert [(v.vote, v.comment) for v in votes.votes()] == [("down", "It should name Twitter's owner.")]
    assert seen["modal"]["data"]["title"].startswith("What was wrong")


def test_one_vote_per_user_per_answer_a_second_click_changes_it(pipeline: Pipeline, votes: SqliteFeedbackStore) -> None:
    async def scenario(d: OfflineDiscord) -> None:
        answer = await ask(d)
        await click(d, answer, "👍")
        await click(d, answer, "👎")  # changes ada's vote
        await click(d, answer, "👍", author=OTHER_USER)

    play(voting_bot(pipeline, votes), scenario)
    assert sorted((v.voter, v.vote) for v in votes.votes()) == [
        (f"discord:{USER_ID}", "down"),
        (f"discord:{OTHER_USER_ID}", "up"),
    ]


def test_the_buttons_work_after_a_restart(pipeline: Pipeline, votes: SqliteFeedbackStore) -> None:
    kept: list[dict[str, Any]] = []

    async def first_run(d: OfflineDiscord) -> None:
        kept.append(await ask(d))

    async def second_run(d: OfflineDiscord) -> None:
        await click(d, kept[0], "👍")

    play(voting_bot(pipeline, votes), first_run)
    play(voting_bot(pipeline, votes), second_run)  # a new bot: it knows the button only by its custom_id
    assert [v.vote for v in votes.votes()] == ["up"]


def test_an_expired_conversation_says_so(pipeline: Pipeline, votes: SqliteFeedbackStore, tmp_path: Path) -> None:
    kept: list[dict[str, Any]] = []

    async def first_run(d: OfflineDiscord) -> None:
        kept.append(await ask(d))

    async def second_run(d: OfflineDiscord) -> None:
        await click(d, kept[0], "👍")

    play(voting_bot(pipeline, votes), first_run)
    forgetful = Pipeline(pipeline.settings, store=MemoryStore())  # its conversations are gone
    forgetful.__dict__["index"] = pipeline.index
    d = play(voting_bot(forgetful, votes), second_run)
    response = d.interaction_calls()[-1]
    assert response.flags() == EPHEMERAL and response.json["data"]["content"] == TOO_OLD
    assert votes.votes() == []
