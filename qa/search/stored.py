"""The index on disk: what it holds, saved atomically with its fingerprint, and loaded back.

On disk, `<index>/<backend>/` holds:
  meta.json        format, fingerprint of corpus + settings + rules, counts
  documents.jsonl  cleaned documents with their metadata (titles, authors, dates...)
  passages.jsonl   passages with offsets;  sentences.jsonl  sentences with their stems
  terms.json       passage frequency of each stem, counts of surface words (for typo fixes)
  facts.json       names: words only ever capitalised, full-name aliases, outlets and authors
  bm25s/ or rank_bm25.json   the scorer
An index is written to a temporary folder beside its place and renamed into place, so a
crash never leaves half an index where a reader looks. Building one is `qa.search.index`.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import BadSetting, IndexCorrupt
from qa.models import Document, Passage, Sentence
from qa.question.facts import CorpusFacts, corpus_facts
from qa.records import dump, dumps, loads
from qa.search.backends import Bm25sScorer, RankBm25Scorer, scorer_class
from qa.settings import Settings

FORMAT = 1
Progress = Callable[[str], None]


@dataclass(frozen=True)
class IndexConfig:
    """The settings an index is built with; a change to any of them means a rebuild."""

    backend: str = "bm25s"
    k1: float = 1.2
    b: float = 0.75
    title_weight: int = 1
    passage_sentences: int = 3
    passage_overlap: int = 1

    @classmethod
    def of(cls, s: Settings) -> IndexConfig:
        """The index settings out of all settings."""
        return cls(s.backend, s.k1, s.b, s.title_weight, s.passage_sentences, s.passage_overlap)


@dataclass
class Index:
    """A loaded index: documents, passages, sentences with stems, term statistics, a scorer."""

    path: Path
    config: IndexConfig
    documents: dict[str, Document]
    passages: list[Passage]
    sentences: list[Sentence]
    sentence_stems: list[list[str]]
    passage_freq: dict[str, int]
    vocabulary: dict[str, int]
    scorer: Bm25sScorer | RankBm25Scorer
    fingerprint: str
    files: int = 0  # files read into it
    skipped: list[str] = field(default_factory=list)  # files left out, each with the reason
    changes: str = ""  # files added, changed and removed since the last build: "+1 ~2 -0 files"
    _facts: CorpusFacts | None = None  # saved as facts.json; derived once if an index lacks them

    @property
    def facts(self) -> CorpusFacts:
        """What the corpus says about names (`qa.question.facts`), as built with the index."""
        if self._facts is None:
            self._facts = corpus_facts(self.documents.values(), (s.text for s in self.sentences), (s.doc_id for s in self.sentences))
        return self._facts

    def summary(self) -> str:
        """One line: "indexed 11 files (+1 ~0 -0 files), skipped 2: a.bin is binary, not text; b.txt is empty"."""
        line = f"indexed {self.files} file{'s' if self.files != 1 else ''}"
        line += f" ({self.changes})" if self.changes else ""
        return line + (f", skipped {len(self.skipped)}: " + "; ".join(self.skipped) if self.skipped else "")


def save_index(index: Index) -> None:
    """Write `index` to a temporary folder beside `index.path`, then rename it into place."""
    root = index.path.parent
    if root.exists() and not root.is_dir():
        raise BadSetting(f"index path {root} is a file, not a folder")
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{index.path.name}.tmp-", dir=root))
    except OSError as exc:
        raise BadSetting(f"cannot write an index in {root}: {exc.strerror}") from exc
    try:
        _write(index, tmp)
        _swap_into_place(tmp, index.path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _write(index: Index, folder: Path) -> None:
    def jsonl(name: str, rows: Iterator[str]) -> None:
        with open(folder / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(row + "\n")

    jsonl("documents.jsonl", (dumps(d) for d in index.documents.values()))
    jsonl("passages.jsonl", (dumps(p) for p in index.passages))
    jsonl(
        "sentences.jsonl",
        (
            json.dumps([s.doc_id, s.start, s.end, st])
            for s, st in zip(index.sentences, index.sentence_stems, strict=True)
        ),
    )
    (folder / "terms.json").write_text(json.dumps({"passage_freq": index.passage_freq, "vocabulary": index.vocabulary}))
    (folder / "facts.json").write_text(dumps(index.facts), encoding="utf-8")
    index.scorer.save(folder)
    meta = {
        "format": FORMAT,
        "fingerprint": index.fingerprint,
        "config": dump(index.config),
        "documents": len(index.documents),
        "passages": len(index.passages),
        "sentences": len(index.sentences),
        "files": index.files,
        "skipped": index.skipped,
    }
    # meta.json is written last: a folder without it is never taken for an index.
    (folder / "meta.json").write_text(json.dumps(meta, indent=2))


def _swap_into_place(tmp: Path, target: Path) -> None:
    """Move `tmp` to `target`; the index it replaces comes back if the move fails."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, old / "index")
    try:
        os.rename(tmp, target)
    except OSError:
        if old:
            os.rename(old / "index", target)
        raise
    finally:
        if old:
            shutil.rmtree(old, ignore_errors=True)


@contextmanager
def reading_index(path: Path) -> Iterator[None]:
    """Turn any failure to read an index into IndexCorrupt, naming the folder."""
    try:
        yield
    except IndexCorrupt:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise IndexCorrupt(f"index at {path} is unreadable: {exc}") from exc


def read_meta(path: Path) -> dict:
    """Return the index's meta.json, or raise IndexCorrupt."""
    with reading_index(path):
        meta = json.loads((path / "meta.json").read_text())
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise IndexCorrupt(f"index at {path} is not an index of format {FORMAT}")
        missing = {"fingerprint", "config", "documents", "passages", "sentences"} - set(meta)
        if missing:
            raise IndexCorrupt(f"index at {path} lacks {', '.join(sorted(missing))} in meta.json")
        return meta


def load_index(path: Path, mmap: bool = True) -> Index:
    """Read an index saved by `save_index`; raise IndexCorrupt if any part is damaged."""
    meta = read_meta(path)
    with reading_index(path):
        config = IndexConfig(**meta["config"])
        docs = [loads(Document, line) for line in _lines(path / "documents.jsonl")]
        passages = [loads(Passage, line) for line in _lines(path / "passages.jsonl")]
        sentences, sentence_stems = [], []
        for line in _lines(path / "sentences.jsonl"):
            doc_id, start, end, st = json.loads(line)
            sentences.append(Sentence(doc_id=doc_id, start=start, end=end, text=""))
            sentence_stems.append(st)
        by_doc = {d.id: d for d in docs}
        for s in sentences:
            s.text = by_doc[s.doc_id].text[s.start : s.end]
        terms = json.loads((path / "terms.json").read_text())
        facts = loads(CorpusFacts, (path / "facts.json").read_text(encoding="utf-8"))
        scorer = scorer_class(config.backend).load(path, mmap=mmap)
        counts = (meta["documents"], meta["passages"], meta["sentences"])
        if counts != (len(docs), len(passages), len(sentences)):
            raise IndexCorrupt(f"index at {path} is incomplete: {counts} rows expected")
        if len(scorer.scores([])) != len(passages):
            raise IndexCorrupt(f"index at {path} is inconsistent: the scorer and passages disagree")
        return Index(
            path,
            config,
            by_doc,
            passages,
            sentences,
            sentence_stems,
            terms["passage_freq"],
            terms["vocabulary"],
            scorer,
            meta["fingerprint"],
            int(meta.get("files", 0)),
            list(meta.get("skipped", [])),
            _facts=facts,
        )


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line]
