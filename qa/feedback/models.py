"""A vote on one answer, kept with what was answered: the question, the answer, its sources and context."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from qa.models import Citation

Vote = Literal["up", "down"]
Surface = Literal["http", "page", "discord", "cli"]


class Exchange(BaseModel):
    """An earlier turn of the conversation: what the voted answer may have leaned on."""

    question: str
    answer: str


class Feedback(BaseModel):
    """👍 or 👎 on one answer, with the answer as the user saw it."""

    model_config = ConfigDict(extra="ignore")

    conversation_id: str
    turn: int = Field(ge=0, description="0 for the conversation's first answer")
    vote: Vote
    comment: str | None = None
    voter: str = Field(default="", description="who voted, e.g. 'discord:1234' ('' when anonymous)")
    surface: Surface = "http"
    question: str
    answer: str
    abstained: bool = False
    confidence: float = 0.0
    span: str | None = Field(default=None, description="the answer's shortest form (a date, a name), if it has one")
    citations: list[Citation] = Field(default_factory=list)
    context: list[Exchange] = Field(default_factory=list, description="the turns before this one, oldest first")
    created: datetime = Field(default_factory=lambda: datetime.now(UTC))
