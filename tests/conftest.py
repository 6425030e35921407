"""Shared fixtures: a tiny corpus with known answers, settings, the bundled index, a PostgreSQL server.

Indexes are always built under pytest's temporary folders, never in the repository's `index/`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from opensearch_fixtures import cluster, opensearch_url  # noqa: F401  (fixtures: one OpenSearch node per run)
from servers import PG_BIN, start_postgres, stop_postgres, unprivileged

from qa.pipeline import Pipeline
from qa.search.index import Index, IndexConfig, open_index
from qa.settings import ROOT, Settings

BUNDLED = ROOT / "data" / "corpus"
BUNDLED_IDS = sorted(p.stem for p in BUNDLED.glob("*.txt"))

# One fact per document, so that the best hit for a question is known.
TINY = {
    "cat": "A cat purrs when it is content.",
    "dog": "A dog fetches the ball in the park.",
    "bird": "Birds fly south before the winter.",
    "fish": "Fish swim in the cold river.",
}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """A folder of four one-sentence .txt documents (ids: cat, dog, bird, fish)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in TINY.items():
        (folder / f"{doc_id}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def bot_over(tmp_path: Path) -> Callable[[dict[str, str]], Pipeline]:
    """A pipeline over a corpus of the given files (file name -> text), indexed under `tmp_path`."""

    def make(files: dict[str, str]) -> Pipeline:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        return Pipeline(Settings(corpus=corpus, index=tmp_path / "index", answer_cache=0))

    return make


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Build Settings over a corpus (the bundled one by default) with the index under tmp_path."""

    def make(corpus: Path = BUNDLED, **options: object) -> Settings:
        options.setdefault("index", tmp_path / "index")
        return Settings(corpus=corpus, **options)

    return make


@pytest.fixture(scope="session")
def bundled_index_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the bm25s index of the bundled corpus, built once per run. Do not write to it."""
    root = tmp_path_factory.mktemp("bundled-index")
    open_index(BUNDLED, root, IndexConfig())
    return root


@pytest.fixture(scope="module")
def pipeline(bundled_index_root: Path) -> Pipeline:
    """A pipeline over the bundled corpus's shared index, answer cache off (a module may define its own)."""
    return Pipeline(Settings(index=bundled_index_root, answer_cache=0))


@pytest.fixture(scope="session")
def bundled_index(bundled_index_root: Path) -> Index:
    """The bm25s index of the bundled corpus with default settings (read-only)."""
    return open_index(BUNDLED, bundled_index_root, IndexConfig())


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """`postgresql://qa@127.0.0.1:<port>/postgres` of a throwaway server (Debian's package), once per run."""
    if not (PG_BIN / "postgres").exists():
        pytest.skip("PostgreSQL's server is not installed (CI installs Debian's postgresql)")
    account = unprivileged()
    if account is None:
        pytest.skip("running as root with no unprivileged account to run PostgreSQL as")
    process, url, folder = start_postgres(account)
    try:
        yield url
    finally:
        stop_postgres(process, folder)

