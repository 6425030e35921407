"""The command tree is one Discord accepts when syncing: the API's rules for chat-input commands, checked here."""

from __future__ import annotations

import unicodedata
from typing import Any

import discord
import pytest
from discord import app_commands

from bots.discord.bot import QABot
from qa.pipeline import Pipeline
from qa.settings import Settings

CHAT_INPUT = 1
SUB_COMMAND, SUB_COMMAND_GROUP, STRING = 1, 2, 3
GLOBAL_CHAT_INPUT_LIMIT = 100


def valid_name(name: str) -> bool:
    """Discord's `^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$`, lowercase where a lowercase form exists."""
    word = all(c in "-_" or unicodedata.category(c)[0] in "LN" for c in name)
    return 1 <= len(name) <= 32 and word and name == name.lower()


def problems(command: dict[str, Any]) -> list[str]:
    """What Discord would reject in one command payload (empty: it syncs)."""
    found: list[str] = []
    if not valid_name(command["name"]):
        found.append(f"bad command name {command['name']!r}")
    if command.get("type", CHAT_INPUT) == CHAT_INPUT and not 1 <= len(command.get("description", "")) <= 100:
        found.append(f"/{command['name']}: description must be 1-100 characters")
    found += option_problems(command["name"], command.get("options") or [])
    if total_characters(command) > 4000:
        found.append(f"/{command['name']}: more than 4000 characters in names, descriptions and values")
    return found


def option_problems(where: str, options: list[dict[str, Any]]) -> list[str]:
    """What Discord would reject in a list of options."""
    found = [f"{where}: more than 25 options"] if len(options) > 25 else []
    names = [o["name"] for o in options]
    if len(set(names)) != len(names):
        found.append(f"{where}: option names repeat")
    required = [o.get("required", False) for o in options]
    if required != sorted(required, reverse=True):
        found.append(f"{where}: a required option follows an optional one")
    for o in options:
        if not valid_name(o["name"]):
            found.append(f"{where}: bad option name {o['name']!r}")
        if not 1 <= len(o.get("description", "")) <= 100:
            found.append(f"{where} {o['name']}: description must be 1-100 characters")
        if len(o.get("choices") or []) > 25:
            found.append(f"{where} {o['name']}: more than 25 choices")
        if o["type"] == STRING and not 0 <= o.get("min_length", 0) <= o.get("max_length", 6000) <= 6000:
            found.append(f"{where} {o['name']}: string length bounds outside 0-6000")
        if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
            found += option_problems(f"{where} {o['name']}", o.get("options") or [])
    return found


def total_characters(node: dict[str, Any]) -> int:
    """Characters Discord counts toward a command's 4000: names, descriptions, choice names and values."""
    own = len(node.get("name", "")) + len(node.get("description", ""))
    own += sum(len(c["name"]) + len(str(c["value"])) for c in node.get("choices") or [])
    return own + sum(total_characters(o) for o in node.get("options") or [])


@pytest.fixture
def bot(tmp_path: Any) -> QABot:
    """A bot that is never started: building its tree needs no index and no network."""
    return QABot(pipeline=Pipeline(Settings(index=tmp_path)))


def payload(bot: QABot, guild: Any = None) -> list[dict[str, Any]]:
    """What `tree.sync()` would send: each command's `to_dict`."""
    return [c.to_dict(bot.tree) for c in bot.tree._get_all_commands(guild=guild)]


def test_the_tree_is_valid_for_syncing(bot: QABot) -> None:
    commands = payload(bot)
    assert [c["name"] for c in commands] == ["ask"]
    assert len(commands) <= GLOBAL_CHAT_INPUT_LIMIT
    assert [p for c in commands for p in problems(c)] == []


def test_ask_takes_one_required_string_question(bot: QABot) -> None:
    (ask,) = payload(bot)
    assert ask["type"] == CHAT_INPUT
    assert [(o["name"], o["type"], o["required"]) for o in ask["options"]] == [("question", STRING, True)]
    assert "Microsoft" in ask["options"][0]["description"]  # an example in the option's help


def test_the_guild_copy_is_valid_too(tmp_path: Any) -> None:
    bot = QABot(pipeline=Pipeline(Settings(index=tmp_path, discord_guild=42)))
    guild = discord.Object(42)
    bot.tree.copy_global_to(guild=guild)
    assert [p for c in payload(bot, guild) for p in problems(c)] == []


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        ({"name": "Ask", "description": "d"}, "bad command name"),
        ({"name": "ask me", "description": "d"}, "bad command name"),
        ({"name": "a" * 33, "description": "d"}, "bad command name"),
        ({"name": "ask", "description": ""}, "description must be 1-100"),
        ({"name": "ask", "description": "d" * 101}, "description must be 1-100"),
        ({"name": "ask", "description": "d", "options": [{"name": f"o{i}", "type": 3, "description": "d"} for i in range(26)]}, "more than 25 options"),
        ({"name": "ask", "description": "d", "options": [{"name": "Q", "type": 3, "description": "d"}]}, "bad option name"),
        ({"name": "ask", "description": "d", "options": [{"name": "q", "type": 3, "description": "x" * 101}]}, "description must be 1-100"),
        (
            {"name": "ask", "description": "d", "options": [{"name": "a", "type": 3, "description": "d"}, {"name": "b", "type": 3, "description": "d", "required": True}]},
            "required option follows",
        ),
    ],
)  # fmt: skip
def test_the_checker_catches_what_discord_rejects(command: dict[str, Any], problem: str) -> None:
    assert any(problem in p for p in problems(command))


def test_the_checker_counts_total_characters() -> None:
    options = [{"name": f"o{i}", "type": 3, "description": "d" * 100} for i in range(25)]
    sub = [{"name": f"s{i}", "type": 1, "description": "d" * 100, "options": options} for i in range(2)]
    assert any("4000" in p for p in problems({"name": "big", "description": "d", "options": sub}))


def test_a_real_discord_py_command_with_a_bad_name_is_refused_by_discord_py_first() -> None:
    with pytest.raises(ValueError):
        app_commands.Command(name="Bad Name", description="d", callback=_callback)


async def _callback(interaction: Any, question: str) -> None:
    """A command body."""
