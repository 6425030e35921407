"""qa eval answers: SQuAD's official metrics checked by hand, a SQuAD file the tests write, bad input, the report."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from qa.cli.eval import eval_app
from qa.eval.answers import evaluate_squad, read_squad
from qa.eval.beir import BadDataset
from qa.eval.squad import (
    best_exact_match,
    best_f1,
    exact_match,
    f1,
    holds_answer,
    normalize_answer,
    squad_scores,
)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("The  Denver Broncos!", "denver broncos"),
        ("an apple, a pear", "apple pear"),
        ("Theatre of the Absurd", "theatre of absurd"),  # "the" inside a word stays
        ("U.S. $42,000", "us 42000"),
        ("", ""),
    ],
)
def test_normalize_answer_as_evaluate_v11(text: str, normal: str) -> None:
    assert normalize_answer(text) == normal


def test_exact_match_and_f1_by_hand() -> None:
    assert exact_match("the Denver Broncos", "Denver Broncos") == 1.0
    assert exact_match("Broncos", "Denver Broncos") == 0.0
    # prediction [denver, broncos, won], gold [denver, broncos]: P 2/3, R 1, F1 0.8
    assert f1("Denver Broncos won", "Denver Broncos") == pytest.approx(0.8)
    # shared tokens are counted with multiplicity: [a, a, b] vs [a, c] -> 1 common, P 1/3, R 1/2
    assert f1("x x y", "x z") == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert f1("an apple", "a banana") == 0.0
    assert f1("", "anything") == 0.0
    assert best_f1("Denver", ["Carolina Panthers", "Denver Broncos"]) == pytest.approx(2 / 3)
    assert best_exact_match("broncos", ["Denver Broncos", "Broncos"]) == 1.0


def test_squad_scores_are_percentages() -> None:
    em, f = squad_scores(["Denver Broncos", "Denver", "nothing"], [["Denver Broncos"], ["Denver Broncos"], ["x"]])
    assert em == pytest.approx(100 / 3)
    assert f == pytest.approx(100 * (1 + 2 / 3 + 0) / 3)
    assert squad_scores([], []) == (0.0, 0.0)


def test_holds_answer_needs_whole_words() -> None:
    assert holds_answer("It was completed in 1889.", ["1889"])
    assert not holds_answer("It was completed in 1889.", ["188"])
    assert holds_answer("The Eiffel Tower stands in Paris.", ["the Eiffel Tower"])
    assert not holds_answer("Anything.", [""])


ARTICLES = [
    {
        "title": "Eiffel_Tower",
        "paragraphs": [
            {
                "context": "The Eiffel Tower is a wrought-iron tower in Paris. The Eiffel Tower was completed in 1889. "
                "The Eiffel Tower is 330 metres tall.",
                "qas": [
                    {"id": "e1", "question": "In what year was the Eiffel Tower completed?", "answers": [{"answer_start": 85, "text": "1889"}]},
                    {"id": "e2", "question": "How tall is the Eiffel Tower?", "answers": [{"answer_start": 111, "text": "330 metres"}]},
                ],
            }
        ],
    },
    {
        "title": "Penguins",
        "paragraphs": [
            {
                "context": "Emperor penguins breed during the Antarctic winter. The males keep the eggs warm on their feet.",
                "qas": [
                    {"id": "p1", "question": "Who keeps the penguin eggs warm?", "answers": [{"answer_start": 52, "text": "The males"}]},
                ],
            },
            {
                "context": "Volcanoes erupt when magma rises through the crust. Iceland has many active volcanoes.",
                "qas": [
                    {"id": "v1", "question": "Which country has many active volcanoes?", "answers": [{"answer_start": 52, "text": "Iceland"}]},
                ],
            },
        ],
    },
]  # fmt: skip


@pytest.fixture
def squad(tmp_path: Path) -> Path:
    path = tmp_path / "tiny-squad.json"
    path.write_text(json.dumps({"data": ARTICLES, "version": "1.1"}), encoding="utf-8")
    return path


def invoke(*args: str) -> Result:
    cli = typer.Typer()
    cli.add_typer(eval_app, name="eval")
    return CliRunner().invoke(cli, ["eval", *args], env={"COLUMNS": "200"})


def test_read_squad(squad: Path) -> None:
    paragraphs = read_squad(squad)
    assert [p.title for p in paragraphs] == ["Eiffel Tower", "Penguins", "Penguins"]
    assert paragraphs[0].sentences[1] == "The Eiffel Tower was completed in 1889."
    assert paragraphs[0].questions[0] == ("e1", "In what year was the Eiffel Tower completed?", ["1889"])


@pytest.mark.parametrize("mode", ["paragraph", "open"])
def test_answers_json(squad: Path, mode: str) -> None:
    result = invoke("answers", "--squad", str(squad), "--mode", mode, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"exact_match", "f1", "sentence_accuracy", "questions", "mode", "split"} <= set(data)
    assert data["questions"] == 4 and data["mode"] == mode
    assert 0 <= data["exact_match"] <= data["f1"] <= 100
    # Every question names its sentence plainly: the composer picks the right one.
    assert data["sentence_accuracy"] == 100.0
    if mode == "open":
        assert data["paragraph_recall"]["R@1"] == 1.0
        keys = {"answered_accuracy", "abstention_precision", "abstention_recall", "ece", "coverage_at_90_precision"}
        assert keys <= set(data) and keys <= set(data["naive"])
        assert data["answered_accuracy"] == 1.0


def test_the_report_agrees_with_its_metrics(squad: Path) -> None:
    report = evaluate_squad(read_squad(squad))
    assert all(case.f1 == 0 for case in report.worst)
    # Each listed question scores 0, so F1 (a mean of per-question values <= 100) leaves room for them.
    assert len(report.worst) <= report.questions * (1 - report.f1 / 100) + 1e-9
    assert sum(n for n, _ in report.by_kind.values()) == 4


def test_limit_counts_questions_but_keeps_every_paragraph(squad: Path) -> None:
    report = evaluate_squad(read_squad(squad), limit=2)
    assert report.questions == 2
    result = invoke("answers", "--squad", str(squad), "--limit", "1", "--json")
    assert json.loads(result.stdout)["questions"] == 1


def test_table_and_html_report(squad: Path, tmp_path: Path) -> None:
    page = tmp_path / "answers.html"
    result = invoke("answers", "--squad", str(squad), "--mode", "open", "--report", str(page))
    assert result.exit_code == 0, result.output
    assert "exact match" in result.stdout and "answered accuracy" in result.stdout and "naive" in result.stdout
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "Answers: SQuAD v1.1, open mode" in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "is not a JSON file"),
        ('{"version": "1.1"}', "not in SQuAD v1.1 layout"),
        ('{"data": [{"title": "x", "paragraphs": [{"qas": []}]}]}', "not in SQuAD v1.1 layout"),
        ('{"data": [{"title": "x", "paragraphs": [{"context": "c", "qas": []}]}]}', "holds no question"),
        ('{"data": 3}', "not in SQuAD v1.1 layout"),
    ],
)
def test_bad_squad_files(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BadDataset, match=message):
        read_squad(path)
    result = invoke("answers", "--squad", str(path), "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"), [(["--mode", "closed"], "--mode must be paragraph or open"), (["--limit", "0"], "--limit")]
)
def test_bad_options(squad: Path, args: list[str], message: str) -> None:
    result = invoke("answers", "--squad", str(squad), *args)
    assert result.exit_code == 1 and message in result.stderr


def test_a_quoted_question_is_no_endless_search_for_its_reply(tmp_path: Path) -> None:
    # The best sentence asks ('What can I say?"'), and the sentence found after it is itself: the search for
    # a reply after a question must stop (it looped forever on SQuAD dev's Tesla paragraph).
    context = (
        "Soon after, much of Tesla's early research, valued at $50,000, was lost in the 5th Avenue laboratory fire "
        'of March 1895. Tesla is quoted by The New York Times as saying, "I am in too much grief to talk. What can I '
        'say?" Tesla may have inadvertently captured an X-ray image when he tried to photograph Mark Twain.'
    )
    question = "What happened to most of Tesla's work from this time?"
    qas = [{"id": "t1", "question": question, "answers": [{"text": "was lost", "answer_start": 0}]}]
    path = tmp_path / "squad.json"
    path.write_text(json.dumps({"data": [{"title": "Nikola Tesla", "paragraphs": [{"context": context, "qas": qas}]}]}))
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(evaluate_squad(read_squad(path))), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done, "answering did not finish"
