"""`qa chat`'s /good and /bad, `qa feedback list|export`, and the export read back by `qa eval`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner, Result

from qa.cli.app import app
from qa.cli.eval import eval_app
from qa.cli.feedback import feedback_app
from qa.feedback import SqliteFeedbackStore


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, bundled_index_root: Path, tmp_path: Path) -> Path:
    """The bundled index; votes in a SQLite file of this test's own."""
    for name in [n for n in os.environ if n.startswith("QA_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("QA_INDEX", str(bundled_index_root))
    monkeypatch.setenv("QA_CORPUS", str(BUNDLED))
    monkeypatch.setenv("QA_FEEDBACK_DB", str(tmp_path / "votes.sqlite3"))
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path / "votes.sqlite3"


def run(target: object, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(target, list(args), input=stdin)  # type: ignore[arg-type]


def chat(*lines: str) -> Result:
    result = run(app, "chat", stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    return result


def test_good_and_bad_rate_the_latest_answer(environment: Path) -> None:
    result = chat(
        "/good",  # nothing to rate yet
        "Who threatened to sue Microsoft?",
        "/good",
        "What is the boiling point of mercury?",
        "/bad the corpus does not say, fine",
        "/bad it should refuse",  # a second vote on the same answer replaces the first
    )
    assert "Nothing to rate yet" in result.output
    assert result.output.count("Noted 👍") == 1 and result.output.count("Noted 👎") == 2
    votes = SqliteFeedbackStore(environment).votes()
    assert [(v.turn, v.vote, v.comment, v.surface) for v in votes] == [
        (0, "up", None, "cli"),
        (1, "down", "it should refuse", "cli"),
    ]
    assert votes[0].question == "Who threatened to sue Microsoft?" and votes[0].citations
    assert votes[1].abstained and votes[1].context[0].question == "Who threatened to sue Microsoft?"


def test_list_shows_a_table_and_filters() -> None:
    chat("Who threatened to sue Microsoft?", "/good", "How much will Twitter charge for API access?", "/bad too long")
    table = run(feedback_app, "list")
    assert table.exit_code == 0, table.output
    assert "2 votes" in table.output and "👍" in table.output and "too long" in table.output
    down = run(feedback_app, "list", "--down", "--json")
    assert [v["comment"] for v in json.loads(down.stdout)] == ["too long"]
    assert json.loads(run(feedback_app, "list", "--since", "2999-01-01", "--json").stdout) == []
    assert "No votes yet" in run(feedback_app, "list", "--since", "2999-01-01").output


def test_a_bad_since_or_format_is_a_one_line_error() -> None:
    for args in (["list", "--since", "last tuesday"], ["export", "--format", "csv"]):
        result = run(feedback_app, *args)
        assert result.exit_code == 1 and result.output.startswith("error:"), result.output


def test_the_export_is_an_eval_set_that_qa_eval_scores(tmp_path: Path) -> None:
    chat(
        "Who threatened to sue Microsoft?",
        "/good",
        "How many employees does Microsoft have?",
        "/good",  # a refusal rated good: an unanswerable question
        "When will Microsoft stop supporting Twitter?",
        "/bad",
    )
    exported = run(feedback_app, "export", "--format", "eval")
    assert exported.exit_code == 0, exported.output
    lines = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [(q["answerable"], bool(q["answers"]), q.get("needs_review", False)) for q in lines] == [
        (True, True, False),
        (False, False, False),
        (True, False, True),
    ]
    path = tmp_path / "votes.jsonl"
    path.write_text(exported.stdout, encoding="utf-8")
    scored = run(eval_app, "--questions", str(path), "--json")
    assert scored.exit_code == 0, scored.output
    report = json.loads(scored.stdout)
    assert (report["questions"], report["answerable"], report["unanswerable"]) == (2, 1, 1)
    assert report["answer_accuracy"] == 1.0 and report["abstention_recall"] == 1.0
    assert "1 question awaiting review" in scored.stderr


def test_the_raw_export_is_every_vote_as_stored() -> None:
    chat("Who threatened to sue Microsoft?", "/bad wrong", "/good")
    lines = run(feedback_app, "export", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["vote"] for line in lines] == ["up"]
