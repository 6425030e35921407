"""An offline Discord for the bot's tests, and tests of logging in and syncing /ask through it.

The bot is the real `QABot` on a real discord.py `ConnectionState`: gateway events are fed to the
state's own parsers (`parse_message_create`, `parse_interaction_create`, ...), as the gateway
would, so discord.py builds every `Message`, `Interaction` and `Thread` itself. Only the HTTP
layer is replaced: `RecordingHTTP` (a `discord.http.HTTPClient`) and `RecordingWebhookAdapter`
(discord.py's interaction/webhook HTTP adapter) keep each request's route and JSON and answer
as Discord does. Like Discord, it echoes the bot's own messages back as MESSAGE_CREATE and
announces a new thread with THREAD_CREATE.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

import discord
import pytest
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from bots.discord.bot import QABot
from qa.pipeline import Pipeline
from qa.settings import Settings

APP_ID = 1100000000000000001  # a bot user has its application's id
GUILD_ID = 1100000000000000002
CHANNEL_ID = 1100000000000000003
BOT_ROLE_ID = 1100000000000000004
USER_ID = 1100000000000000005
OTHER_USER_ID = 1100000000000000006
OTHER_BOT_ID = 1100000000000000007
TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.offline.token"
TIMESTAMP = "2024-05-01T12:00:00.000000+00:00"
EPHEMERAL = 64


def user(user_id: int, name: str, *, bot: bool = False) -> dict[str, Any]:
    """A user payload."""
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": None, "avatar": None, "bot": bot}


BOT_USER = user(APP_ID, "qa-bot", bot=True)
USER = user(USER_ID, "ada")
OTHER_USER = user(OTHER_USER_ID, "grace")
OTHER_BOT = user(OTHER_BOT_ID, "another-bot", bot=True)


def member(roles: list[int] = ()) -> dict[str, Any]:
    """A guild member payload without its user, as in MESSAGE_CREATE's `member`."""
    return {"roles": [str(r) for r in roles], "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}


def role(role_id: int, name: str, **extra: Any) -> dict[str, Any]:
    """A role payload."""
    return {
        "id": str(role_id),
        "name": name,
        "permissions": "0",
        "position": 0,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    } | extra


def text_channel(channel_id: int = CHANNEL_ID) -> dict[str, Any]:
    """A guild text channel payload."""
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": "questions",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
    }


def thread_channel(thread_id: int, parent_id: int = CHANNEL_ID, owner_id: int = APP_ID, name: str = "t") -> dict:
    """A public thread payload."""
    return {
        "id": str(thread_id),
        "type": 11,
        "guild_id": str(GUILD_ID),
        "parent_id": str(parent_id),
        "owner_id": str(owner_id),
        "name": name,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "flags": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": TIMESTAMP,
            "locked": False,
        },
    }


def guild() -> dict[str, Any]:
    """The GUILD_CREATE payload of the test server: one text channel, the bot with its managed role."""
    return {
        "id": str(GUILD_ID),
        "name": "Test server",
        "owner_id": str(USER_ID),
        "icon": None,
        "features": [],
        "emojis": [],
        "stickers": [],
        "roles": [
            role(GUILD_ID, "@everyone", permissions="274877975552"),
            role(BOT_ROLE_ID, "qa-bot", managed=True, tags={"bot_id": str(APP_ID)}),
        ],
        "channels": [text_channel()],
        "threads": [],
        "members": [member([BOT_ROLE_ID]) | {"user": BOT_USER}],
        "member_count": 3,
        "large": False,
        "unavailable": False,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "system_channel_flags": 0,
        "joined_at": TIMESTAMP,
    }


@dataclass
class Call:
    """One HTTP request the bot made: method, route template, URL and JSON body."""

    method: str
    path: str
    url: str
    json: Any
    params: dict[str, Any] | None

    def flags(self) -> int:
        """The message flags of the body (64: ephemeral), looking inside interaction callbacks."""
        body = self.json or {}
        return (body.get("data") or body).get("flags", 0) or 0


class RecordingHTTP(discord.http.HTTPClient):
    """discord.py's HTTP client whose `request` records the call and answers like Discord, offline."""

    def __init__(self, world: OfflineDiscord) -> None:
        super().__init__(loop=None)  # type: ignore[arg-type]  # the client sets the loop on login
        self.world = world
        self.calls: list[Call] = []
        self.failures: dict[tuple[str, str], int | Exception] = {}
        self.ids = itertools.count(1200000000000000000)

    def fail_once(self, method: str, path: str, failure: int | Exception) -> None:
        """Make the next request to `path` fail: with that HTTP status, or by raising that exception."""
        self.failures[(method, path)] = failure

    async def request(self, route: Route, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        """Record the request and return what Discord would."""
        body = kwargs.get("json")
        if form:
            body = json.loads(next(f["value"] for f in form if f["name"] == "payload_json"))
        return self.record(route, body, kwargs.get("params"))

    def record(self, route: Route, body: Any, params: dict[str, Any] | None) -> Any:
        """Keep the call; raise the planned failure, else answer it."""
        call = Call(route.method, route.path, route.url, body, params)
        self.calls.append(call)
        status = self.failures.pop((route.method, route.path), None)
        if isinstance(status, Exception):
            raise status
        if status is not None:
            kind = {403: discord.Forbidden, 404: discord.NotFound}.get(status, discord.HTTPException)
            kind = discord.DiscordServerError if status >= 500 else kind
            raise kind(SimpleNamespace(status=status, reason="planned"), {"code": 0, "message": "planned failure"})
        return self.world.respond(call, route)

    def posts(self, path: str) -> list[Call]:
        """The POST calls to a route template."""
        return [c for c in self.calls if c.method == "POST" and c.path == path]


class RecordingWebhookAdapter(AsyncWebhookAdapter):
    """discord.py's interaction/webhook HTTP adapter, recording into the same log instead of sending."""

    def __init__(self, http: RecordingHTTP) -> None:
        super().__init__()
        self.http = http

    async def request(self, route: Route, session: Any = None, *, payload: Any = None, **kwargs: Any) -> Any:
        """Record the request and return what Discord would."""
        if kwargs.get("multipart"):
            payload = json.loads(next(p["value"] for p in kwargs["multipart"] if p["name"] == "payload_json"))
        return self.http.record(route, payload, kwargs.get("params"))


MESSAGES = "/channels/{channel_id}/messages"
THREADS = "/channels/{channel_id}/messages/{message_id}/threads"
CALLBACK = "/interactions/{webhook_id}/{webhook_token}/callback"
FOLLOWUP = "/webhooks/{webhook_id}/{webhook_token}"


class OfflineDiscord:
    """Discord, offline: feeds gateway events to the bot's state and answers its HTTP requests.

    async with OfflineDiscord(QABot(pipeline=p)) as discord_:
        await discord_.message("<@bot> Who threatened to sue Microsoft?")
    """

    def __init__(self, bot: QABot) -> None:
        self.bot = bot
        self.http = RecordingHTTP(self)
        # the one HTTP client that the client, its connection state and its command tree share
        bot.http = bot._connection.http = bot.tree._http = self.http
        self.adapter = RecordingWebhookAdapter(self.http)
        self.state = bot._connection
        self.ids = itertools.count(1300000000000000000)
        self.messages: dict[int, dict[str, Any]] = {}

    async def __aenter__(self) -> OfflineDiscord:
        self._context = async_context.set(self.adapter)
        await self.bot.login(TOKEN)  # GET /users/@me, GET the application, then setup_hook
        self.state.parse_guild_create(guild())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.settle()
        await self.bot.close()
        async_context.reset(self._context)

    async def settle(self) -> None:
        """Wait until every task the bot's events started (handlers, button callbacks) has finished."""
        for _ in range(100):
            tasks = {t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()}
            if not tasks:
                return
            await asyncio.wait(tasks, timeout=20)
        raise AssertionError("the bot's tasks never finished")

    # gateway events

    async def message(
        self,
        content: str,
        *,
        author: dict[str, Any] = USER,
        channel_id: int = CHANNEL_ID,
        message_id: int | None = None,
        guild: bool = True,
    ) -> dict[str, Any]:
        """Deliver MESSAGE_CREATE (in the test server, else a DM) and wait for the bot to finish."""
        known = {APP_ID: BOT_USER, USER_ID: USER, OTHER_USER_ID: OTHER_USER, OTHER_BOT_ID: OTHER_BOT}
        mentions = [known[int(i)] for i in re.findall(r"<@!?(\d+)>", content) if int(i) in known]
        data = self.message_payload(
            content, author=author, channel_id=channel_id, mentions=mentions, message_id=message_id
        )
        if not guild:
            del data["guild_id"], data["member"]
        self.state.parse_message_create(data)
        await self.settle()
        return data

    async def slash(self, question: str, *, author: dict[str, Any] = USER, channel: dict | None = None) -> dict:
        """Deliver INTERACTION_CREATE for `/ask question:<question>` and wait for the bot to finish."""
        command = {
            "id": str(next(self.ids)),
            "name": "ask",
            "type": 1,
            "options": [{"name": "question", "type": 3, "value": question}],
        }
        if self.bot.settings.discord_guild:
            command["guild_id"] = str(GUILD_ID)
        data = self.interaction_payload(2, command, author=author, channel=channel or text_channel())
        self.state.parse_interaction_create(data)
        await self.settle()
        return data

    async def click(self, message: dict[str, Any], *, author: dict[str, Any] = USER) -> dict[str, Any]:
        """Deliver INTERACTION_CREATE for a click on the first button of `message`."""
        button = message["components"][0]["components"][0]
        where = int(message["channel_id"])
        channel = text_channel() if where == CHANNEL_ID else thread_channel(where)
        data = self.interaction_payload(
            3, {"custom_id": button["custom_id"], "component_type": 2}, author=author, channel=channel
        )
        data["message"] = message
        self.state.parse_interaction_create(data)
        await self.settle()
        return data

    def message_payload(
        self,
        content: str,
        *,
        author: dict[str, Any],
        channel_id: int,
        mentions: list[dict[str, Any]] = (),
        message_id: int | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A MESSAGE_CREATE payload in the test server."""
        return {
            "id": str(message_id or next(self.ids)),
            "channel_id": str(channel_id),
            "guild_id": str(GUILD_ID),
            "author": author,
            "member": member(),
            "content": content,
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [m | {"member": member()} for m in mentions],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
        } | extra

    def interaction_payload(self, kind: int, data: dict, *, author: dict, channel: dict) -> dict[str, Any]:
        """An INTERACTION_CREATE payload from the test server."""
        interaction_id = next(self.ids)
        return {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"interaction-token-{interaction_id}",
            "version": 1,
            "guild_id": str(GUILD_ID),
            "channel_id": channel["id"],
            "channel": channel,
            "member": member() | {"user": author, "permissions": "2248473465835073"},
            "app_permissions": "2248473465835073",
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 10485760,
            "data": data,
        }

    # answers to HTTP requests

    def respond(self, call: Call, route: Route) -> Any:
        """Return Discord's JSON answer to a request; echo gateway events the request causes."""
        body = call.json or {}
        if call.path == "/users/@me":
            return BOT_USER
        if call.path == "/oauth2/applications/@me":
            return application()
        if call.method == "PUT" and call.path.endswith("/commands"):
            return [c | {"id": str(next(self.ids)), "application_id": str(APP_ID), "version": "1"} for c in body]
        if call.path == "/channels/{channel_id}/typing":
            return None
        if call.path == THREADS:
            message_id = int(call.url.rsplit("/", 2)[-2])  # a thread started from a message has its id
            thread = thread_channel(message_id, route.channel_id, name=body["name"])
            self.state.parse_thread_create(thread | {"newly_created": True})
            return thread
        if call.path == MESSAGES:
            return self.echo(body, channel_id=route.channel_id)
        if call.path == CALLBACK:
            return self.callback(call, route)
        if call.path == FOLLOWUP:
            return self.echo(body, channel_id=CHANNEL_ID, webhook_id=str(APP_ID))
        if call.method == "DELETE" and call.path.endswith("/messages/@original"):
            return None
        raise AssertionError(f"the offline Discord does not know {call.method} {call.path}")

    def echo(self, body: dict[str, Any], *, channel_id: int, **extra: Any) -> dict[str, Any]:
        """The message the bot sent, as Discord stores it; Discord also sends it back as MESSAGE_CREATE."""
        data = self.message_payload(body.get("content") or "", author=BOT_USER, channel_id=channel_id, **extra)
        data |= {"embeds": body.get("embeds") or [], "components": body.get("components") or []}
        data["flags"] = body.get("flags", 0) or 0
        self.messages[int(data["id"])] = data
        self.state.parse_message_create(data)
        return data

    def callback(self, call: Call, route: Route) -> dict[str, Any]:
        """The answer to an interaction callback (a defer or a message)."""
        kind, data = call.json["type"], call.json.get("data") or {}
        answer: dict[str, Any] = {
            "interaction": {
                "id": str(route.webhook_id),
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool((data.get("flags") or 0) & EPHEMERAL),
            }
        }
        if kind == 4:
            message = self.message_payload(
                data.get("content") or "", author=BOT_USER, channel_id=CHANNEL_ID, embeds=data.get("embeds") or []
            )
            answer["resource"] = {"type": 4, "message": message}
        return answer

    # what the bot sent

    def channel_messages(self) -> list[Call]:
        """The bot's POSTs of messages to channels and threads."""
        return self.http.posts(MESSAGES)

    def interaction_calls(self) -> list[Call]:
        """The bot's interaction callbacks and follow-ups, in order."""
        return [c for c in self.http.calls if c.path in (CALLBACK, FOLLOWUP) or "@original" in c.path]


def application() -> dict[str, Any]:
    """The GET /oauth2/applications/@me payload."""
    return {
        "id": str(APP_ID),
        "name": "qa-bot",
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": USER,
        "verify_key": "0" * 64,
        "flags": 0,
    }


def channel_of(call: Call) -> int:
    """The channel id a message call was sent to."""
    return int(re.search(r"/channels/(\d+)/", call.url)[1])


def make_bot(pipeline: Pipeline, **changes: Any) -> QABot:
    """A bot over the shared `pipeline`, with some Discord settings changed."""
    return QABot(pipeline=pipeline, settings=replace(pipeline.settings, **changes))


def play(bot: QABot, scenario: Callable[[OfflineDiscord], Awaitable[Any]]) -> OfflineDiscord:
    """Run `scenario` against the offline Discord, from login to close; return it for assertions."""

    async def main() -> OfflineDiscord:
        async with OfflineDiscord(bot) as d:
            await scenario(d)
        return d

    return asyncio.run(main())


def bundled_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """A pipeline over the bundled corpus, its index built now under a temporary folder; no cooldown."""
    p = Pipeline(Settings(index=tmp_path_factory.mktemp("discord-index"), discord_cooldown_seconds=0))
    p.index  # noqa: B018  (build it here, once)
    return p


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The bundled pipeline, once per module."""
    return bundled_pipeline(tmp_path_factory)


# -- logging in and syncing


def test_login_asks_for_the_bot_user_and_syncs_ask_globally(pipeline: Pipeline) -> None:
    async def scenario() -> OfflineDiscord:
        async with OfflineDiscord(make_bot(pipeline)) as d:
            assert d.bot.user is not None and d.bot.user.id == APP_ID
            return d

    d = asyncio.run(scenario())
    paths = [(c.method, c.path) for c in d.http.calls]
    assert paths[:3] == [
        ("GET", "/users/@me"),
        ("GET", "/oauth2/applications/@me"),
        ("PUT", "/applications/{application_id}/commands"),
    ]
    assert [c["name"] for c in d.http.calls[2].json] == ["ask"]


def test_a_guild_setting_syncs_to_that_guild(pipeline: Pipeline) -> None:
    async def scenario() -> OfflineDiscord:
        async with OfflineDiscord(make_bot(pipeline, discord_guild=GUILD_ID)) as d:
            await d.slash("Who threatened to sue Microsoft?")
            return d

    d = asyncio.run(scenario())
    sync = next(c for c in d.http.calls if c.method == "PUT")
    assert sync.path == "/applications/{application_id}/guilds/{guild_id}/commands"
    assert str(GUILD_ID) in sync.url
    assert [c.path for c in d.interaction_calls()] == [CALLBACK, FOLLOWUP]


def test_privileged_intent_only_when_asked_for(pipeline: Pipeline) -> None:
    assert make_bot(pipeline).intents.message_content is False
    assert make_bot(pipeline, discord_message_content=True).intents.message_content is True
    assert make_bot(pipeline).intents.members is False and make_bot(pipeline).intents.presences is False


def test_the_harness_uses_discord_py_objects(pipeline: Pipeline) -> None:
    async def scenario() -> tuple[Any, Any]:
        async with OfflineDiscord(make_bot(pipeline)) as d:
            g = d.bot.get_guild(GUILD_ID)
            return g, g and g.get_channel(CHANNEL_ID)

    g, channel = asyncio.run(scenario())
    assert isinstance(g, discord.Guild) and isinstance(channel, discord.TextChannel)
    assert g.self_role is not None and g.self_role.id == BOT_ROLE_ID
