"""The bundled eval set's targets (issue 3): a rule change that costs answers fails here."""

from __future__ import annotations

import pytest

from qa.cli.eval import DEFAULT_SET
from qa.eval.bundled import Report, evaluate, read_questions
from qa.pipeline import Pipeline
from qa.settings import Settings


@pytest.fixture(scope="module", params=["bm25s", "rank-bm25"])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def report(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Report:
    pipeline = Pipeline(Settings(index=tmp_path_factory.mktemp("index"), backend=backend))
    return evaluate(pipeline, read_questions(DEFAULT_SET))


def test_the_set_is_big_enough() -> None:
    questions = read_questions(DEFAULT_SET)
    assert sum(q.answerable for q in questions) >= 40
    assert sum(not q.answerable for q in questions) >= 15


# The target holds for the default backend; rank-bm25 ranks a little differently.
ACCURACY = {"bm25s": 0.90, "rank-bm25": 0.85}


def test_answerable_questions_are_answered_with_a_relevant_citation(report: Report, backend: str) -> None:
    wrong = [o.id for o in report.outcomes if o.answerable and not o.correct]
    assert report.answer_accuracy >= ACCURACY[backend], wrong


# Refusal is a calibrated decision fitted on public data (issue 11), no longer rules written
# against this set: it refused 25 of its 31 traps at first, 29 now (it refused 30 of them with those rules,
# which also refused a third of the answerable chat-style questions of the development set).
def test_unanswerable_questions_are_refused(report: Report) -> None:
    assert report.abstention_recall >= 0.80, [o.id for o in report.outcomes if not o.answerable and not o.correct]


def test_no_answer_cites_boilerplate(report: Report) -> None:
    assert report.boilerplate_citations == 0


def test_the_set_typed_in_chat_is_answered_nearly_as_well(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Lower case, filler ("quick question", "lol"), one or two typos: 91.8% answered right (97.3% as
    # written), 74% of the traps refused (84%). A floor under both, so a rule that breaks on chat typing fails.
    questions = read_questions(DEFAULT_SET)
    typed = evaluate(Pipeline(Settings(index=tmp_path_factory.mktemp("index"))), questions, noise=True)
    asked = {o.id: o.question for o in typed.outcomes}
    assert sum(asked[q.id] != q.question for q in questions) > 0.9 * len(questions)
    assert typed.answer_accuracy >= 0.85
    assert typed.abstention_recall >= 0.65
    assert typed.boilerplate_citations == 0
