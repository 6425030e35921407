"""What one file contributes to an index, cached per file so that a change re-reads only that file.

A `FileUnit` holds a file's cleaned documents, their sentences with stems, their passages and
the words they use. Units are kept in `<index root>/.cache/units.jsonl`, keyed by the file's path
and bytes, the settings that shape passages and the source of the rules that read files; the
BM25 index is then rebuilt from all units, which is fast. `qa index` reports what changed
("+1 ~2 -0 files").
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from pydantic import BaseModel, ValidationError

from qa.errors import CorpusEmpty, DocumentUnreadable
from qa.models import Document, Passage, Sentence
from qa.patterns import TERM
from qa.question.facts import FactParts, fact_parts, merge_facts
from qa.search.backends import SCORERS
from qa.search.bm25s_build import build_bm25s, passage_frequencies, summed
from qa.search.stored import Index, IndexConfig
from qa.text import STOPWORDS, counted, indexed_stems, stems, words

Warn = Callable[[str], None]


class FileUnit(BaseModel):
    """One file's part of an index; passage sentence numbers count from the unit's first sentence.

    Stems are kept as one string of space-separated stems per sentence (a stem never holds a
    space): a cached unit is read back several times faster than with a list of strings each.
    """

    documents: list[Document]
    sentences: list[Sentence]
    stems: list[str]  # per sentence
    passages: list[Passage]
    vocabulary: dict[str, int]
    title_stems: dict[str, str]  # document id -> stems of its title
    heading_stems: list[str]  # per passage: stems of the headings above it (the title's aside)
    facts: FactParts  # the file's part of the corpus facts (names, bylines)


def make_unit(docs: list[Document], passage_sentences: int, passage_overlap: int) -> FileUnit:
    """Clean, cut and stem the documents of one file."""
    from qa.ingest.clean import clean  # imported here: answering from a built index needs no cleaning rules
    from qa.ingest.passages import sentences_of, split_passages

    cleaned = [clean(d) for d in docs]
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    for doc in cleaned:
        own = sentences_of(doc)
        passages += split_passages(doc, own, len(sentences), passage_sentences, passage_overlap)
        sentences += own
    by_id = {d.id: d for d in cleaned}
    vocabulary = Counter(
        w for d in cleaned for w in words(f"{d.title}\n{d.text}") if w not in STOPWORDS and not w.isdigit()
    )
    return FileUnit(
        documents=cleaned,
        sentences=sentences,
        stems=[" ".join(indexed_stems(s.text)) for s in sentences],
        passages=passages,
        vocabulary=dict(vocabulary),
        title_stems={d.id: " ".join(stems(d.title)) for d in cleaned},
        heading_stems=[_heading_stems(p, by_id[p.doc_id], sentences) for p in passages],
        facts=fact_parts(cleaned, (s.text for s in sentences)),
    )


@dataclass
class Units:
    """The units of a corpus folder, in file order, with what was skipped and what changed."""

    units: list[FileUnit] = field(default_factory=list)
    files: int = 0
    skipped: list[str] = field(default_factory=list)
    changes: str = ""  # "+1 ~2 -0 files" against the previous build


# A sentence's or passage's text is a slice of its document's: the cache leaves it out.
_TEXTS = {"sentences": {"__all__": {"text"}}, "passages": {"__all__": {"text"}}}


class FileCache:
    """Units on disk: one file of `key<TAB>unit JSON` lines, rewritten whole (atomically) after each build.

    One file, not one per unit: a corpus of thousands of small files is read and written in one
    go. A damaged line is a miss, and the file it came from is read again.
    """

    def __init__(self, root: Path, salt: str) -> None:
        self.path = root / ".cache" / "units.jsonl"
        self.manifest = root / ".cache" / "manifest.json"
        self.salt = salt
        self._raw: dict[str, str] | None = None
        self._new: dict[str, str] = {}
        self._bad: set[str] = set()

    def key(self, rel: str, digest: str) -> str:
        """The key of the file at `rel` whose bytes have the SHA-256 `digest` (hex)."""
        return hashlib.sha256(f"{self.salt}\0{rel}\0{digest}".encode()).hexdigest()

    def _stored(self) -> dict[str, str]:
        if self._raw is None:
            self._raw = {}
            try:
                with open(self.path, encoding="utf-8") as f:
                    for line in f:
                        key, _, unit = line.rstrip("\n").partition("\t")
                        self._raw[key] = unit
            except (OSError, ValueError):
                pass
        return self._raw

    def get(self, key: str) -> FileUnit | None:
        raw = self._stored().get(key)
        if raw is None:
            return None
        try:
            unit = FileUnit.model_validate_json(raw)  # pydantic's JSON parser: faster than json.loads alone
            texts = {d.id: d.text for d in unit.documents}
            for row in (*unit.sentences, *unit.passages):  # stored without their text: sliced back
                row.text = texts[row.doc_id][row.start : row.end]
        except (ValueError, ValidationError, KeyError):
            self._bad.add(key)  # written again, after it
            return None
        self._new[key] = raw
        return unit

    def put(self, key: str, unit: FileUnit) -> None:
        self._new[key] = unit.model_dump_json(exclude=_TEXTS)

    def previous(self) -> dict[str, str]:
        """Path -> key of the files of the last build."""
        try:
            found = json.loads(self.manifest.read_text())
            return found if isinstance(found, dict) else {}
        except (OSError, ValueError):
            return {}

    def keep_only(self, current: dict[str, str]) -> None:
        """Write this build's units and files; units no file has any more are forgotten.

        A few new units are appended (a torn last line is a miss, not an error); the file is
        rewritten whole when more than half of it would be units no file has any more.
        """
        stored = self._stored()
        wanted = dict.fromkeys(current.values())
        added = [k for k in wanted if k not in stored or k in self._bad]
        stale = len(stored) - (len(wanted) - len(added))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            writes = [(self.manifest, json.dumps(current))]
            if stored and stale <= len(wanted) // 2:
                with open(self.path, "a", encoding="utf-8") as f:
                    f.write("".join(f"{k}\t{self._new[k]}\n" for k in added))
            else:
                writes.append((self.path, "".join(f"{k}\t{self._new[k]}\n" for k in wanted)))
            for target, text in writes:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(text)
                os.replace(tmp, target)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower


def read_units(
    corpus: Path,
    cache: FileCache,
    passage_sentences: int,
    passage_overlap: int,
    strict: bool,
    warn: Warn | None,
    digests: dict[str, str],
) -> Units:
    """Return a unit per readable file of `corpus`, from the cache where the file is unchanged.

    `digests` holds the SHA-256 of the files `fingerprint` has just read, so they are not read twice.
    """
    from qa.ingest.decode import read_bytes
    from qa.ingest.load import check_ids, corpus_entries, document_id, load_file, skip, with_text

    found = Units()
    seen: dict[str, str] = {}
    keys: dict[str, str] = {}
    for path in corpus_entries(corpus):
        rel, doc_id = document_id(path.relative_to(corpus), seen)  # "README.md" beside "README": by its full name
        try:
            digest = digests.get(rel) or hashlib.sha256(read_bytes(path, rel)).hexdigest()
            key = cache.key(rel, f"{digest}\0{doc_id}")
            unit = cache.get(key)
            if unit is None:
                try:
                    docs = with_text(load_file(path, doc_id, rel), rel)
                    unit = make_unit(docs, passage_sentences, passage_overlap)
                except (ValueError, LookupError, TypeError, AttributeError, RecursionError) as exc:
                    # A rule that fails on one odd file costs that file, not the index (a bug to report).
                    raise DocumentUnreadable(f"{rel} could not be indexed ({type(exc).__name__}: {exc})") from exc
                cache.put(key, unit)
            check_ids(unit.documents, rel, seen)
        except DocumentUnreadable as exc:
            skip(exc, found.skipped, strict, warn)
            continue
        seen.update((d.id, rel) for d in unit.documents)
        keys[rel] = key
        found.units.append(unit)
        found.files += 1
    before = cache.previous()
    added = sum(rel not in before for rel in keys)
    changed = sum(rel in before and before[rel] != k for rel, k in keys.items())
    removed = sum(rel not in keys for rel in before)
    found.changes = f"+{added} ~{changed} -{removed} files"
    cache.keep_only(keys)
    return found


def index_folder(
    corpus: Path,
    config: IndexConfig,
    path: Path,
    fp: str,
    progress: Warn | None,
    strict: bool,
    rules: str,
    digests: dict[str, str],
) -> Index:
    """Index the files of `corpus`, reading only those the cache beside `path` does not hold."""
    cache = FileCache(path.parent, f"{rules};{config.passage_sentences};{config.passage_overlap}")
    paused = gc.isenabled()  # no cyclic collection while hundreds of thousands of objects are made and
    gc.disable()  # none freed: each collection would walk them all again (a third of an update's time)
    try:
        found = read_units(corpus, cache, config.passage_sentences, config.passage_overlap, strict, progress, digests)
        if not found.units:
            raise CorpusEmpty(
                f"corpus folder {corpus} holds no document with text"
                + (f"; skipped: {'; '.join(found.skipped)}" if found.skipped else "")
            )
        if progress is not None:
            progress(f"read {found.changes} since the last build")
        index = assemble(found.units, config, path, fp, progress)
    finally:
        if paused:
            gc.enable()
    index.files, index.skipped, index.changes = found.files, found.skipped, found.changes
    return index


def assemble(
    units: list[FileUnit], config: IndexConfig, path: Path, fp: str = "", progress: Warn | None = None
) -> Index:
    """Return the index of the files' units: their passages renumbered in order (in place), scored by BM25."""
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    sentence_stems: list[list[str]] = []
    by_doc: dict[str, Document] = {}
    tokens: list[list[str]] = []
    for u in units:
        base = len(sentences)
        own = [st.split() for st in u.stems]
        titles = {doc: st.split() * config.title_weight for doc, st in u.title_stems.items()}
        for p, heading in zip(u.passages, u.heading_stems, strict=True):
            tokens.append(titles[p.doc_id] + heading.split() + [t for i in p.sentences for t in own[i]])
            p.sentences = [base + i for i in p.sentences]  # the unit is this build's own copy
            passages.append(p)
        sentences += u.sentences
        sentence_stems += own
        by_doc.update((d.id, d) for d in u.documents)
    if progress is not None:
        progress(f"indexing {counted(len(passages), 'passage')}")
    if config.backend == "bm25s":  # the same scores as bm25s's own build, many times faster
        scorer = build_bm25s(tokens, k1=config.k1, b=config.b)
        passage_freq = passage_frequencies(scorer)  # what counting the tokens gives, already counted
    else:
        scorer = SCORERS[config.backend].build(tokens, k1=config.k1, b=config.b)
        passage_freq = dict(Counter(chain.from_iterable(map(set, tokens))))
    vocabulary = summed([u.vocabulary for u in units])
    facts = merge_facts(u.facts for u in units)
    return Index(
        path,
        config,
        by_doc,
        passages,
        sentences,
        sentence_stems,
        passage_freq,
        vocabulary,
        scorer,
        fp,
        _facts=facts,
    )


def _heading_stems(passage: Passage, doc: Document, sentences: list[Sentence]) -> str:
    """The stems of the headings a passage stands under (the title's own heading is counted once, as the
    title), and of the term of the list item or definition it begins inside: the passage "This is to
    quickly fill the pre-buffer ... The default is 64 kbytes" continues "burst-size: The burst size is ..."."""
    from qa.ingest.sections import section_at

    said = [t for h in passage.heading if h != doc.title for t in stems(h)]
    first = sentences[passage.sentences[0]].start
    block = section_at(doc, first) if doc.sections else None
    if block is not None and block.kind in ("item", "row") and block.start < first and (m := TERM.match(doc.text, block.start, block.end)):
        said += stems(m.group("term"))
    return " ".join(said)
