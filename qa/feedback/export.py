"""Votes as an eval set in the bundled set's format, so `qa eval --questions file.jsonl` scores real questions.

    👍 on an answer     the answer's span (else its sentence) and the cited documents are the gold
    👍 on a refusal     the question is unanswerable
    👎                  `needs_review`: a person fills in `answers` and `doc_ids` (or sets
                        `answerable` to false) and removes the mark; `qa eval` skips it until then
                        (so is a 👍 on an old answer whose sources the conversation no longer holds)

A question asked several times appears once, judged by its latest vote. A follow-up lists the
questions before it, then itself, in `turns`: `qa eval` asks them in one conversation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from qa.feedback.models import Feedback

_MARKS = re.compile(r"\s*\[\d+(?:\]\s*\[\d+)*\]")


def gold_answer(feedback: Feedback) -> str:
    """The text a correct answer must contain: the answer's span, else its sentence without citation marks."""
    if feedback.span:
        return feedback.span
    return _MARKS.sub("", feedback.answer).strip().rstrip(".!?").strip()


def _key(feedback: Feedback) -> tuple[str, ...]:
    return tuple(" ".join(q.lower().split()) for q in [*(c.question for c in feedback.context), feedback.question])


def latest_per_question(votes: Iterable[Feedback]) -> list[Feedback]:
    """One vote per distinct question (with its context): the latest; in the order first asked."""
    latest: dict[tuple[str, ...], Feedback] = {}
    for v in sorted(votes, key=lambda v: v.created):
        latest.pop(_key(v), None)
        latest[_key(v)] = v
    return sorted(latest.values(), key=lambda v: v.created)


def eval_line(feedback: Feedback) -> dict[str, Any]:
    """One eval question (a line of `data/eval/questions.jsonl`'s format) from one vote."""
    line: dict[str, Any] = {
        "id": f"fb-{feedback.conversation_id[:12]}-{feedback.turn}",
        "question": feedback.question,
        "answers": [],
        "doc_ids": [],
        "answerable": True,
    }
    if feedback.context:
        line["turns"] = [*(c.question for c in feedback.context), feedback.question]
    cited = list(dict.fromkeys(c.doc_id for c in feedback.citations))
    if feedback.vote == "up" and feedback.abstained:
        line["answerable"] = False
        return line
    if feedback.vote == "up" and cited:
        line["answers"], line["doc_ids"] = [gold_answer(feedback)], cited
        return line
    line["needs_review"] = True
    line["bot_answer"] = feedback.answer
    line["bot_cited"] = cited
    if feedback.comment:
        line["comment"] = feedback.comment
    return line


def eval_jsonl(votes: Iterable[Feedback]) -> Iterator[str]:
    """The eval set's lines (JSON, no newline), one per distinct question."""
    for v in latest_per_question(votes):
        yield json.dumps(eval_line(v), ensure_ascii=False)


def votes_jsonl(votes: Iterable[Feedback]) -> Iterator[str]:
    """Every vote as it is stored, one JSON object per line (for backups and other tools)."""
    for v in votes:
        yield v.model_dump_json()
