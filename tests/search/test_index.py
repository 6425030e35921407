"""The index: both backends, save/load, fingerprint and rebuilds, atomic writes, damaged indexes."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from conftest import BUNDLED

from qa.errors import IndexCorrupt
from qa.ingest.load import load_corpus
from qa.models import Hit
from qa.pipeline import Pipeline
from qa.question.query import analyse
from qa.search.index import Index, IndexConfig, build_index, fingerprint, load_index, open_index, save_index
from qa.search.retrieve import search
from qa.settings import Settings
from qa.text import stems

BACKENDS = ["bm25s", "rank-bm25"]
QUESTIONS = ["which animal purrs", "where do fish swim", "what does a dog fetch", "birds winter", "zebra"]


def hits(index: Index, question: str, k: int = 3) -> list[Hit]:
    return search(index, analyse(question, None, index.passage_freq), k)


def all_scores(index: Index) -> list[np.ndarray]:
    return [np.asarray(index.scorer.scores(analyse(q, None, index.passage_freq).bag())) for q in QUESTIONS]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("question", "doc_id"),
    [("which animal purrs", "cat"), ("Where do fish swim?", "fish"), ("What does the dog fetch?", "dog")],
)
def test_best_hit_is_the_right_document(
    tiny_corpus: Path, tmp_path: Path, backend: str, question: str, doc_id: str
) -> None:
    index = build_index(load_corpus(tiny_corpus), IndexConfig(backend=backend), tmp_path / backend)
    found = hits(index, question)
    assert found[0].passage.doc_id == doc_id
    assert found[0].rank == 1
    assert [h.score for h in found] == sorted((h.score for h in found), reverse=True)
    assert all(h.score > 0 for h in found)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_query_with_no_corpus_word_finds_nothing(tiny_corpus: Path, tmp_path: Path, backend: str) -> None:
    index = build_index(load_corpus(tiny_corpus), IndexConfig(backend=backend), tmp_path / backend)
    assert hits(index, "zebra quantum") == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_save_then_load_gives_the_same_index(tiny_corpus: Path, tmp_path: Path, backend: str) -> None:
    built = build_index(load_corpus(tiny_corpus), IndexConfig(backend=backend), tmp_path / backend, fp="abc")
    save_index(built)
    loaded = load_index(tmp_path / backend)
    assert loaded.config == built.config
    assert loaded.fingerprint == "abc"
    assert loaded.documents == built.documents
    assert loaded.passages == built.passages
    assert loaded.sentences == built.sentences
    assert loaded.sentence_stems == built.sentence_stems
    assert (loaded.passage_freq, loaded.vocabulary) == (built.passage_freq, built.vocabulary)
    for a, b in zip(all_scores(built), all_scores(loaded), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    if backend == "bm25s":
        in_memory = load_index(tmp_path / backend, mmap=False)
        for a, b in zip(all_scores(built), all_scores(in_memory), strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-6)


def test_bm25s_scores_match_bm25s_itself(bundled_index: Index) -> None:
    """Our reader of bm25s's saved arrays gives the scores bm25s gives."""
    import bm25s

    model = bm25s.BM25.load(str(bundled_index.path / "bm25s"))
    for question in ["Getty Images lawsuit", "Universal Music Group AI training", "Twitter API price per month"]:
        query = [t for t in stems(question) if t in model.vocab_dict]
        assert query
        np.testing.assert_allclose(bundled_index.scorer.scores(query), model.get_scores(query), rtol=1e-5)


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [
        ("Getty Images Stable Diffusion", "002_890c5c9d10bfe8b2"),
        ("Universal Music Group copyright law", "003_eb8d1d1d17b4e45c"),
        ("Enterprise Tier API", "004_d348144b868c9696"),
    ],
)
def test_backends_agree_on_the_best_passage(tmp_path: Path, bundled_index: Index, question: str, doc_id: str) -> None:
    reference = build_index(load_corpus(BUNDLED), IndexConfig(backend="rank-bm25"), tmp_path / "rank-bm25")
    assert hits(bundled_index, question)[0].passage.doc_id == doc_id
    assert hits(reference, question)[0].passage.id == hits(bundled_index, question)[0].passage.id


# ---- fingerprint and rebuilds ----


def stat(path: Path) -> tuple[int, int]:
    s = (path / "meta.json").stat()
    return s.st_ino, s.st_mtime_ns


@pytest.mark.parametrize("backend", BACKENDS)
def test_unchanged_corpus_is_not_rebuilt(tiny_corpus: Path, tmp_path: Path, backend: str) -> None:
    config = IndexConfig(backend=backend)
    first: list[str] = []
    open_index(tiny_corpus, tmp_path / "ix", config, first.append)
    assert any("indexing" in m for m in first)
    before = stat(tmp_path / "ix" / backend)
    again: list[str] = []
    index = open_index(tiny_corpus, tmp_path / "ix", config, again.append)
    assert again == []
    assert stat(tmp_path / "ix" / backend) == before
    assert hits(index, "which animal purrs")[0].passage.doc_id == "cat"


def test_two_files_with_one_stem_are_both_indexed_the_second_by_its_full_name(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "README").write_text("dtach detaches a program from its terminal.\n", encoding="utf-8")
    (corpus / "README.md").write_text("# Dust\n\nDust shows which folders use the most disk space.\n", encoding="utf-8")
    index = open_index(corpus, tmp_path / "ix", IndexConfig())
    assert sorted(index.documents) == ["README", "README.md"]
    assert hits(index, "which folders use disk space")[0].passage.doc_id == "README.md"
    # built again from the cache of passages, the second file keeps its own id
    (corpus / "README").write_text("dtach detaches a program from its terminal. It is small.\n", encoding="utf-8")
    assert sorted(open_index(corpus, tmp_path / "ix", IndexConfig()).documents) == ["README", "README.md"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("change", ["edit", "add", "rename"])
def test_changed_corpus_is_rebuilt(tiny_corpus: Path, tmp_path: Path, backend: str, change: str) -> None:
    config = IndexConfig(backend=backend)
    open_index(tiny_corpus, tmp_path / "ix", config)
    before_fp, before = fingerprint(tiny_corpus, config), stat(tmp_path / "ix" / backend)
    if change == "edit":
        (tiny_corpus / "cat.txt").write_text("A cat purrs when it is content. A parrot talks.", encoding="utf-8")
    elif change == "add":
        (tiny_corpus / "parrot.txt").write_text("A parrot talks to the cat.", encoding="utf-8")
    else:
        (tiny_corpus / "cat.txt").rename(tiny_corpus / "kitten.txt")
    assert fingerprint(tiny_corpus, config) != before_fp
    told: list[str] = []
    index = open_index(tiny_corpus, tmp_path / "ix", config, told.append)
    assert any("changed" in m and "rebuilding" in m for m in told)
    assert stat(tmp_path / "ix" / backend) != before
    if change == "rename":
        assert hits(index, "which animal purrs")[0].passage.doc_id == "kitten"
    else:
        assert hits(index, "parrot talks")[0].passage.doc_id == {"edit": "cat", "add": "parrot"}[change]
    assert load_index(tmp_path / "ix" / backend).fingerprint == fingerprint(tiny_corpus, config)


@pytest.mark.parametrize(
    "change",
    [
        {"k1": 1.5},
        {"b": 0.5},
        {"title_weight": 2},
        {"passage_sentences": 4},
        {"passage_overlap": 0},
        {"backend": "rank-bm25"},
    ],
)
def test_settings_are_part_of_the_fingerprint(tiny_corpus: Path, change: dict[str, object]) -> None:
    assert fingerprint(tiny_corpus, IndexConfig()) != fingerprint(tiny_corpus, IndexConfig(**change))


def test_fingerprint_is_stable(tiny_corpus: Path) -> None:
    assert fingerprint(tiny_corpus, IndexConfig()) == fingerprint(tiny_corpus, IndexConfig())


def test_every_reader_of_a_file_format_is_part_of_the_fingerprint() -> None:
    # a change to how manual pages are read (tbl's tables) rebuilds an index built before it
    from qa.search.index import _RULE_MODULES

    formats = Path(__file__).resolve().parents[2] / "qa" / "ingest" / "formats"
    readers = {f"ingest/formats/{p.stem}" for p in formats.glob("*.py") if p.stem != "__init__"}
    assert readers and readers <= set(_RULE_MODULES), sorted(readers - set(_RULE_MODULES))


def test_backends_live_side_by_side(tiny_corpus: Path, tmp_path: Path) -> None:
    for backend in BACKENDS:
        open_index(tiny_corpus, tmp_path, IndexConfig(backend=backend))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in ("corpus", ".cache")) == ["bm25s", "rank-bm25"]
    assert (tmp_path / "rank-bm25" / "rank_bm25.json").is_file()
    assert (tmp_path / "bm25s" / "bm25s").is_dir()


# ---- atomic writes ----


def crash_when(monkeypatch: pytest.MonkeyPatch, backend: str, point: str) -> None:
    """Make a library call raise at one point of `_write`, as a crash there would."""
    real_dumps = json.dumps

    def dumps(obj: object, *args: object, **kwargs: object) -> str:
        hit = {
            "sentences": isinstance(obj, list),  # the first rows written after the jsonl files
            "meta": isinstance(obj, dict) and "fingerprint" in obj,  # the last file written
            "scorer": isinstance(obj, dict) and "tokens" in obj,  # rank-bm25's saved tokens
        }[point]
        if hit:
            raise RuntimeError(f"simulated crash at {point}")
        return real_dumps(obj, *args, **kwargs)

    monkeypatch.setattr(json, "dumps", dumps)
    if point == "scorer" and backend == "bm25s":
        import bm25s

        def save(*args: object, **kwargs: object) -> None:
            raise RuntimeError("simulated crash in bm25s save")

        monkeypatch.setattr(bm25s.BM25, "save", save)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("point", ["sentences", "scorer", "meta"])
def test_crash_while_writing_keeps_the_previous_index(
    tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str, point: str
) -> None:
    root, config = tmp_path / "ix", IndexConfig(backend=backend)
    previous = open_index(tiny_corpus, root, config)
    (tiny_corpus / "parrot.txt").write_text("A parrot talks to the cat.", encoding="utf-8")
    newer = build_index(load_corpus(tiny_corpus), config, root / backend, fingerprint(tiny_corpus, config))

    with monkeypatch.context() as m:
        crash_when(m, backend, point)
        with pytest.raises(RuntimeError, match="simulated crash"):
            save_index(newer)

    assert [p.name for p in root.iterdir() if p.name != ".cache"] == [backend]  # no temporary folder left behind
    intact = load_index(root / backend)
    assert intact.fingerprint == previous.fingerprint
    assert intact.passages == previous.passages
    for a, b in zip(all_scores(previous), all_scores(intact), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    # The next open sees the corpus changed and builds the new index.
    assert hits(open_index(tiny_corpus, root, config), "parrot talks")[0].passage.doc_id == "parrot"


def test_failed_swap_keeps_the_previous_index(
    tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, config = tmp_path / "ix", IndexConfig()
    previous = open_index(tiny_corpus, root, config)
    newer = build_index(load_corpus(tiny_corpus), config, root / "bm25s", "newer")
    real_rename, calls = os.rename, []

    def rename(src: object, dst: object) -> None:
        calls.append(src)
        if len(calls) == 2:
            raise OSError("simulated crash while renaming the new index into place")
        real_rename(src, dst)

    with monkeypatch.context() as m:
        m.setattr(os, "rename", rename)
        with pytest.raises(OSError, match="simulated"):
            save_index(newer)
    assert load_index(root / "bm25s").fingerprint == previous.fingerprint
    assert [p.name for p in root.iterdir() if p.name != ".cache"] == ["bm25s"]


# ---- damaged indexes ----


def damage(path: Path, kind: str) -> None:
    if kind == "truncated passages.jsonl":
        data = (path / "passages.jsonl").read_bytes()
        (path / "passages.jsonl").write_bytes(data[: len(data) // 2])
    elif kind == "missing passage rows":
        lines = (path / "passages.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (path / "passages.jsonl").write_text("".join(lines[:-1]), encoding="utf-8")
    elif kind == "garbage meta.json":
        (path / "meta.json").write_bytes(b"\x00\xffnot json {")
    elif kind == "meta.json of another format":
        meta = json.loads((path / "meta.json").read_text())
        (path / "meta.json").write_text(json.dumps({**meta, "format": 0}))
    elif kind == "meta.json not an object":
        (path / "meta.json").write_text("[1, 2, 3]")
    elif kind == "garbage sentences.jsonl":
        (path / "sentences.jsonl").write_text('["cat", 0]\n', encoding="utf-8")
    elif kind == "deleted terms.json":
        (path / "terms.json").unlink()
    elif kind == "deleted scorer files":
        if (path / "bm25s").exists():
            shutil.rmtree(path / "bm25s")
        else:
            (path / "rank_bm25.json").unlink()
    elif kind == "truncated scorer file":
        target = path / "bm25s" / "data.csc.index.npy"
        if not target.exists():
            target = path / "rank_bm25.json"
        target.write_bytes(target.read_bytes()[:40])
    else:
        raise AssertionError(kind)


DAMAGE = [
    "truncated passages.jsonl",
    "missing passage rows",
    "garbage meta.json",
    "meta.json of another format",
    "meta.json not an object",
    "garbage sentences.jsonl",
    "deleted terms.json",
    "deleted scorer files",
    "truncated scorer file",
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", DAMAGE)
def test_load_index_on_damage_raises_index_corrupt(tiny_corpus: Path, tmp_path: Path, backend: str, kind: str) -> None:
    open_index(tiny_corpus, tmp_path, IndexConfig(backend=backend))
    damage(tmp_path / backend, kind)
    with pytest.raises(IndexCorrupt, match=re.escape(str(tmp_path / backend))):
        load_index(tmp_path / backend)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", DAMAGE)
def test_open_index_rebuilds_a_damaged_index(tiny_corpus: Path, tmp_path: Path, backend: str, kind: str) -> None:
    config = IndexConfig(backend=backend)
    open_index(tiny_corpus, tmp_path, config)
    damage(tmp_path / backend, kind)
    told: list[str] = []
    index = open_index(tiny_corpus, tmp_path, config, told.append)
    assert any("rebuilding" in m for m in told), told
    assert hits(index, "which animal purrs")[0].passage.doc_id == "cat"
    assert hits(load_index(tmp_path / backend), "which animal purrs")[0].passage.doc_id == "cat"


def test_folder_without_meta_is_rebuilt(tiny_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "bm25s").mkdir()
    (tmp_path / "bm25s" / "passages.jsonl").write_text("half written", encoding="utf-8")
    told: list[str] = []
    index = open_index(tiny_corpus, tmp_path, IndexConfig(), told.append)
    assert any("no complete index" in m for m in told)
    assert hits(index, "which animal purrs")[0].passage.doc_id == "cat"


def test_open_index_rebuilds_when_meta_lacks_the_fingerprint(tiny_corpus: Path, tmp_path: Path) -> None:
    open_index(tiny_corpus, tmp_path, IndexConfig())
    meta = json.loads((tmp_path / "bm25s" / "meta.json").read_text())
    del meta["fingerprint"]
    (tmp_path / "bm25s" / "meta.json").write_text(json.dumps(meta))
    told: list[str] = []
    index = open_index(tiny_corpus, tmp_path, IndexConfig(), told.append)
    assert any("rebuilding" in m for m in told)
    assert hits(index, "which animal purrs")[0].passage.doc_id == "cat"


def test_settings_choose_the_backend_folder_and_passage_size(
    tiny_corpus: Path, make_settings: Callable[..., Settings]
) -> None:
    settings = make_settings(tiny_corpus, backend="rank-bm25", passage_sentences=1, passage_overlap=0)
    index = Pipeline(settings).index
    assert index.path == settings.index / "rank-bm25"
    assert (index.config.backend, index.config.passage_sentences, index.config.passage_overlap) == ("rank-bm25", 1, 0)
    assert load_index(settings.index / "rank-bm25").fingerprint == fingerprint(tiny_corpus, index.config)
    assert [h.passage.doc_id for h in Pipeline(settings).search("which animal purrs")][:1] == ["cat"]
