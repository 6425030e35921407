"""Conversations in Redis, so that every worker and machine behind a load balancer shares them.

Same rules as the in-memory store: a conversation idle for `ttl` seconds expires (a key with a
TTL, renewed on every read and write), and at most `size` are kept, the least recently used
dropped first (a sorted set of id -> last use). Each read and write is one Lua script, so
several processes writing at once cannot leave the two out of step; the clock is Redis's own
(microseconds).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import redis

from qa.chat.conversation import Conversation
from qa.errors import StoreUnavailable
from qa.records import dumps, loads
from qa.settings import Settings

T = TypeVar("T")
PREFIX = "qa:conv:"
LRU = "qa:conv-lru"

# KEYS: conversation key, LRU set. ARGV: id, ttl ms. Returns the JSON or nil.
_GET = """
local data = redis.call('GET', KEYS[1])
if data then
  local t = redis.call('TIME')
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  redis.call('ZADD', KEYS[2], t[1] * 1000000 + t[2], ARGV[1])
end
return data
"""

# KEYS: conversation key, LRU set. ARGV: id, ttl ms, JSON, size, key prefix.
_PUT = """
local t = redis.call('TIME')
local now = t[1] * 1000000 + t[2]
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - 1000 * tonumber(ARGV[2]))
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
if over > 0 then
  for _, id in ipairs(redis.call('ZRANGE', KEYS[2], 0, over - 1)) do
    redis.call('DEL', ARGV[5] .. id)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, over - 1)
end
return over
"""


def safe_url(url: str) -> str:
    """`url` without its password, fit for an error message."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class RedisStore:
    """Conversations in Redis: dropped after `ttl` idle seconds, at most `size` kept (LRU)."""

    def __init__(self, client: redis.Redis, ttl: float = 1800.0, size: int = 10_000, name: str = "redis") -> None:
        self.client, self.ttl, self.size, self.name = client, ttl, size, name
        self._get = client.register_script(_GET)
        self._put = client.register_script(_PUT)

    @classmethod
    def from_settings(cls, settings: Settings) -> RedisStore:
        """Connect to `settings.redis_url` and check that Redis answers (StoreUnavailable if not)."""
        url = settings.redis_url or ""
        try:
            client = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)
        except ValueError as exc:
            raise StoreUnavailable(f"QA_REDIS_URL {safe_url(url)!r} is not a Redis URL: {exc}") from None
        store = cls(client, settings.conversation_ttl_seconds, settings.max_conversations, safe_url(url))
        store._call(client.ping)
        return store

    def get(self, conversation_id: str) -> Conversation | None:
        data = self._call(self._get, keys=[PREFIX + conversation_id, LRU], args=[conversation_id, self._ttl_ms])
        return None if data is None else loads(Conversation, data)

    def put(self, conversation: Conversation) -> None:
        self._call(
            self._put,
            keys=[PREFIX + conversation.id, LRU],
            args=[conversation.id, self._ttl_ms, dumps(conversation), self.size, PREFIX],
        )

    def __len__(self) -> int:
        return int(self._call(self.client.zcard, LRU))

    @property
    def _ttl_ms(self) -> int:
        return max(1, int(self.ttl * 1000))

    def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        try:
            return fn(*args, **kwargs)
        except redis.RedisError as exc:
            raise StoreUnavailable(f"the conversation store at {self.name} is unreachable: {exc}") from None
