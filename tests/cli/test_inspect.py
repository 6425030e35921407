"""`qa inspect FILE`: the passages a file becomes and the lines dropped, for every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner

from qa.cli.app import app

DATA = Path(__file__).resolve().parent.parent / "data"


def run(*args: str) -> object:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.mark.parametrize(
    ("path", "shows"),
    [
        (DATA / "docs" / "tidewatch.md", "tidewatch.md › tidewatch › Configuration"),
        (DATA / "docs" / "backup-howto.txt", "backup-howto.txt › NIGHTLY BACKUPS WITH RSNAP › 2. Retention"),
        (DATA / "docs" / "moorland-railway.html", "moorland-railway.html › Visiting the railway › Fares"),
        (BUNDLED / "000_3eae4d3813b44498.txt", "page furniture"),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else "",
)
def test_inspect_shows_passages_with_where_and_dropped_lines(path: Path, shows: str) -> None:
    result = run("inspect", str(path))
    assert result.exit_code == 0, result.output
    assert shows in result.stdout
    assert "passages" in result.stdout.splitlines()[0]


def test_inspect_json_lists_dropped_lines_with_reasons() -> None:
    result = run("inspect", str(DATA / "docs" / "moorland-railway.html"), "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    reasons = {d["reason"] for d in found["dropped"]}
    assert {"a script", "the page footer", "a sidebar", "the page header"} <= reasons
    assert all(p["doc_id"] == "moorland-railway" for p in found["passages"])


def test_inspect_a_bad_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\0\1\2" * 100)
    for target in (tmp_path / "blob.txt", tmp_path / "missing.md"):
        result = run("inspect", str(target))
        assert result.exit_code == 1
        assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error:")
