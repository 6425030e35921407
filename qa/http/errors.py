"""Every failure of the HTTP service as a JSON body `{"error": code, "detail": message}`.

Endpoints and dependencies raise (QAError from the core, ApiError for HTTP matters such as a
missing API key); the handlers here turn them into 4xx answers. Nothing leaves as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from qa import errors

log = logging.getLogger("qa.http.app")

# Core errors -> (status, code). The first matching class wins.
_CORE: list[tuple[type[errors.QAError], int, str]] = [
    (errors.EmptyQuestion, 422, "empty_question"),
    (errors.QuestionTooLong, 422, "question_too_long"),
    (errors.ConversationNotFound, 404, "conversation_not_found"),
    (errors.TurnNotFound, 404, "turn_not_found"),
    (errors.DocumentNotFound, 404, "document_not_found"),
    (errors.StoreUnavailable, 503, "store_unavailable"),
    (errors.BackendUnavailable, 503, "backend_unavailable"),
    (errors.QAError, 503, "not_ready"),  # corpus or index trouble, a store that is down
]


class ApiError(Exception):
    """An HTTP-level refusal (no API key, too many requests, body too large)."""

    def __init__(self, status: int, code: str, detail: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.headers = status, code, detail, dict(headers or {})


def error_response(status: int, code: str, detail: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The one shape of every error."""
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=dict(headers or {}))


def describe(problems: Sequence[Any]) -> str:
    """Pydantic's validation errors as one line: 'body.question: String should have at least 1 character'."""
    parts = []
    for p in problems:
        where = ".".join(str(x) for x in p.get("loc", ()))
        parts.append(f"{where}: {p.get('msg', 'invalid')}" if where else str(p.get("msg", "invalid")))
    return "; ".join(parts) or "the request is invalid"


def status_code_name(status: int) -> str:
    """404 -> 'not_found', 405 -> 'method_not_allowed'."""
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "http_error"


def install_handlers(app: FastAPI) -> None:
    """Register the handlers that give every error its JSON shape."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = exc.errors()
        if any(p.get("type") == "json_invalid" for p in problems):
            return error_response(400, "malformed_json", "the body is not valid JSON: " + describe(problems))
        return error_response(422, "invalid_request", describe(problems))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such endpoint: {request.method} {request.url.path}"
        return error_response(exc.status_code, status_code_name(exc.status_code), detail, exc.headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.detail, exc.headers)

    @app.exception_handler(errors.QAError)
    async def core_error(request: Request, exc: errors.QAError) -> JSONResponse:
        status, code = next((s, c) for kind, s, c in _CORE if isinstance(exc, kind))
        return error_response(status, code, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "the server failed on this request; it has been logged")
