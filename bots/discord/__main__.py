"""`python -m bots.discord [--token-file FILE]`: run the Discord bot, like `qa discord`.

Only a launcher: the bot is bots/discord_bot.py, since a module named `discord` cannot import discord.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qa.errors import QAError
from qa.settings import Settings


def main(argv: list[str] | None = None) -> int:
    """Run the bot; return the exit code (1 with a one-line error for a bad token or setting)."""
    parser = argparse.ArgumentParser(
        prog="python -m bots.discord", description="Run the Discord question-answering bot."
    )
    parser.add_argument(
        "--token-file", type=Path, help="file holding the bot token (else the DISCORD_TOKEN environment variable)"
    )
    args = parser.parse_args(argv)
    try:
        settings = Settings()
        from bots.discord.bot import run

        run(settings, token_file=args.token_file)
    except QAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
