"""A bad file never blocks the corpus: it is skipped with a one-line reason, or with --strict it is the error."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa.cli.app import app
from qa.errors import DocumentUnreadable
from qa.ingest.load import read_corpus
from qa.search.index import IndexConfig, fingerprint, load_index, open_index

GOOD = "The harbour ferry leaves at nine. It returns at five."


def make_bad(folder: Path, kind: str) -> str:
    """Put one bad file of `kind` in `folder`; return the words its warning must hold."""
    if kind == "unreadable":
        (folder / "gone.txt").symlink_to(folder / "nowhere.txt")  # root reads any file; a dangling link it cannot
        return "gone.txt cannot be read"
    if kind == "binary":
        (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
        return "blob.txt is binary"
    if kind == "empty":
        (folder / "empty.md").write_text("  \n\n", encoding="utf-8")
        return "empty.md is empty"
    if kind == "malformed-jsonl":
        (folder / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": "Fine."}) + "\n{oops\n", encoding="utf-8")
        return "rows.jsonl:2"
    if kind == "folder":
        (folder / "notes.md").mkdir()
        return "notes.md is a folder"
    if kind == "broken-pdf":
        (folder / "scan.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
        return "scan.pdf is not a readable PDF"
    if kind == "no-text-html":
        (folder / "page.html").write_text("<html><body><nav>Home</nav><script>x()</script></body></html>")
        return "page.html holds no text"
    raise AssertionError(kind)


KINDS = ["unreadable", "binary", "empty", "malformed-jsonl", "folder", "broken-pdf", "no-text-html"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ferry.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Le caf\xe9 ouvre \xe0 huit heures. Il ferme \xe0 midi.".encode("latin-1"))
    return folder


@pytest.mark.parametrize("kind", KINDS)
def test_bad_file_is_skipped_with_a_reason(corpus: Path, kind: str) -> None:
    says = make_bad(corpus, kind)
    warnings: list[str] = []
    found = read_corpus(corpus, warn=warnings.append)
    assert sorted(d.id for d in found.documents) == ["ferry", "latin1"]
    assert len(warnings) == 1 and says in warnings[0] and "\n" not in warnings[0]
    assert found.summary().startswith("indexed 2 files, skipped 1: ")


@pytest.mark.parametrize("kind", KINDS)
def test_strict_makes_the_bad_file_the_error(corpus: Path, kind: str) -> None:
    says = make_bad(corpus, kind)
    with pytest.raises(DocumentUnreadable, match=says.split()[0]):
        read_corpus(corpus, strict=True)


def test_all_at_once_through_the_cli(corpus: Path, tmp_path: Path) -> None:
    for kind in KINDS:
        make_bad(corpus, kind)
    result = CliRunner().invoke(app, ["index", "--corpus", str(corpus), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "indexed 2 files (+2 ~0 -0 files), skipped 7: " in result.stdout
    assert result.stderr.count("warning: skipped") == 7
    index = load_index(tmp_path / "ix" / "bm25s")
    assert sorted(index.documents) == ["ferry", "latin1"]
    assert index.summary() == load_index(tmp_path / "ix" / "bm25s").summary()


def test_strict_fails_in_one_line_and_keeps_the_last_good_index(corpus: Path, tmp_path: Path) -> None:
    open_index(corpus, tmp_path / "ix", IndexConfig())
    before = (tmp_path / "ix" / "bm25s" / "meta.json").read_text()
    make_bad(corpus, "binary")
    for args, env in (["--strict"], {}), ([], {"QA_STRICT": "1"}):
        result = CliRunner().invoke(
            app, ["index", *args, "--corpus", str(corpus), "--index", str(tmp_path / "ix")], env=env
        )
        assert result.exit_code == 1
        assert result.stderr.strip().splitlines()[-1] == "error: blob.txt is binary, not text"
        assert "Traceback" not in result.output
        assert (tmp_path / "ix" / "bm25s" / "meta.json").read_text() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission(corpus: Path) -> None:
    (corpus / "secret.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "secret.txt").chmod(0)
    fingerprint(corpus, IndexConfig())  # no PermissionError
    warnings: list[str] = []
    read_corpus(corpus, warn=warnings.append)
    assert warnings == ["warning: skipped secret.txt cannot be read (permission denied)"]


def test_a_rule_failing_on_one_file_costs_that_file_not_the_index(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qa.search.units as units

    (corpus / "odd.md").write_text("# Odd\n\nA file one of the rules cannot cut.\n", encoding="utf-8")
    make_unit = units.make_unit

    def failing(docs: list, *args: int) -> units.FileUnit:
        if any(d.id == "odd" for d in docs):
            raise ValueError("substring not found")
        return make_unit(docs, *args)

    monkeypatch.setattr(units, "make_unit", failing)
    index = open_index(corpus, tmp_path / "index", IndexConfig())
    assert sorted(index.documents) == ["ferry", "latin1"]
    assert index.skipped == ["odd.md could not be indexed (ValueError: substring not found)"]
    with pytest.raises(DocumentUnreadable, match=r"odd\.md could not be indexed"):
        open_index(corpus, tmp_path / "strict", IndexConfig(), strict=True)
