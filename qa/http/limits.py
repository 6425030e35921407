"""What keeps one client from hurting the service: body size, request rate, the API key."""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa.http.errors import ApiError


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes gets 413 before the app reads it.

    A declared Content-Length is checked at once; a chunked body is read up to the limit and
    replayed to the app, so a client that lies about its length cannot get more through.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(
            {"error": "body_too_large", "detail": f"the request body is over the {self.limit}-byte limit"}
        ).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """A token bucket per client: `per_minute` requests a minute, bursts up to `per_minute`.

    At most `clients` buckets are kept (least recently seen dropped), so memory is bounded.
    Each worker process counts on its own.
    """

    def __init__(self, per_minute: int, clients: int = 50_000) -> None:
        self.per_minute, self.clients = per_minute, clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        """Take a token for `client`, or raise ApiError 429 with Retry-After."""
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, seen = self._buckets.pop(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - seen) * rate)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.clients:
                self._buckets.popitem(last=False)
        if not allowed:
            wait = max(1, int((1.0 - tokens) / rate + 0.999))
            raise ApiError(
                429,
                "rate_limited",
                f"too many requests: the limit is {self.per_minute} a minute; try again in {wait} s",
                {"Retry-After": str(wait)},
            )


def check_bearer(authorization: str | None, key: str) -> None:
    """Raise ApiError 401 unless `authorization` is 'Bearer <key>' (compared in constant time)."""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(
            401, "unauthorized", "this endpoint needs 'Authorization: Bearer <API key>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(given.strip().encode(), key.encode()):
        raise ApiError(401, "unauthorized", "the API key is not valid", {"WWW-Authenticate": "Bearer"})
