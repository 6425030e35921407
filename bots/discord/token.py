"""The bot's token: from a file or DISCORD_TOKEN, checked for its shape before Discord sees it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from qa.errors import BadSetting, QAError
from qa.settings import Secret

_TOKEN_SHAPE = re.compile(r"[\w-]+\.[\w-]+\.[\w-]+")


class DiscordTokenError(BadSetting):
    """The Discord token is missing, unreadable, malformed or refused by Discord."""


class DiscordUnreachable(QAError):
    """Discord could not be reached."""


def read_token(token_file: Path | None, environ: Mapping[str, str]) -> Secret:
    """Return the bot token from `token_file`, else DISCORD_TOKEN; raise DiscordTokenError if missing or malformed."""
    if token_file is not None:
        where = f"the token file {token_file}"
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeError) as exc:
            raise DiscordTokenError(f"cannot read {where}: {getattr(exc, 'strerror', None) or exc}") from exc
    else:
        where, token = "DISCORD_TOKEN", environ.get("DISCORD_TOKEN", "").strip()
        if "DISCORD_TOKEN" not in environ:
            raise DiscordTokenError("no Discord bot token: set DISCORD_TOKEN or pass --token-file FILE")
    if not token:
        raise DiscordTokenError(f"{where} is empty: put the bot's token there (Developer Portal, Bot, Reset Token)")
    if token.lower().startswith("bot "):
        raise DiscordTokenError(f"{where} starts with 'Bot ': give the token alone")
    if not _TOKEN_SHAPE.fullmatch(token):
        raise DiscordTokenError(f"{where} does not hold a bot token (three parts separated by dots)")
    return Secret(token)
