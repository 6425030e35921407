"""The shapes that enter and leave the HTTP service (answers use `qa.models.Answer` as is)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from qa.models import Document, SearchHit

QUESTION_EXAMPLE = "What is Musk accusing Microsoft of?"


class AskRequest(BaseModel):
    """A question, optionally continuing a conversation."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {"question": QUESTION_EXAMPLE},
                {"question": "Why did he do that?", "conversation_id": "5f0c3a4e9b1d4e7f8a2b6c1d0e9f3a7b"},
                {"question": "How much will Twitter charge for API access?", "top_k": 3},
            ]
        },
    )

    question: str = Field(
        description="the question, with at least one letter or digit (else a 422 empty_question); at most QA_MAX_QUESTION_CHARS characters "
        "(default 1000; longer is a 422 question_too_long)",
    )
    conversation_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="the `conversation_id` of an earlier answer, to ask a follow-up",
    )
    top_k: int | None = Field(default=None, ge=1, le=50, description="passages to retrieve (default QA_TOP_K)")

    @field_validator("top_k", mode="before")
    @classmethod
    def _whole_number(cls, value: object) -> object:
        """JSON has one number type: 5.0 is the integer 5 (strings and 2.5 are still refused)."""
        return int(value) if isinstance(value, float) and value.is_integer() else value


class FeedbackRequest(BaseModel):
    """👍 or 👎 on one answer: the conversation it belongs to and its number in it."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {"conversation_id": "5f0c3a4e9b1d4e7f8a2b6c1d0e9f3a7b", "turn": 0, "vote": "up"},
                {
                    "conversation_id": "5f0c3a4e9b1d4e7f8a2b6c1d0e9f3a7b",
                    "turn": 1,
                    "vote": "down",
                    "comment": "It was Reddit, not Twitter.",
                },
            ]
        },
    )

    conversation_id: str = Field(min_length=1, max_length=64, description="the `conversation_id` of the answer")
    turn: int = Field(ge=0, le=1_000_000, description="0 for the conversation's first answer, 1 for the next...")
    vote: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=1000, description="what was wrong or right, optional")


class SearchResponse(BaseModel):
    """The passages that best match a query, best first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "query": "Getty Images lawsuit",
                    "hits": [
                        {
                            "rank": 1,
                            "score": 6.12,
                            "passage_id": "001_5ab1c0b4f1c2d3e4#4",
                            "doc_id": "001_5ab1c0b4f1c2d3e4",
                            "title": "Elon Musk threatens to sue Microsoft over Twitter data",
                            "text": "Getty Images sued Stability AI earlier this year ...",
                            "start": 1830,
                            "end": 2214,
                        }
                    ],
                }
            ]
        }
    )

    query: str
    hits: list[SearchHit]


class DocumentOut(BaseModel):
    """A document's cleaned text and what it says about itself (what a citation points into)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "003_eb8d1d1d17b4e45c",
                    "title": "Twitter CEO, Elon Musk, threatened to sue Microsoft",
                    "text": "Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday ...",
                    "outlet": "Verdict",
                    "author": None,
                    "date": "2023-04-20",
                }
            ]
        }
    )

    id: str
    title: str
    text: str
    outlet: str | None
    author: str | None
    date: str | None

    @classmethod
    def of(cls, doc: Document) -> DocumentOut:
        """A document without where it was read from (file paths stay on the server)."""
        return cls(id=doc.id, title=doc.title, text=doc.text, outlet=doc.outlet, author=doc.author, date=doc.date)


class Health(BaseModel):
    """The process answers."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: str = "ok"


class Ready(BaseModel):
    """The index is loaded and questions can be answered."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"status": "ready", "documents": 5, "passages": 96, "backend": "bm25s"}]}
    )

    status: str = "ready"
    documents: int
    passages: int
    backend: str


class ErrorBody(BaseModel):
    """Every error the service returns: a short code to branch on and a message for people."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"error": "invalid_request", "detail": "body.question: String should have at least 1 character"},
                {"error": "conversation_not_found", "detail": "no conversation 'abc' (it may have expired)"},
            ]
        }
    )

    error: str = Field(description="a stable code, e.g. invalid_request, malformed_json, document_not_found")
    detail: str = Field(description="what is wrong, for people")
