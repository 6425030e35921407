"""👍 and 👎 under each answer: one vote per user per answer (a second click changes it).

custom_id = "qa:vote:<up|down>:<conversation id>:<turn>", so the buttons keep working after a
restart, as long as the conversation is kept (Redis or the SQLite file). 👎 records the vote at
once, then opens a modal for an optional comment; sending it replaces the vote with one that
carries the comment. Replies go to the voter only.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import discord

from bots.discord.sources import apologise
from qa.errors import QAError
from qa.feedback.models import Vote
from qa.feedback.recorder import COMMENT_CHARS, Recorder
from qa.models import Answer

log = logging.getLogger("bots.discord")

TEMPLATE = r"qa:vote:(?P<vote>up|down):(?P<cid>[0-9A-Za-z_-]{1,64}):(?P<turn>\d{1,6})"
EMOJI = {"up": "👍", "down": "👎"}
THANKS = {"up": "Thanks! Noted 👍.", "down": "Thanks, noted 👎. That helps us fix it."}
TOO_OLD = "This answer can no longer be rated: its conversation has expired."
NOT_COLLECTING = "Votes are not collected by this bot."


def vote_custom_id(vote: Vote, conversation_id: str, turn: int) -> str:
    """The custom_id of a vote button (at most 84 characters of Discord's 100)."""
    return f"qa:vote:{vote}:{conversation_id}:{turn}"


def vote_buttons(answer: Answer) -> list[VoteButton]:
    """The 👍 and 👎 buttons for `answer`, or none when it has no conversation turn to rate."""
    if answer.conversation_id is None or answer.turn is None:
        return []
    if re.fullmatch(TEMPLATE, vote_custom_id("up", answer.conversation_id, answer.turn)) is None:
        return []
    return [VoteButton(vote_custom_id(v, answer.conversation_id, answer.turn)) for v in ("up", "down")]


async def record(interaction: discord.Interaction, vote: Vote, cid: str, turn: int, comment: str | None) -> str:
    """Record the clicker's vote in a worker thread; return what to tell them."""
    recorder: Recorder | None = getattr(interaction.client, "feedback", None)
    if recorder is None:
        return NOT_COLLECTING
    try:
        await asyncio.to_thread(
            recorder.vote, cid, turn, vote, comment, voter=f"discord:{interaction.user.id}", surface="discord"
        )
    except QAError:
        return TOO_OLD
    return THANKS[vote]


class VoteButton(discord.ui.DynamicItem[discord.ui.Button], template=TEMPLATE):
    """A 👍 or 👎 button that records the clicker's vote on the answer it sits under."""

    def __init__(self, custom_id: str) -> None:
        match = re.fullmatch(TEMPLATE, custom_id)
        assert match is not None, custom_id
        self.vote: Vote = "up" if match["vote"] == "up" else "down"
        self.conversation_id, self.turn = match["cid"], int(match["turn"])
        super().__init__(
            discord.ui.Button(emoji=EMOJI[self.vote], style=discord.ButtonStyle.secondary, custom_id=custom_id)
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> VoteButton:
        """Rebuild the button from a clicked component (discord.py calls this)."""
        return cls(match.string)

    async def callback(self, interaction: discord.Interaction) -> None:
        """👍: record and thank. 👎: record, then ask what was wrong (optional)."""
        try:
            said = await record(interaction, self.vote, self.conversation_id, self.turn, None)
            if self.vote == "down" and said == THANKS["down"]:
                await interaction.response.send_modal(CommentModal(self.conversation_id, self.turn))
            else:
                await interaction.response.send_message(said, ephemeral=True)
        except Exception:
            log.exception("the vote button failed (custom_id %r)", self.item.custom_id)
            await apologise(interaction)


class CommentModal(discord.ui.Modal, title="What was wrong with the answer?"):
    """The optional comment after a 👎; sending it stores the vote again, with the comment."""

    comment: discord.ui.TextInput[CommentModal] = discord.ui.TextInput(
        label="Comment (optional)",
        style=discord.TextStyle.paragraph,
        placeholder="e.g. it was Reddit, not Twitter; or: the documents do not say",
        required=False,
        max_length=COMMENT_CHARS,
    )

    def __init__(self, conversation_id: str, turn: int) -> None:
        super().__init__(timeout=None, custom_id=f"qa:why:{conversation_id}:{turn}"[:100])
        self.conversation_id, self.turn = conversation_id, turn

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Store the 👎 with the comment and thank the voter."""
        said = await record(interaction, "down", self.conversation_id, self.turn, self.comment.value or None)
        await interaction.response.send_message(said, ephemeral=True)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        log.error("the comment form failed", exc_info=error)
        await apologise(interaction)
