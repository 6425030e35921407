"""The bot's bookkeeping: per-user cooldowns and which conversation each thread continues."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import discord

from bots.discord.threads import ThreadMap

_CONVERSATION_CHANNELS = (
    discord.ChannelType.public_thread,
    discord.ChannelType.private_thread,
    discord.ChannelType.news_thread,
    discord.ChannelType.private,
    discord.ChannelType.group,
)


class Cooldown:
    """At most one question per user every `seconds` (the last `size` users are remembered)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic, size: int = 10_000) -> None:
        self.seconds, self.clock, self.size = seconds, clock, size
        self._last: OrderedDict[int, float] = OrderedDict()

    def wait(self, user_id: int) -> float:
        """Return 0.0 and start the user's cooldown if they may ask now, else the seconds left to wait."""
        now = self.clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self.seconds:
            return self.seconds - (now - last)
        self._last[user_id] = now
        self._last.move_to_end(user_id)
        while len(self._last) > self.size:
            self._last.popitem(last=False)
        return 0.0


def cooldown_text(wait: float) -> str:
    """Return the friendly message for a user on cooldown."""
    seconds = max(1, math.ceil(wait))
    return f"One moment! You can ask your next question in {seconds} second{'s' * (seconds != 1)}."


class Conversations:
    """Thread, DM or answer-message id -> conversation id; the least recently used go first.

    With a `durable` map (Redis or the SQLite file, bots/discord/threads.py) every entry is
    written there too and looked up there when this process does not know it: a restarted
    bot continues the conversations of its threads.
    """

    def __init__(self, size: int, durable: ThreadMap | None = None) -> None:
        self.size, self.durable = size, durable
        self._ids: OrderedDict[int, str] = OrderedDict()

    def get(self, key: int) -> str | None:
        """Return the conversation id stored under `key`, if any."""
        found = self._ids.get(key)
        if found is None and self.durable is not None:
            found = self.durable.get(key)
            if found is not None:
                self._remember(key, found)
        elif found is not None:
            self._ids.move_to_end(key)
        return found

    def set(self, key: int, conversation_id: str) -> None:
        """Store the conversation id under `key`."""
        self._remember(key, conversation_id)
        if self.durable is not None:
            self.durable.set(key, conversation_id)

    def _remember(self, key: int, conversation_id: str) -> None:
        self._ids[key] = conversation_id
        self._ids.move_to_end(key)
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._ids or (isinstance(key, int) and self.durable is not None and self.get(key) is not None)


def conversation_key(channel: Any) -> int | None:
    """The id a conversation is kept under: a thread's or a DM's; None elsewhere (each question stands alone)."""
    return channel.id if getattr(channel, "type", None) in _CONVERSATION_CHANNELS else None
