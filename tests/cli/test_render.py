"""Plain answers (stdout not a terminal) are printed without rich, exactly as rich prints them."""

from __future__ import annotations

import io
import random
import string

import pytest
from rich.console import Console

from qa.cli.render import plain_answer, rich_answer
from qa.eval.bundled import read_questions
from qa.models import Answer, Citation
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

WIDTHS = [20, 23, 41, 80, 117, 200]


def by_rich(answer: Answer, width: int) -> str:
    buf = io.StringIO()
    rich_answer(Console(file=buf, width=width, highlight=False, soft_wrap=False), answer)
    return buf.getvalue()


@pytest.fixture(scope="module")
def answers(bundled_index_root) -> list[Answer]:
    pipeline = Pipeline(Settings(index=bundled_index_root, answer_cache=0))
    questions = [q.question for q in read_questions(ROOT / "data" / "eval" / "questions.jsonl")]
    return [pipeline.ask(q) for q in questions]


def test_the_bundled_answers_print_as_rich_prints_them(answers: list[Answer]) -> None:
    for answer in answers:
        for width in WIDTHS:
            plain = plain_answer(answer, width)
            assert plain is not None, answer.answer
            assert plain == by_rich(answer, width), (width, answer.answer)


def _text(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + string.punctuation + "“”‘’…–—·é"
    words = []
    for _ in range(rng.randint(0, 40)):
        word = "".join(rng.choices(alphabet, k=rng.choice([1, 2, 5, 9, 19, 30, 70, 130])))
        words.append(word + " " * rng.choice([0, 1, 1, 1, 2, 5]))
    return " " * rng.choice([0, 0, 1, 3]) + "".join(words)


def test_any_one_cell_text_prints_as_rich_prints_it() -> None:
    rng = random.Random(14)
    for _ in range(400):
        citations = [
            Citation(n=n, doc_id="d", title=_text(rng), passage_id="d#0", text=_text(rng), score=rng.random() * 9)
            for n in range(1, rng.randint(1, 4))
        ]
        answer = Answer(question="q", answer=_text(rng), abstained=False, confidence=0.5, citations=citations)
        width = rng.choice(WIDTHS)
        assert plain_answer(answer, width) == by_rich(answer, width)


@pytest.mark.parametrize("text", ["tab\there", "wide 漢字", "line\nbreak", "bell\x07", "zero\u200bwidth"])
def test_text_rich_measures_otherwise_is_left_to_rich(text: str) -> None:
    answer = Answer(question="q", answer=text, abstained=False, confidence=0.5)
    assert plain_answer(answer, 80) is None
