"""Prometheus metrics of the HTTP service: requests, latency, answers and abstentions.

Routes are labelled by their template (`/v1/documents/{doc_id:path}`), never the raw path,
so label sets stay few. With several workers, set PROMETHEUS_MULTIPROC_DIR (`qa serve
--workers N` does) and `/metrics` adds up every worker's figures.
"""

from __future__ import annotations

import os
import time

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The service's metrics, in a registry of their own (so several apps can live in one process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "qa_http_requests",
            "HTTP requests by route and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "qa_http_request_duration_seconds",
            "time from request to the end of the response",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.answers = Counter(
            "qa_answers",
            "answers given; abstained=true when the corpus had no answer",
            ["abstained"],
            registry=self.registry,
        )
        self.votes = Counter("qa_feedback_votes", "votes on answers received, by value", ["vote"], registry=self.registry)
        for vote in ("up", "down"):
            self.votes.labels(vote=vote)  # both series from the start, at 0
        self.vote_failures = Counter(
            "qa_feedback_write_failures", "votes that could not be stored (queue full, database down)", registry=self.registry
        )
        self.confidence = Histogram(
            "qa_answer_confidence",
            "confidence of the answers given",
            buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
            registry=self.registry,
        )

    def voted(self, vote: str) -> None:
        """Count one vote on an answer."""
        self.votes.labels(vote=vote).inc()

    def vote_lost(self) -> None:
        """Count a vote the store could not keep."""
        self.vote_failures.inc()

    def answered(self, abstained: bool, confidence: float) -> None:
        """Count one answer."""
        self.answers.labels(abstained=str(abstained).lower()).inc()
        self.confidence.observe(confidence)

    def exposition(self) -> tuple[bytes, str]:
        """The text format and its content type; every worker's figures under PROMETHEUS_MULTIPROC_DIR."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MeasureRequests:
    """ASGI middleware: count each HTTP request and time it, labelled by route template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            method = scope["method"]
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - start)
