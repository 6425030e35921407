"""Build the passage index of a corpus folder: a fingerprint says when, a per-file cache makes it incremental.

The index's shape on disk, saving and loading are `qa.search.stored` (re-exported here).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from qa.errors import IndexCorrupt
from qa.ingest.digests import Digests
from qa.ingest.load import corpus_files
from qa.models import Document
from qa.records import dumps
from qa.search.stored import (
    FORMAT,
    Index,
    IndexConfig,
    Progress,
    load_index,
    read_meta,
    reading_index,
    save_index,
)
from qa.text import counted

__all__ = [
    "FORMAT",
    "Index",
    "IndexConfig",
    "Progress",
    "build_corpus_index",
    "build_index",
    "fingerprint",
    "load_index",
    "open_index",
    "read_meta",
    "reading_index",
    "save_index",
]

# Changing any of these changes what an index holds, so their source is part of the fingerprint.
_RULE_MODULES = (
    "ingest/load",
    "ingest/metadata",
    "ingest/clean",
    "ingest/boilerplate",
    "ingest/passages",
    "text",
    "patterns",
    "question/facts",
    "search/index",
    "search/stored",
    "search/backends",
    "models",
    "ingest/decode",
    "ingest/structure",
    "ingest/sections",
    "ingest/formats/text",
    "ingest/formats/markdown",
    "ingest/formats/html",
    "ingest/formats/pdf",
    "ingest/formats/rst",
    "ingest/formats/asciidoc",
    "ingest/formats/man",
    "ingest/formats/tbl",
    "search/units",
    "search/bm25s_build",
)


def fingerprint(
    corpus: Path, config: IndexConfig, digests: dict[str, str] | None = None, cache: Path | None = None
) -> str:
    """Return a digest of the corpus files, the index settings and the rules that build it.

    `digests`, if given, receives each readable file's own digest (path in the corpus -> hex).
    With a `cache` folder, files whose size and times are as recorded there are not read again.
    """
    known = Digests(cache)
    h = hashlib.sha256(f"format={FORMAT};{dumps(config)};{_rules_digest()}".encode())
    for path in corpus_files(corpus):
        rel = path.relative_to(corpus).as_posix()
        h.update(rel.encode() + b"\0")
        try:
            digest = known.digest(path, rel)
        except OSError as exc:  # skipped when the corpus is read; its state is part of the corpus's
            h.update(f"unreadable: {exc.errno}".encode())
            continue
        h.update(digest)
        if digests is not None:
            digests[rel] = digest.hex()
    known.save()
    return h.hexdigest()


@lru_cache(maxsize=1)
def _rules_digest() -> str:
    """A digest of the source of the modules that turn files into passages."""
    h = hashlib.sha256()
    here = Path(__file__).parent.parent
    for name in _RULE_MODULES:
        h.update((here / f"{name}.py").read_bytes())
    return h.hexdigest()


def build_index(
    docs: list[Document], config: IndexConfig, path: Path, fp: str = "", progress: Progress | None = None
) -> Index:
    """Clean, cut and index `docs`; return the index (not yet saved)."""
    from qa.search.units import assemble, make_unit

    say = progress if progress is not None else (lambda _msg: None)
    say(f"cleaning {counted(len(docs), 'document')}")
    units = [make_unit([d], config.passage_sentences, config.passage_overlap) for d in docs]
    return assemble(units, config, path, fp, progress)


def open_index(
    corpus: Path, root: Path, config: IndexConfig, progress: Progress | None = None, strict: bool = False
) -> Index:
    """Return the index of `corpus` under `root`, building it if missing, stale or damaged.

    Files that cannot be read are skipped, each with a warning through `progress`; with `strict`
    the first one raises DocumentUnreadable and the index on disk stays as it was.
    """
    digests: dict[str, str] = {}
    fp = fingerprint(corpus, config, digests, root / ".cache")
    path = root / config.backend
    say = progress if progress is not None else (lambda _msg: None)
    if (path / "meta.json").exists():
        try:
            meta = read_meta(path)
            if meta["fingerprint"] == fp and not (strict and meta.get("skipped")):
                return load_index(path)
            if meta["fingerprint"] != fp:
                say(f"the corpus or settings changed since {path} was built: rebuilding")
        except IndexCorrupt as exc:
            say(f"{exc}; rebuilding")
    elif path.exists():
        say(f"{path} holds no complete index: rebuilding")
    index = build_corpus_index(corpus, config, path, fp, progress, strict, digests)
    save_index(index)
    return index


def build_corpus_index(
    corpus: Path,
    config: IndexConfig,
    path: Path,
    fp: str = "",
    progress: Progress | None = None,
    strict: bool = False,
    digests: dict[str, str] | None = None,
) -> Index:
    """Read `corpus` (skipping bad files, or raising on one with `strict`) and index it (not yet saved).

    Each file's passages come from the cache beside the index when the file has not changed.
    """
    from qa.search.units import index_folder

    return index_folder(corpus, config, path, fp, progress, strict, _rules_digest(), digests or {})
