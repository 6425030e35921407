"""Score the bot on a question set: answer accuracy, abstention, citations, retrieval."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field, ValidationError

from qa.errors import QAError
from qa.eval.noise import chatty
from qa.ingest import boilerplate as bp
from qa.pipeline import Pipeline, Result
from qa.text import normalize


class EvalQuestion(BaseModel):
    """One line of an eval set (`data/eval/questions.jsonl`), or a conversation whose last turn is scored.

    `relevant` is read as `doc_ids`; a line with `turns` instead of `question` is a conversation.
    """

    id: str
    question: str = ""
    turns: list[str] = Field(default_factory=list, description="earlier turns, then the scored question")
    answers: list[str] = Field(default_factory=list)
    doc_ids: list[str] = Field(default_factory=list, validation_alias=AliasChoices("doc_ids", "relevant"))
    answerable: bool = True
    type: str | None = None
    needs_review: bool = Field(default=False, description="a 👎 vote a person has yet to judge: skipped")

    def model_post_init(self, _: object) -> None:
        if not self.question and self.turns:
            self.question = self.turns[-1]
        if not self.question:
            raise ValueError("an eval question needs `question` or `turns`")


class Outcome(BaseModel):
    """What the bot did with one eval question."""

    id: str
    question: str
    answerable: bool
    abstained: bool
    correct: bool
    cited_relevant: bool
    contains_gold: bool
    boilerplate_cited: bool
    answer: str
    cited: list[str]
    gold_rank: int | None = Field(description="rank of the first passage from a relevant document")


class Report(BaseModel):
    """Totals over an eval set."""

    questions: int
    answerable: int
    unanswerable: int
    answer_accuracy: float
    abstention_precision: float
    abstention_recall: float
    answered_unanswerable: int
    refused_answerable: int
    boilerplate_citations: int
    retrieval_recall_at_5: float
    retrieval_mrr_at_10: float
    outcomes: list[Outcome]


def read_questions(path: Path) -> list[EvalQuestion]:
    """Read an eval set; raise QAError with the line number on a bad line."""
    if not path.is_file():
        raise QAError(f"eval set {path} does not exist")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(EvalQuestion.model_validate_json(line))
            except ValidationError as exc:
                raise QAError(f"{path}:{n}: not an eval question ({exc.errors()[0]['msg']})") from exc
    if not out:
        raise QAError(f"eval set {path} holds no question")
    return out


def _plain(text: str) -> str:
    return " ".join(normalize(text).lower().split())


def judge(q: EvalQuestion, result: Result) -> Outcome:
    """Compare one answer with the gold answers and documents."""
    a = result.answer
    cited = [c.doc_id for c in a.citations]
    contains = any(_plain(g) in _plain(a.answer) for g in q.answers)
    relevant = any(d in q.doc_ids for d in cited) or not q.doc_ids
    # A metadata citation ("#meta") is the page's own byline and footer, which a question about the author may cite.
    passages = [c for c in a.citations if not c.passage_id.endswith("#meta")]
    boiler = any(bp.is_chrome(c.text) or bp.is_notice(c.text) or bp.is_bio_sentence(c.text) for c in passages)
    gold_rank = next((h.rank for h in result.hits if h.passage.doc_id in q.doc_ids), None)
    correct = (not a.abstained and contains and relevant) if q.answerable else a.abstained
    return Outcome(
        id=q.id,
        question=q.question,
        answerable=q.answerable,
        abstained=a.abstained,
        correct=correct,
        cited_relevant=relevant,
        contains_gold=contains,
        boilerplate_cited=boiler,
        answer=a.answer,
        cited=cited,
        gold_rank=gold_rank,
    )


def evaluate(
    pipeline: Pipeline,
    questions: Iterable[EvalQuestion],
    top_k: int | None = None,
    tick: Callable[[], None] | None = None,
    noise: bool = False,
) -> Report:
    """Ask every question (each in a fresh conversation) and total the outcomes; skip those awaiting review.

    `noise`: ask each scored question as typed in chat instead (`qa.eval.noise.chatty`, seeded by its id).
    """
    outcomes = []
    for q in (q for q in questions if not q.needs_review):
        if noise:
            q = q.model_copy(update={"question": chatty(q.question, q.id)})
        try:
            conversation = None
            for turn in q.turns[:-1]:
                conversation = pipeline.ask(turn, conversation, top_k=top_k).conversation_id
            result = pipeline.explain(q.question, conversation, top_k=top_k)
        except QAError as exc:
            raise QAError(f"question {q.id}: {exc}") from exc
        outcomes.append(judge(q, result))
        if tick:
            tick()
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    abstained = [o for o in outcomes if o.abstained]

    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    return Report(
        questions=len(outcomes),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        answer_accuracy=share(sum(o.correct for o in answerable), len(answerable)),
        abstention_precision=share(sum(not o.answerable for o in abstained), len(abstained)),
        abstention_recall=share(sum(o.abstained for o in unanswerable), len(unanswerable)),
        answered_unanswerable=sum(not o.abstained for o in unanswerable),
        refused_answerable=sum(o.abstained for o in answerable),
        boilerplate_citations=sum(o.boilerplate_cited for o in outcomes),
        retrieval_recall_at_5=share(
            sum(o.gold_rank is not None and o.gold_rank <= 5 for o in answerable), len(answerable)
        ),
        retrieval_mrr_at_10=share(
            sum(1 / o.gold_rank for o in answerable if o.gold_rank and o.gold_rank <= 10), len(answerable)
        )
        if answerable
        else 0.0,
        outcomes=outcomes,
    )


def report_json(report: Report, with_outcomes: bool = False) -> str:
    """The report as JSON (totals only unless `with_outcomes`)."""
    data = report.model_dump(exclude=None if with_outcomes else {"outcomes"})
    return json.dumps(data, indent=2, ensure_ascii=False)
