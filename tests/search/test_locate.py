"""Citations say where: the file, the headings above the quote, its lines or page."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa.cli.app import app
from qa.models import Citation
from qa.pipeline import Pipeline
from qa.settings import Settings

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"


@pytest.fixture(scope="module")
def docs_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return Pipeline(Settings(corpus=DOCS, index=tmp_path_factory.mktemp("docs-index")))


def test_citation_of_a_wrapped_paragraph_names_file_heading_and_lines(docs_pipeline: Pipeline) -> None:
    answer = docs_pipeline.ask("Who looks after the backup system?")
    c = answer.citations[0]
    assert (c.file, c.heading, c.line, c.end_line) == (
        "backup-howto.txt",
        ["NIGHTLY BACKUPS WITH RSNAP", "5. Contacts"],
        65,
        65,
    )
    assert c.where() == "backup-howto.txt › NIGHTLY BACKUPS WITH RSNAP › 5. Contacts, line 65"


def test_citation_of_a_table_row(docs_pipeline: Pipeline) -> None:
    answer = docs_pipeline.ask("Which environment variable sets the tidewatch safety margin?")
    c = next(c for c in answer.citations if "TIDEWATCH_MARGIN" in c.text)
    assert c.where() == "tidewatch.md › tidewatch › Configuration, line 54"


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"file": "install.md", "heading": ["Extras"], "line": 40, "end_line": 41}, "install.md › Extras, lines 40–41"),
        ({"file": "guide.pdf", "page": 3, "line": 2, "end_line": 9}, "guide.pdf, page 3"),
        ({"file": "a.txt"}, "a.txt"),
        ({}, ""),
    ],
)
def test_where_reads_like_a_place(fields: dict[str, object], said: str) -> None:
    c = Citation(n=1, doc_id="d", title="T", passage_id="d#0", text="x", score=1.0, **fields)
    assert c.where() == said


def test_cli_shows_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(
        app, ["ask", "Who looks after the backup system?", "--corpus", str(DOCS), "--index", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "backup-howto.txt › NIGHTLY BACKUPS WITH RSNAP › 5. Contacts, line 65" in result.stdout
