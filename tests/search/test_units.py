"""Incremental indexing: a per-file cache, so that a change re-reads only the files that changed."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BUNDLED

from qa.ingest import digests
from qa.ingest.digests import Digests
from qa.pipeline import Pipeline
from qa.question.facts import corpus_facts
from qa.records import dumps
from qa.search.backends import Bm25sScorer
from qa.search.bm25s_build import build_bm25s, passage_frequencies, summed
from qa.search.index import Index, IndexConfig, load_index, open_index
from qa.settings import Settings


def rows(index: Index) -> tuple[list[str], list[str], list[list[str]]]:
    return (
        [dumps(p) for p in index.passages],
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


def everything(index: Index) -> tuple:
    """All an index holds, scores as (term -> passage -> score) so the order of bm25s's columns does not matter."""
    sc = index.scorer
    scores = {}
    for term, i in sc.vocab.items():
        lo, hi = sc.indptr[i], sc.indptr[i + 1]
        scores[term] = dict(zip(sc.indices[lo:hi].tolist(), sc.data[lo:hi].tolist(), strict=True))
    return (
        rows(index),
        [dumps(d) for d in index.documents.values()],
        index.passage_freq,
        index.vocabulary,
        index.facts,
        scores,
    )


QUESTIONS = [
    "What did Elon Musk threaten to do?",
    "When will Microsoft stop supporting Twitter?",
    "When does the ferry leave?",
    "How much do adults pay?",
    "What is in the harbour?",
]


def answers(corpus: Path, root: Path) -> list[str]:
    pipeline = Pipeline(Settings(corpus=corpus, index=root))
    return [dumps(replace(pipeline.ask(q), conversation_id=None)) for q in QUESTIONS]


@pytest.mark.parametrize("step", ["add", "change", "remove"])
def test_an_update_gives_the_index_and_answers_of_a_full_build(corpus: Path, tmp_path: Path, step: str) -> None:
    open_index(corpus, tmp_path / "ix", IndexConfig())
    if step == "add":
        (corpus / "harbour.md").write_text("# Harbour\n\nThe harbour holds Fred Bloggs's boat.\n\nIt sails at noon.\n")
    elif step == "change":
        (corpus / "notes.md").write_text("# Notes\n\nThe ferry leaves at ten, says Ada Lovelace.\n")
    else:
        (corpus / "003_eb8d1d1d17b4e45c.txt").unlink()
    again = open_index(corpus, tmp_path / "ix", IndexConfig())
    assert again.changes == {"add": "+1 ~0 -0 files", "change": "+0 ~1 -0 files", "remove": "+0 ~0 -1 files"}[step]
    fresh = open_index(corpus, tmp_path / "fresh", IndexConfig())
    assert everything(again) == everything(fresh)
    assert everything(load_index(tmp_path / "ix" / "bm25s")) == everything(load_index(tmp_path / "fresh" / "bm25s"))
    assert answers(corpus, tmp_path / "ix") == answers(corpus, tmp_path / "fresh")


def test_facts_merged_from_files_are_the_corpus_facts(corpus: Path, tmp_path: Path) -> None:
    index = open_index(corpus, tmp_path / "ix", IndexConfig())
    assert index.facts == corpus_facts(index.documents.values(), (s.text for s in index.sentences), (s.doc_id for s in index.sentences))
    assert "musk" in index.facts.aliases.get("elon", [])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_fast_bm25s_build_gives_bm25s_scores_bit_for_bit(bundled_index: Index, seed: int) -> None:
    rng = random.Random(seed)
    words = [w for toks in bundled_index.sentence_stems for w in toks][:3000]
    tokens = [rng.choices(words, k=rng.randint(0, 60)) for _ in range(400)] + [[]]
    k1, b = rng.uniform(0.5, 2.0), rng.uniform(0.1, 1.0)
    fast, reference = build_bm25s(tokens, k1, b), Bm25sScorer.build(tokens, k1, b)
    for term in {*words, "nothere"}:
        assert fast.scores([term]).tolist() == reference.scores([term]).tolist()
    assert passage_frequencies(fast) == dict(Counter(t for toks in tokens for t in set(toks)))


def test_counts_are_summed_key_by_key() -> None:
    parts = [{"a": 1, "b": 2}, {}, {"b": 3, "c": 4}]
    expected: Counter[str] = Counter()
    for p in parts:
        expected.update(p)
    assert summed(parts) == dict(expected)


def test_a_file_is_hashed_again_only_when_its_stat_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(digests, "_RACY", 0)  # a stat taken just now is trusted (its file not touched since)
    path = tmp_path / "a.txt"
    path.write_text("one")
    first = Digests(tmp_path / "cache").digest(path, "a.txt")
    known = Digests(tmp_path / "cache")
    known.digest(path, "a.txt")
    known.save()
    reads: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    assert Digests(tmp_path / "cache").digest(path, "a.txt") == first and not reads  # stat as recorded: not read
    time.sleep(0.01)
    path.write_text("two")  # same size
    assert Digests(tmp_path / "cache").digest(path, "a.txt") != first and reads == [path]


def test_a_stat_recorded_right_after_a_change_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one")
    known = Digests(tmp_path / "cache")
    known.digest(path, "a.txt")
    known.save()  # within a clock tick or two of the write: the file may yet change unseen
    reads: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real(self))
    Digests(tmp_path / "cache").digest(path, "a.txt")
    assert reads == [path]
