"""Counts read right: "1 document", never "1 documents" (#14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa.cli.app import app
from qa.text import counted


@pytest.mark.parametrize(
    ("n", "noun", "plural", "expected"),
    [(0, "document", None, "0 documents"), (1, "document", None, "1 document"), (2, "query", "queries", "2 queries"), (1, "query", "queries", "1 query")],
)  # fmt: skip
def test_counted(n: int, noun: str, plural: str | None, expected: str) -> None:
    assert counted(n, noun, plural) == expected


def test_indexing_one_document_says_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("QA_")]:
        monkeypatch.delenv(name)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cat.txt").write_text("A cat purrs when it is content.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # rich wraps long lines
    assert "1 document, 1 passage, 1 sentence" in said and "indexing 1 passage…" in said
    assert not any(f"1 {noun}s" in said for noun in ("document", "passage", "sentence", "file"))
