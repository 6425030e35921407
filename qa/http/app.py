"""The HTTP service: a thin FastAPI adapter over the pipeline.

    app = create_app(Settings())          # or: qa serve --port 8000
    POST /v1/ask  {"question": "What is Musk accusing Microsoft of?"}

`/v1/*` may need an API key and is rate limited per client; `/healthz`, `/readyz`, `/metrics`,
`/docs` and the chat page at `/` are open. Every error is `{"error", "detail"}` with a 4xx
status (503 while the index is not loaded).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from qa.chat.stores import store_for
from qa.errors import QAError
from qa.feedback.recorder import Recorder
from qa.feedback.store import open_store
from qa.feedback.writer import FeedbackWriter
from qa.http.errors import ApiError, install_handlers
from qa.http.limits import BodyLimit, RateLimiter, check_bearer
from qa.http.metrics import MeasureRequests, Metrics
from qa.http.models import AskRequest, DocumentOut, ErrorBody, FeedbackRequest, Health, Ready, SearchResponse
from qa.models import Answer, SearchHit
from qa.pipeline import Pipeline
from qa.settings import Settings

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("qa.http.app")

ERRORS = {
    status: {"model": ErrorBody, "description": text}
    for status, text in {
        400: "malformed JSON",
        401: "missing or wrong API key (when QA_API_KEY is set)",
        404: "unknown conversation, answer or document",
        413: "request body too large",
        422: "invalid request: empty or over-long question, wrong types, unknown fields",
        429: "rate limited (see Retry-After)",
        503: "index not loaded yet, or the conversation store is down",
    }.items()
}


@dataclass
class Service:
    """What the endpoints share: the pipeline, the settings, metrics, the rate limiter and readiness."""

    settings: Settings
    pipeline: Pipeline
    metrics: Metrics = field(default_factory=Metrics)
    limiter: RateLimiter | None = None
    feedback: Recorder | None = None
    not_ready: str | None = "the index is still loading"


def ready(svc: Service) -> Service:
    """`svc` once its index is loaded; 503 before that."""
    if svc.not_ready is not None:
        raise ApiError(503, "not_ready", svc.not_ready, {"Retry-After": "5"})
    return svc


async def ready_service(request: Request) -> Service:
    """The app's service, ready to answer (for the open endpoints)."""
    return ready(request.app.state.service)


async def guarded_service(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> Service:
    """The service for a /v1 request: API key (when one is set), per-client rate limit, readiness."""
    svc: Service = request.app.state.service
    key = svc.settings.api_key.get_secret_value() if svc.settings.api_key else None
    if key:
        check_bearer(authorization, key)
    if svc.limiter is not None:
        svc.limiter.check(request.client.host if request.client else "unknown")
    return ready(svc)


V1Service = Annotated[Service, Depends(guarded_service)]
v1 = APIRouter(prefix="/v1", responses=ERRORS)
probes = APIRouter()


@v1.post("/ask", response_model=Answer, summary="Answer a question, citing the passages it comes from")
async def ask(body: AskRequest, svc: V1Service) -> Answer:
    """Send back `conversation_id` from an answer to ask a follow-up ("Why did he do that?").

    Answering takes about a millisecond of CPU, so it runs on the event loop: a thread hand-off
    would cost as much as the answer.
    """
    answer = svc.pipeline.ask(body.question, conversation_id=body.conversation_id, top_k=body.top_k)
    svc.metrics.answered(answer.abstained, answer.confidence)
    return answer


@v1.post(
    "/feedback",
    status_code=204,
    response_class=Response,
    summary="Rate an answer: 👍 or 👎, with an optional comment",
)
async def feedback(body: FeedbackRequest, svc: V1Service) -> Response:
    """`turn` is the answer's number in its conversation: 0 for the first, 1 for the next follow-up...

    The vote is kept with the question, the answer and its sources (one per answer and client:
    a second vote replaces the first); `qa feedback export` turns votes into an eval set. It is
    written after the response, so a slow database never delays anyone.
    """
    if svc.feedback is None:
        raise ApiError(503, "not_ready", "votes are not being collected")
    svc.feedback.vote(body.conversation_id, body.turn, body.vote, body.comment, surface="http")
    svc.metrics.voted(body.vote)
    return Response(status_code=204)


@v1.get("/search", response_model=SearchResponse, summary="Ranked passages for a query")
async def search(
    svc: V1Service,
    q: Annotated[str, Query(min_length=1, max_length=1000, examples=["Getty Images lawsuit"])],
    k: Annotated[int, Query(ge=1, description="how many passages: at most QA_MAX_SEARCH_K (default 100)")] = 5,
) -> SearchResponse:
    limit = svc.settings.max_search_k
    if k > limit:  # the one limit, shared with `qa search -k`
        raise ApiError(422, "invalid_request", f"query.k: Input should be less than or equal to {limit}")
    return SearchResponse(query=q, hits=[SearchHit.of(h) for h in svc.pipeline.search(q, k)])


@v1.get("/documents/{doc_id:path}", response_model=DocumentOut, summary="A cited document's cleaned text")
async def document(
    svc: V1Service, doc_id: Annotated[str, PathParam(examples=["003_eb8d1d1d17b4e45c"])]
) -> DocumentOut:
    return DocumentOut.of(svc.pipeline.document(doc_id))


@probes.get("/healthz", response_model=Health, summary="The process is alive")
async def healthz() -> Health:
    return Health()


@probes.get("/readyz", response_model=Ready, summary="The index is loaded", responses={503: ERRORS[503]})
async def readyz(svc: Annotated[Service, Depends(ready_service)]) -> Ready:
    ix = svc.pipeline.index
    return Ready(documents=len(ix.documents), passages=len(ix.passages), backend=ix.config.backend)


@probes.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics(request: Request) -> Response:
    body, content_type = request.app.state.service.metrics.exposition()
    return Response(body, media_type=content_type)


@probes.get("/favicon.ico", include_in_schema=False)
async def favicon() -> FileResponse:
    """The page's and the docs' icon (browsers ask for it: no 404 in the log)."""
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


@probes.get("/", include_in_schema=False)
async def page() -> FileResponse:
    if not (STATIC / "index.html").is_file():
        raise ApiError(404, "not_found", "the chat page is not installed")
    return FileResponse(STATIC / "index.html")


def create_app(settings: Settings, pipeline: Pipeline | None = None) -> FastAPI:
    """Build the service over `pipeline` (made from `settings` if not given); the index loads at start-up."""
    pipeline = pipeline if pipeline is not None else Pipeline(settings, store=store_for(settings))
    limiter = RateLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute else None
    metrics = Metrics()
    writer = FeedbackWriter(open_store(settings.feedback_path, settings.feedback_url), on_failure=metrics.vote_lost)
    svc = Service(settings, pipeline, metrics=metrics, limiter=limiter, feedback=Recorder(pipeline, writer))
    if pipeline.loaded:
        svc.not_ready = None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            await anyio.to_thread.run_sync(lambda: pipeline.index)
            svc.not_ready = None
        except QAError as exc:  # stay up and say why in /readyz: the operator sees it there
            svc.not_ready = str(exc)
            log.error("the index could not be loaded: %s", exc)
        yield
        await anyio.to_thread.run_sync(writer.close)  # queued votes are written before the worker exits

    # Swagger UI's files come from the fastapi-offline package, not a CDN: /docs works without internet.
    app = FastAPIOffline(
        static_url="/docs-assets",
        favicon_url="/favicon.ico",
        redoc_url=None,
        title="qa",
        summary="Cited answers from your documents: BM25 retrieval and a rule-based composer, no LLM.",
        version="0.1.0",
        lifespan=lifespan,
        responses={k: v for k, v in ERRORS.items() if k in (413, 503)},
    )
    app.state.service = svc
    install_handlers(app)
    app.include_router(v1)
    app.include_router(probes)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    # Our own limit, not FastAPI's max_body_size: that one answers 413 in text/plain.
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(MeasureRequests, metrics=svc.metrics)
    return app


def app_from_env() -> FastAPI:
    """The factory uvicorn workers call: settings from QA_* variables (set by `qa serve`)."""
    return create_app(Settings())
