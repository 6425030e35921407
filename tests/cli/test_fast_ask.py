"""`qa ask` through the console script's fast path: the same output as the full app, without typer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner

from qa.cli.app import app
from qa.cli.fast import parse_ask

QUESTION = "Who threatened to sue Microsoft?"


@pytest.fixture
def env(bundled_index_root: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    return clean | {"QA_INDEX": str(bundled_index_root), "QA_CORPUS": str(BUNDLED), "COLUMNS": "200"}


def script(env: dict[str, str], *args: str, code: str = "") -> subprocess.CompletedProcess[str]:
    """Run the `qa` console script's entry point (qa.cli.fast:main) with `args`."""
    run = code or "from qa.cli.fast import main; main()"
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.argv = ['qa', *sys.argv[1:]]; {run}", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["ask", "Q"], ("Q", {}, False)),
        (["ask", "Q", "--json", "-k", "3", "--index=/x"], ("Q", {"top_k": "3", "index": "/x"}, True)),
        (["ask", "--backend", "rank-bm25", "Q"], ("Q", {"backend": "rank-bm25"}, False)),
        (["ask", "Q", "--help"], None),
        (["ask"], None),
        (["ask", "Q", "R"], None),
        (["ask", "Q", "-k"], None),
        (["search", "Q"], None),
        ([], None),
    ],
)
def test_only_a_plain_ask_takes_the_fast_path(argv: list[str], parsed: object) -> None:
    assert parse_ask(argv) == parsed


def test_the_answer_is_printed_as_the_full_app_prints_it(env: dict[str, str]) -> None:
    fast = script(env, "ask", QUESTION)
    full = CliRunner().invoke(app, ["ask", QUESTION], env=env)
    assert fast.returncode == 0, fast.stderr
    assert fast.stdout == full.stdout
    as_json = script(env, "ask", QUESTION, "--json", "-k", "3")
    assert (
        json.loads(as_json.stdout)["answer"]
        == json.loads(CliRunner().invoke(app, ["ask", QUESTION, "--json", "-k", "3"], env=env).stdout)["answer"]
    )


def test_the_fast_path_loads_neither_typer_nor_the_other_commands(env: dict[str, str]) -> None:
    code = (
        "from qa.cli.fast import main; main(); "
        "print(sorted(m for m in ('typer', 'click', 'qa.cli.app', 'qa.cli.eval', 'fastapi') if m in sys.modules), file=sys.stderr)"
    )
    done = script(env, "ask", QUESTION, code=code)
    assert done.returncode == 0 and done.stderr.strip().endswith("[]"), done.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["ask", "?!"], "error: the question is empty"),
        (["ask", QUESTION, "-k", "99"], "--top-k must be between 1 and 50"),
        (["ask", QUESTION, "--backend", "lucene"], "Usage"),
    ],
)
def test_errors_read_as_they_always_did(env: dict[str, str], args: list[str], says: str) -> None:
    done = script(env, *args)
    assert done.returncode != 0 and says in done.stderr + done.stdout


def test_help_goes_to_the_full_app(env: dict[str, str]) -> None:
    done = script(env, "ask", "--help")
    assert done.returncode == 0 and "Usage" in done.stdout and "--json" in done.stdout


def test_settings_come_from_the_environment_without_pydantic_settings(env: dict[str, str]) -> None:
    code = (
        "from qa.settings import Settings; s = Settings(top_k=4); "
        "print(s.top_k, s.k1, s.cors_origins, s.api_key.get_secret_value(), 'pydantic_settings' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}"],
        capture_output=True,
        text=True,
        env=env | {"QA_K1": "1.5", "qa_cors_origins": '["http://a.test"]', "QA_API_KEY": "k", "QA_TOP_K": "9"},
        timeout=60,
    )
    assert done.stdout.split() == ["4", "1.5", "['http://a.test']", "k", "False"], done.stderr


def test_a_bad_setting_in_the_environment_is_a_one_line_error(env: dict[str, str]) -> None:
    for bad in ({"QA_TOP_K": "many"}, {"QA_CORS_ORIGINS": "[not json"}):
        done = script(env | bad, "ask", QUESTION)
        assert done.returncode == 1 and "error: bad setting" in done.stderr, done.stderr
