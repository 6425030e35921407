"""Asking a pipeline several turns of one conversation, for the tests of follow-ups."""

from __future__ import annotations

from qa.models import Answer
from qa.pipeline import Pipeline


def asked(pipeline: Pipeline, *turns: str) -> Answer:
    """The answer to the last of `turns`, asked one after another in one conversation."""
    answer = pipeline.ask(turns[0])
    for turn in turns[1:]:
        answer = pipeline.ask(turn, conversation_id=answer.conversation_id)
    return answer
