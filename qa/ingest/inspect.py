"""What one file becomes: its documents, their passages, and every line left out with the reason.

`qa inspect FILE` prints this, so that nothing is lost silently: a word of the file is either in
a passage (its text, or the headings it stands under), in the document's title, or listed here
as dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qa.ingest.clean import clean, dropped_by_rules
from qa.ingest.load import parse_file, unpacked_name
from qa.ingest.passages import sentences_of, split_passages
from qa.ingest.structure import Dropped
from qa.models import Document, Passage
from qa.text import normalize


@dataclass
class Inspection:
    """The documents a file holds (cleaned), their passages, and the lines dropped on the way."""

    path: Path
    documents: list[Document]
    passages: list[Passage]
    dropped: list[Dropped]


def inspect_file(path: Path, size: int = 3, overlap: int = 1, corpus: Path | None = None) -> Inspection:
    """Read `path` as the indexer would (`corpus`: the folder its id is relative to) and say what it becomes."""
    rel = path.relative_to(corpus) if corpus else Path(path.name)
    docs, dropped = parse_file(path, rel.with_suffix("").as_posix(), rel.as_posix())
    raw_lines = path.read_text(encoding="utf-8", errors="replace").split("\n") if not _is_pdf(path) else []
    cleaned, passages = [], []
    for doc in docs:
        dropped += _dropped_by_rules(doc, raw_lines)
        doc = clean(doc)
        own = sentences_of(doc)
        dropped += _not_sentences(doc, own, raw_lines)
        passages += split_passages(doc, own, 0, size, overlap)
        cleaned.append(doc)
    dropped.sort(key=lambda d: d.line)
    return Inspection(path, cleaned, passages, dropped)


def _is_pdf(path: Path) -> bool:
    return unpacked_name(path.name).lower().endswith(".pdf")


def _dropped_by_rules(doc: Document, raw_lines: list[str]) -> list[Dropped]:
    return [Dropped(_line_of(text, raw_lines), text, reason) for text, reason in dropped_by_rules(doc)]


def _not_sentences(doc: Document, sentences: list, raw_lines: list[str]) -> list[Dropped]:
    """Paragraphs of a web capture that read as headings: kept in the text, but in no passage."""
    if doc.sections is not None:
        return []
    covered = [False] * len(doc.text)
    for s in sentences:
        covered[s.start : s.end] = [True] * (s.end - s.start)
    out = []
    pos = 0
    for para in doc.text.split("\n"):
        if para.strip() and not any(covered[pos : pos + len(para)]):
            out.append(Dropped(_line_of(para, raw_lines), para, "a heading-like line (no sentence), in no passage"))
        pos += len(para) + 1
    return out


def _line_of(text: str, raw_lines: list[str]) -> int:
    """The first raw line that holds `text` (or its start), 0 when none does."""
    probe = " ".join(normalize(text).split())[:60]
    for n, line in enumerate(raw_lines, 1):
        if probe and probe in " ".join(normalize(line).split()):
            return n
    return 0
