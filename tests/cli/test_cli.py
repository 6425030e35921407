"""The `qa` command through typer's CliRunner: output shapes, bad input, chat, help and docs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from conftest import BUNDLED
from typer.testing import CliRunner, Result

from qa.answer.compose import ABSTAIN
from qa.cli.app import app
from qa.cli.eval import eval_app
from qa.cli.feedback import feedback_app
from qa.search.index import Index
from qa.settings import ROOT

COMMANDS = ["ask", "chat", "search", "index", "inspect", "eval", "feedback", "serve", "discord"]
ANSWER_KEYS = {"question", "answer", "abstained", "confidence", "citations", "conversation_id", "turn"}
CITATION_KEYS = {"n", "doc_id", "title", "passage_id", "text", "score", "file", "heading", "line", "end_line", "page"}


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, bundled_index_root: Path) -> None:
    """No QA_* setting leaks in from the shell; the index is the bundled one, built once per run."""
    for name in [n for n in os.environ if n.startswith("QA_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("QA_INDEX", str(bundled_index_root))
    monkeypatch.setenv("QA_CORPUS", str(BUNDLED))
    monkeypatch.setenv("COLUMNS", "200")  # rich wraps at the terminal width


def run(*args: str, stdin: str | None = None, **env: str) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin, env=env or None)


def test_ask_prints_the_answer_and_its_sources() -> None:
    result = run("ask", "What did Universal Music Group say about AI training?")
    assert result.exit_code == 0, result.output
    assert "Universal Music Group" in result.stdout
    assert "[1]" in result.stdout
    assert "003_eb8d1d1d17b4e45c" in result.stdout  # the cited source
    assert "confidence" in result.stdout


def test_ask_json_is_the_answer_model(bundled_index: Index) -> None:
    result = run("ask", "Who threatened to sue Microsoft?", "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert set(answer) == ANSWER_KEYS
    assert answer["question"] == "Who threatened to sue Microsoft?"
    assert "Elon Musk" in answer["answer"]
    assert answer["abstained"] is False
    assert 0.0 < answer["confidence"] <= 1.0
    assert isinstance(answer["conversation_id"], str) and answer["conversation_id"]
    assert answer["citations"]
    for n, citation in enumerate(answer["citations"], 1):
        assert set(citation) == CITATION_KEYS
        assert citation["n"] == n
        assert f"[{n}]" in answer["answer"]
        assert citation["passage_id"].startswith(citation["doc_id"] + "#")
        assert citation["title"] == bundled_index.documents[citation["doc_id"]].title
        # The quoted sentence is the cleaned document's own text.
        assert citation["text"] in bundled_index.documents[citation["doc_id"]].text
        assert isinstance(citation["score"], float) and citation["score"] > 0


def test_ask_json_abstains_outside_the_corpus() -> None:
    answer = json.loads(run("ask", "Who painted the Mona Lisa?", "--json").stdout)
    assert answer["abstained"] is True
    assert answer["answer"] == ABSTAIN


SCORE_LINE = re.compile(r"^\s*(\d+)\.\s+(-?\d+\.\d+)\s+(.+)\((\S+#\d+)\)\s*$", re.M)


def test_search_ranks_passages_with_scores() -> None:
    result = run("search", "Getty Images lawsuit", "-k", "5")
    assert result.exit_code == 0, result.output
    ranked = SCORE_LINE.findall(result.stdout)
    assert 1 <= len(ranked) <= 5
    assert [int(r[0]) for r in ranked] == list(range(1, len(ranked) + 1))
    scores = [float(r[1]) for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert ranked[0][3].startswith("002_890c5c9d10bfe8b2#")  # the article on Getty Images
    assert "Getty Images is prosecuting Stable Diffusion" in result.stdout


def test_search_json(bundled_index: Index) -> None:
    result = run("search", "Getty Images lawsuit", "-k", "5", "--json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)  # one object, the shape of GET /v1/search (#14)
    assert set(body) == {"query", "hits"} and body["query"] == "Getty Images lawsuit"
    hits = body["hits"]
    assert 1 <= len(hits) <= 5
    assert [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert "Getty Images" in hits[0]["text"]
    for h in hits:
        assert {"rank", "score", "passage_id", "doc_id", "title", "text"} <= set(h)
        assert bundled_index.documents[h["doc_id"]].text[h["start"] : h["end"]] == h["text"]


def test_search_k_limits_the_hits() -> None:
    assert len(json.loads(run("search", "Microsoft Twitter", "-k", "2", "--json").stdout)["hits"]) == 2


def test_search_k_has_the_http_services_limit_from_the_settings() -> None:
    refused = run("search", "Microsoft", "-k", "101")
    assert refused.exit_code == 1 and "-k must be between 1 and 100, not 101" in refused.output
    assert run("search", "Microsoft", "-k", "150", "--json", QA_MAX_SEARCH_K="200").exit_code == 0


def meta_stat(path: Path) -> tuple[int, int]:
    s = (path / "meta.json").stat()
    return s.st_ino, s.st_mtime_ns


def test_index_builds_then_keeps_then_force_rebuilds(tmp_path: Path) -> None:
    built = run("index", "--index", str(tmp_path))
    assert built.exit_code == 0, built.output
    assert "5 documents" in built.stdout and "(bm25s)" in built.stdout
    first = meta_stat(tmp_path / "bm25s")

    kept = run("index", "--index", str(tmp_path))
    assert kept.exit_code == 0
    assert meta_stat(tmp_path / "bm25s") == first
    assert "indexing" not in kept.stderr

    forced = run("index", "--index", str(tmp_path), "--force")
    assert forced.exit_code == 0
    assert meta_stat(tmp_path / "bm25s") != first


def test_index_with_the_other_backend(tmp_path: Path) -> None:
    result = run("index", "--index", str(tmp_path), "--backend", "rank-bm25")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "rank-bm25" / "meta.json").is_file()


def test_damaged_index_is_rebuilt_with_a_message(tmp_path: Path) -> None:
    assert run("index", "--index", str(tmp_path)).exit_code == 0
    (tmp_path / "bm25s" / "meta.json").write_text("{ not json")
    result = run("ask", "Who threatened to sue Microsoft?", "--index", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "rebuilding" in result.stderr
    assert "Elon Musk" in result.stdout


def assert_one_line_error(result: Result) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 1, result.stderr
    assert result.stdout == ""


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text("A cat purrs.", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    return folder


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["ask", ""], "empty"),
        (["ask", "   "], "empty"),
        (["ask", "?!"], "empty"),
        (["search", ""], "empty"),
        (["ask", "Who?", "--corpus", "{tmp}/missing"], "does not exist"),
        (["index", "--strict", "--corpus", "{tmp}/bad", "--index", "{tmp}/ix"], "blob.txt is binary"),
        (["ask", "Who?", "--corpus", "{tmp}/empty", "--index", "{tmp}/ix"], "no document"),
        (["index", "--corpus", "{tmp}/empty", "--index", "{tmp}/ix"], "no document"),
        (["chat", "--corpus", "{tmp}/missing"], "does not exist"),
        (["ask", "x" * 1001], "limit"),
    ],
)
def test_bad_input_is_one_line_error(tmp_path: Path, bad_corpus: Path, args: list[str], says: str) -> None:
    (tmp_path / "empty").mkdir()
    result = run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert_one_line_error(result)
    assert says in result.stderr


def test_bad_setting_from_the_environment_is_one_line_error() -> None:
    result = run("ask", "Who threatened to sue Microsoft?", QA_K1="-1")
    assert_one_line_error(result)
    assert "k1" in result.stderr


def test_top_k_zero_is_one_line_error() -> None:
    assert_one_line_error(run("ask", "Who threatened to sue Microsoft?", "--top-k", "0"))


def test_index_folder_that_is_a_file_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("not a folder")
    assert_one_line_error(run("ask", "Who threatened to sue Microsoft?", "--index", str(tmp_path / "afile")))


def test_chat_answers_a_question_and_its_follow_up() -> None:
    result = run("chat", stdin="What did Universal Music Group say about AI training?\nWhy did they do that?\n")
    assert result.exit_code == 0, result.output
    turns = result.stdout.split("you> ")[1:]
    assert [t.splitlines()[0] for t in turns] == [
        "What did Universal Music Group say about AI training?",
        "Why did they do that?",
    ]
    for turn in turns:
        assert "[1]" in turn
        assert ABSTAIN not in turn
    assert "Universal Music Group" in turns[0]


def test_chat_reports_a_bad_line_and_goes_on() -> None:
    result = run("chat", stdin="?!\nWho threatened to sue Microsoft?\n")
    assert result.exit_code == 0, result.output
    assert "error: the question is empty" in result.stderr
    assert "Elon Musk" in result.stdout


def all_commands() -> dict[str, typer.core.TyperCommand | typer.core.TyperGroup]:
    """The commands as `main()` assembles them (it adds `eval` and `feedback` to the app)."""
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return {**group.commands, "eval": typer.main.get_command(eval_app), "feedback": typer.main.get_command(feedback_app)}


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = all_commands()
    assert sorted(commands) == sorted(COMMANDS)
    for name, command in commands.items():
        assert (command.help or "").strip(), f"qa {name} has no help text"
        assert re.search(rf"\bqa {name}\b", readme), f"qa {name} is not in README.md"


@pytest.mark.parametrize("name", [c for c in COMMANDS if c not in ("eval", "feedback")])  # added by main()
def test_command_help_runs(name: str) -> None:
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_console_script_lists_every_command() -> None:
    """`python -m qa.cli.app` runs main(), which also registers `eval`."""
    out = subprocess.run(
        [sys.executable, "-m", "qa.cli.app", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
        check=True,
    ).stdout
    for name in COMMANDS:
        assert re.search(rf"^\W*{name}\s+\S", out, re.M), f"{name} missing from qa --help"


def test_importing_the_cli_leaves_the_adapters_unloaded() -> None:
    """`qa ask` starts fast: the CLI (and `eval`, which main() adds) import no web or Discord library."""
    code = (
        "import sys, qa.cli.app, qa.cli.eval\n"
        "heavy = [m for m in ('fastapi', 'discord', 'uvicorn', 'starlette') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
