"""Starting the bot: the token comes from DISCORD_TOKEN or --token-file, and every refusal is one line."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import discord
import pytest
from test_discord_gateway import TOKEN, OfflineDiscord, bundled_pipeline, make_bot
from typer.testing import CliRunner

from bots.discord.bot import DiscordTokenError, DiscordUnreachable, QABot, read_token, start
from qa.cli.app import app
from qa.errors import BadSetting, CorpusNotFound, QAError
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

GOOD = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789_-"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The bundled pipeline, once per module."""
    return bundled_pipeline(tmp_path_factory)


def test_the_token_comes_from_the_environment() -> None:
    assert read_token(None, {"DISCORD_TOKEN": f"  {GOOD}\n"}).get_secret_value() == GOOD


def test_a_token_file_wins_over_the_environment(tmp_path: Path) -> None:
    (tmp_path / "token").write_text(GOOD + "\n", encoding="utf-8")
    assert read_token(tmp_path / "token", {"DISCORD_TOKEN": "other.to.ken"}).get_secret_value() == GOOD


@pytest.mark.parametrize(
    ("environ", "file_text", "message"),
    [
        ({}, None, "no Discord bot token: set DISCORD_TOKEN or pass --token-file FILE"),
        ({"DISCORD_TOKEN": "   "}, None, "DISCORD_TOKEN is empty"),
        ({}, "", "the token file"),
        ({"DISCORD_TOKEN": f"Bot {GOOD}"}, None, "starts with 'Bot '"),
        ({"DISCORD_TOKEN": "not a token"}, None, "does not hold a bot token"),
        ({}, "secret-without-dots", "does not hold a bot token"),
    ],
)
def test_a_bad_token_is_one_clear_line(
    tmp_path: Path, environ: dict[str, str], file_text: str | None, message: str
) -> None:
    token_file = None
    if file_text is not None:
        token_file = tmp_path / "token"
        token_file.write_text(file_text, encoding="utf-8")
    with pytest.raises(DiscordTokenError) as caught:
        read_token(token_file, environ)
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert isinstance(caught.value, QAError)
    for secret in ("not a token", "secret-without-dots", GOOD):
        assert secret not in text  # a token is never echoed


def test_an_unreadable_token_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(DiscordTokenError, match=r"cannot read the token file .*missing: No such file"):
        read_token(tmp_path / "missing", {})


def test_a_refused_token_is_a_one_line_error(pipeline: Pipeline) -> None:
    bot = make_bot(pipeline)
    discord_ = OfflineDiscord(bot)
    discord_.http.fail_once("GET", "/users/@me", 401)  # what Discord answers to a wrong token
    with pytest.raises(DiscordTokenError, match=r"^Discord refused the bot token") as caught:
        asyncio.run(start(bot, TOKEN))
    assert "\n" not in str(caught.value)
    assert bot.is_closed()


def test_a_missing_commands_scope_is_a_one_line_error(pipeline: Pipeline) -> None:
    bot = make_bot(pipeline, discord_guild=1234)
    discord_ = OfflineDiscord(bot)
    discord_.http.fail_once("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", 403)
    with pytest.raises(BadSetting, match=r"'applications\.commands' scope"):
        asyncio.run(start(bot, TOKEN))


def test_an_unreachable_discord_is_a_one_line_error(pipeline: Pipeline) -> None:
    bot = make_bot(pipeline)
    OfflineDiscord(bot).http.fail_once("GET", "/users/@me", aiohttp.ClientConnectionError("no route to discord.com"))
    with pytest.raises(DiscordUnreachable, match=r"^cannot reach Discord: no route to discord\.com$"):
        asyncio.run(start(bot, TOKEN))


def test_a_missing_corpus_stops_the_bot_before_it_connects(tmp_path: Path) -> None:
    bot = QABot(pipeline=Pipeline(Settings(corpus=tmp_path / "nowhere", index=tmp_path / "index")))
    discord_ = OfflineDiscord(bot)
    with pytest.raises(CorpusNotFound):
        asyncio.run(start(bot, TOKEN))
    assert [c.path for c in discord_.http.calls] == ["/users/@me", "/oauth2/applications/@me"]  # no sync


def without_token() -> dict[str, str]:
    """The environment minus DISCORD_TOKEN and the QA_ settings."""
    return {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN" and not k.startswith("QA_")}


def test_python_m_bots_discord_without_a_token(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bots.discord"],
        cwd=ROOT,
        env=without_token() | {"QA_INDEX": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "error: no Discord bot token: set DISCORD_TOKEN or pass --token-file FILE\n"
    assert done.stdout == ""


def test_python_m_bots_discord_with_an_empty_token_file(tmp_path: Path) -> None:
    (tmp_path / "token").write_text("\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bots.discord", "--token-file", str(tmp_path / "token")],
        cwd=ROOT,
        env=without_token() | {"QA_INDEX": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith("error: the token file ") and "is empty" in done.stderr
    assert "Traceback" not in done.stderr


def test_qa_discord_without_a_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["discord", "--index", str(tmp_path)])
    assert result.exit_code == 1
    assert "error: no Discord bot token" in result.output and result.output.count("\n") == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_readme_documents_the_settings_and_the_invite() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Discord bot") :].split("\n## ", 1)[0]
    for name in (f.name for f in dataclasses.fields(Settings)):
        if name.startswith("discord_"):
            assert f"`QA_{name.upper()}`" in section
    needed = discord.Permissions(
        send_messages=True,
        send_messages_in_threads=True,
        create_public_threads=True,
        embed_links=True,
        read_message_history=True,
    )
    assert f"permissions={needed.value}" in section and "scope=bot+applications.commands" in section
    assert "`DISCORD_TOKEN`" in section and "--token-file" in section
