"""Incremental indexing: a per-file cache, so that a change re-reads only the files that changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BUNDLED

from qa.search.index import Index, IndexConfig, open_index


def rows(index: Index) -> tuple[list[str], list[str], list[list[str]]]:
    return (
        [p.model_dump_json() for p in index.passages],
        [f"{s.doc_id}:{s.start}:{s.end}" for s in index.sentences],
        index.sentence_stems,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(BUNDLED, folder)
    (folder / "notes.md").write_text("# Notes\n\nThe ferry leaves at nine.\n\n## Fares\n\nAdults pay 14 pounds.\n")
    return folder


def test_a_change_rereads_one_file_and_gives_the_index_a_full_build_gives(corpus: Path, tmp_path: Path) -> None:
    told: list[str] = []
    first = open_index(corpus, tmp_path / "ix", IndexConfig(), told.append)
    assert first.changes == "+6 ~0 -0 files"
    (corpus / "notes.md").write_text("# Notes\n\nThe ferry leaves at ten.\n\n## Fares\n\nAdults pay 14 pounds.\n")
    (corpus / "extra.txt").write_text("A new note about the harbour.\n")
    (corpus / "002_890c5c9d10bfe8b2.txt").unlink()
    again = open_index(corpus, tmp_path / "ix", IndexConfig(), told.append)
    assert again.changes == "+1 ~1 -1 files"
    assert "read +1 ~1 -1 files since the last build" in told
    fresh = open_index(corpus, tmp_path / "fresh", IndexConfig())
    assert rows(again) == rows(fresh)
    assert again.scorer.scores(["ferri"]).tolist() == fresh.scorer.scores(["ferri"]).tolist()


def cached_keys(root: Path) -> list[str]:
    return [line.split("\t", 1)[0] for line in (root / ".cache" / "units.jsonl").read_text().splitlines()]


def test_unchanged_files_come_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    open_index(corpus, tmp_path / "ix", IndexConfig())
    cached = cached_keys(tmp_path / "ix")
    assert len(cached) == 6
    (corpus / "notes.md").write_text("# Notes\n\nThe ferry leaves at ten.\n")
    open_index(corpus, tmp_path / "ix", IndexConfig())
    after = cached_keys(tmp_path / "ix")
    assert after[:6] == cached and len(after) == 7  # the new unit of notes.md is appended
    for path in sorted(corpus.glob("00*.txt"))[:4]:
        path.unlink()
    open_index(corpus, tmp_path / "ix", IndexConfig())
    assert len(cached_keys(tmp_path / "ix")) == 2  # mostly stale: rewritten with the two files left


def test_a_damaged_cache_entry_is_read_again(corpus: Path, tmp_path: Path) -> None:
    first = open_index(corpus, tmp_path / "ix", IndexConfig())
    units = tmp_path / "ix" / ".cache" / "units.jsonl"
    units.write_text("".join(f"{key}\t{{not json\n" for key in cached_keys(tmp_path / "ix")))
    again = open_index(corpus, tmp_path / "ix", IndexConfig(backend="rank-bm25"))
    assert rows(again) == rows(first)
    assert len(cached_keys(tmp_path / "ix")) == 6


def test_passage_settings_are_part_of_the_key(corpus: Path, tmp_path: Path) -> None:
    open_index(corpus, tmp_path / "ix", IndexConfig())
    other = open_index(corpus, tmp_path / "ix", IndexConfig(passage_sentences=2, passage_overlap=0))
    assert other.changes == "+0 ~6 -0 files"
    assert all(len(p.sentences) <= 2 for p in other.passages)
