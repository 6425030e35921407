"""The Discord bot: /ask and @mentions, answered in a thread whose follow-ups continue the conversation.

    bot = QABot(pipeline=Pipeline(Settings()))
    asyncio.run(start(bot, token))       # or: run(Settings()), as `qa discord` does

Loading the index and answering run in a worker thread, never on the event loop. The answer is
an embed (bots/discord_embed.py) with a Sources button (bots/discord_sources.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bots.discord.embed import answer_embed, message_text, thread_name
from bots.discord.feedback import VoteButton, vote_buttons
from bots.discord.sources import APOLOGY, SourcesButton, apologise, sources_view
from bots.discord.state import Conversations, Cooldown, conversation_key, cooldown_text
from bots.discord.threads import ThreadMap, thread_map_for
from bots.discord.token import DiscordTokenError, DiscordUnreachable, read_token
from qa.chat.sqlite_store import SqliteStore
from qa.chat.stores import store_for
from qa.errors import BadSetting, ConversationNotFound, QAError
from qa.feedback.recorder import Recorder
from qa.feedback.store import open_store
from qa.feedback.writer import FeedbackWriter
from qa.models import Answer
from qa.pipeline import Pipeline
from qa.settings import Settings
from qa.text import counted

log = logging.getLogger("bots.discord")

HINT = 'Ask me something after the mention, e.g. "@{name} Who threatened to sue Microsoft?"'
THREAD_ARCHIVE_MINUTES = 1440
_MENTION = re.compile(r"<@[!&]?(\d+)>")


class QABot(discord.Client):
    """The Discord adapter over one pipeline: /ask, @mentions answered in a thread, a Sources button.

    bot = QABot(pipeline=Pipeline(Settings()))
    """

    def __init__(
        self,
        *,
        pipeline: Pipeline,
        settings: Settings | None = None,
        feedback: Recorder | None = None,
        threads: ThreadMap | None = None,
        **options: Any,
    ) -> None:
        settings = settings or pipeline.settings  # the Discord settings; the pipeline keeps its own
        intents = discord.Intents.default()
        intents.message_content = settings.discord_message_content
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        # The bot never speaks: discord.py's warnings that voice needs PyNaCl and davey are noise.
        for flag in ("warn_nacl", "warn_dave"):
            if hasattr(discord.VoiceClient, flag):
                setattr(discord.VoiceClient, flag, False)
        super().__init__(intents=intents, **options)
        self.pipeline = pipeline
        self.settings = settings
        self.feedback = feedback  # None: no 👍/👎 buttons
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(self._ask_command())
        self.tree.error(self._on_command_error)
        self.cooldown = Cooldown(settings.discord_cooldown_seconds)
        self.conversations = Conversations(settings.max_conversations, threads)
        self._seen: OrderedDict[int, None] = OrderedDict()
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def _ask_command(self) -> app_commands.Command[Any, ..., None]:
        @app_commands.command(
            name="ask", description="Ask a question about the documents; the answer cites its sources."
        )
        @app_commands.describe(question="Your question, e.g. Who threatened to sue Microsoft?")
        async def ask(interaction: discord.Interaction, question: str) -> None:
            await self.on_ask(interaction, question)

        return ask

    async def setup_hook(self) -> None:
        """Load the index in a worker thread, register the Sources button, and sync /ask with Discord."""
        index = await asyncio.to_thread(lambda: self.pipeline.index)
        log.info("index ready: %s, %s", counted(len(index.documents), "document"), counted(len(index.passages), "passage"))
        self.add_dynamic_items(SourcesButton, VoteButton)
        await self.sync_commands()

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Register the commands in the guild QA_DISCORD_GUILD, or globally; return what Discord holds."""
        guild_id = self.settings.discord_guild
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        try:
            synced = await self.tree.sync(guild=guild)
        except discord.Forbidden as exc:
            raise BadSetting(
                f"Discord refused to register /ask in guild {guild_id}: invite the bot with the "
                "'applications.commands' scope, or check QA_DISCORD_GUILD"
            ) from exc
        log.info(
            "synced %s %s", ", ".join(f"/{c.name}" for c in synced), f"to guild {guild_id}" if guild else "globally"
        )
        return synced

    async def on_ready(self) -> None:
        """Log who the bot is once connected."""
        log.info("logged in as %s (id %s), in %d servers", self.user, self.user and self.user.id, len(self.guilds))

    async def answer(self, question: str, key: int | None) -> Answer:
        """Answer in a worker thread, continuing the conversation kept under `key` (a thread or DM id)."""
        if key is None:
            return await asyncio.to_thread(self.pipeline.ask, question)
        lock = self._locks.get(key) or self._locks.setdefault(key, asyncio.Lock())
        async with lock:  # two quick follow-ups in one thread: the second sees the first's turn
            try:
                answer = await asyncio.to_thread(self.pipeline.ask, question, self.conversations.get(key))
            except ConversationNotFound:  # it expired: start afresh in the same thread
                answer = await asyncio.to_thread(self.pipeline.ask, question, None)
            if answer.conversation_id:
                self.conversations.set(key, answer.conversation_id)
        return answer

    def reply(self, answer: Answer) -> dict[str, Any]:
        """Return the keyword arguments of the message that carries `answer`: its embed, Sources, 👍 and 👎."""
        view = sources_view(answer, self.pipeline.index) or discord.ui.View(timeout=None)
        for button in vote_buttons(answer) if self.feedback is not None else []:
            view.add_item(button)
        return {"embed": answer_embed(answer)} | ({"view": view} if view.children else {})

    # /ask

    async def on_ask(self, interaction: discord.Interaction, question: str) -> None:
        """Answer /ask: defer at once, answer in a worker thread, send the answer as a follow-up."""
        wait = self.cooldown.wait(interaction.user.id)
        if wait:
            await interaction.response.send_message(cooldown_text(wait), ephemeral=True)
            return
        await interaction.response.defer(thinking=True)
        key = conversation_key(interaction.channel)
        try:
            answer = await self.answer(question, key)
        except QAError as exc:  # the "thinking…" message is public; the error is for the asker only
            await interaction.delete_original_response()
            await interaction.followup.send(message_text(str(exc)), ephemeral=True)
            return
        message = await interaction.followup.send(wait=True, **self.reply(answer))
        if key is None and answer.conversation_id:
            # A thread opened on this answer has the answer's id, so follow-ups there continue.
            self.conversations.set(message.id, answer.conversation_id)
            if self.settings.discord_threads and isinstance(interaction.channel, discord.TextChannel):
                await self._open_thread(interaction.channel, message, question)

    async def _open_thread(self, channel: discord.TextChannel, message: discord.Message, question: str) -> None:
        """Open a thread on the answer to /ask, for follow-ups; without permission, the channel stays as is."""
        try:
            await channel.create_thread(
                name=thread_name(question), message=message, auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except discord.HTTPException as exc:
            log.warning("cannot open a thread on the answer in channel %s (%s)", channel.id, exc)

    async def _on_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        log.error("/%s failed", interaction.command and interaction.command.name, exc_info=error)
        await apologise(interaction)

    # mentions and follow-ups

    async def on_message(self, message: discord.Message) -> None:
        """Answer a mention (or, with Message Content, any message in the bot's thread) in a thread."""
        if not self._addressed(message) or not self._first_time(message.id):
            return
        try:
            await self._answer_message(message)
        except Exception:
            log.exception("answering message %s in channel %s failed", message.id, message.channel.id)
            try:
                await message.reply(APOLOGY, mention_author=False)
            except discord.HTTPException:
                log.exception("could not send the apology")

    def _addressed(self, message: discord.Message) -> bool:
        me = self.user
        if me is None or message.author.bot or message.author.id == me.id or message.webhook_id:
            return False
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return False
        if self._mentions_me(message) or message.channel.type is discord.ChannelType.private:
            return True
        in_my_thread = message.channel.id in self.conversations or getattr(message.channel, "owner_id", None) == me.id
        return self.settings.discord_message_content and in_my_thread and bool(message.content.strip())

    def _mentions_me(self, message: discord.Message) -> bool:
        assert self.user is not None
        if any(u.id == self.user.id for u in message.mentions) or self.user.id in message.raw_mentions:
            return True
        role = message.guild and message.guild.self_role  # "@Bot" may pick the bot's own role
        return role is not None and role.id in message.raw_role_mentions

    def _first_time(self, message_id: int) -> bool:
        """True once per message: a message redelivered after a reconnect gets no second answer."""
        if message_id in self._seen:
            return False
        self._seen[message_id] = None
        if len(self._seen) > 1000:
            self._seen.popitem(last=False)
        return True

    def _question(self, message: discord.Message) -> str:
        """The message's text without the bot's mention; other mentions become @names."""
        assert self.user is not None
        role = message.guild and message.guild.self_role
        mine = {self.user.id, role.id if role else 0}
        names = {u.id: f"@{u.display_name}" for u in message.mentions} | {
            r.id: f"@{r.name}" for r in message.role_mentions
        }
        text = _MENTION.sub(lambda m: "" if int(m[1]) in mine else names.get(int(m[1]), ""), message.content)
        return " ".join(text.split())

    async def _answer_message(self, message: discord.Message) -> None:
        question = self._question(message)
        if not question:
            if self._mentions_me(message):
                await message.reply(HINT.format(name=self.user and self.user.display_name), mention_author=False)
            return
        wait = self.cooldown.wait(message.author.id)
        if wait:
            await message.reply(cooldown_text(wait), mention_author=False)
            return
        channel, key = await self._where_to_answer(message, question)
        await channel.typing()
        reference = {"reference": message} if channel.id == message.channel.id else {}
        try:
            answer = await self.answer(question, key)
        except QAError as exc:
            await channel.send(message_text(str(exc)), **reference)
            return
        await channel.send(**self.reply(answer), **reference)

    async def _where_to_answer(
        self, message: discord.Message, question: str
    ) -> tuple[discord.abc.Messageable, int | None]:
        """The channel to answer in and the conversation key: the message's thread or DM, else a new thread."""
        key = conversation_key(message.channel)
        if key is not None:
            return message.channel, key
        if isinstance(message.channel, discord.TextChannel):
            try:
                thread = await message.create_thread(
                    name=thread_name(question), auto_archive_duration=THREAD_ARCHIVE_MINUTES
                )
            except discord.HTTPException as exc:  # e.g. no Create Public Threads permission
                log.warning(
                    "cannot start a thread in channel %s (%s); answering in the channel", message.channel.id, exc
                )
            else:
                return thread, thread.id
        return message.channel, None


async def start(bot: QABot, token: str) -> None:
    """Log in and serve until the bot is closed; Discord's refusals become one-line QAErrors."""
    async with bot:
        try:
            await bot.start(token)
        except discord.LoginFailure as exc:
            raise DiscordTokenError(
                "Discord refused the bot token: check DISCORD_TOKEN or the --token-file "
                "(Developer Portal, Bot, Reset Token gives a new one)"
            ) from exc
        except discord.PrivilegedIntentsRequired as exc:
            raise BadSetting(
                "QA_DISCORD_MESSAGE_CONTENT is on but the bot's Message Content intent is not enabled: "
                "enable it in the Developer Portal (Bot, Privileged Gateway Intents) or turn the setting off"
            ) from exc
        except (aiohttp.ClientConnectionError, discord.GatewayNotFound) as exc:
            raise DiscordUnreachable(f"cannot reach Discord: {exc}") from exc


def run(settings: Settings, *, token_file: Path | None = None) -> None:
    """Run the bot until interrupted; a missing, malformed or refused token raises DiscordTokenError."""
    token = read_token(token_file, os.environ)
    discord.utils.setup_logging(level=logging.INFO, root=True)
    logging.getLogger("discord").setLevel(logging.WARNING)  # our own lines say what matters
    # Conversations and the thread map outlive a restart: in Redis, else in the SQLite file.
    store = store_for(settings) if settings.redis_url else SqliteStore(
        settings.feedback_path, settings.conversation_ttl_seconds, settings.max_conversations
    )
    pipeline = Pipeline(settings, store=store, progress=lambda msg: log.info("%s…", msg))
    writer = FeedbackWriter(open_store(settings.feedback_path, settings.feedback_url))
    bot = QABot(pipeline=pipeline, feedback=Recorder(pipeline, writer), threads=thread_map_for(settings))
    try:
        asyncio.run(start(bot, token.get_secret_value()))
    except KeyboardInterrupt:
        log.info("stopped")
    finally:
        writer.close()  # the votes still queued
