"""Sample votes for the feedback tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from qa.feedback import Feedback
from qa.models import Citation

CITATION = Citation(
    n=1,
    doc_id="003_eb8d1d1d17b4e45c",
    title="Twitter CEO, Elon Musk, threatened to sue Microsoft",
    passage_id="003_eb8d1d1d17b4e45c#0",
    text="Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday.",
    score=7.31,
)

START = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def sample_vote(**fields: object) -> Feedback:
    """A vote on an answer about Musk; keywords override any field (`minutes` after START)."""
    minutes = fields.pop("minutes", 0)
    values: dict[str, object] = {
        "conversation_id": "c0ffee00c0ffee00c0ffee00c0ffee00",
        "turn": 0,
        "vote": "up",
        "question": "Who threatened to sue Microsoft?",
        "answer": "Elon Musk. Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday [1].",
        "span": "Elon Musk",
        "confidence": 0.9,
        "citations": [CITATION],
        "context": [],
        "created": START + timedelta(minutes=float(minutes)),  # type: ignore[arg-type]
    }
    values.update(fields)
    return Feedback.model_validate(values)
