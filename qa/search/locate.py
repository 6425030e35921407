"""Where a cited sentence is: its file, the headings above it, its lines or its page."""

from __future__ import annotations

from dataclasses import replace

from qa.ingest.sections import location
from qa.models import Citation, Passage
from qa.search.index import Index


def locate(index: Index, citation: Citation) -> Citation:
    """Return `citation` with file, heading, line, end_line and page filled in from the index."""
    doc = index.documents.get(citation.doc_id)
    if doc is None:
        return citation
    where: dict[str, object] = {"file": doc.file}
    if doc.sections is not None:
        passage = passage_of(index, citation.passage_id)
        start = doc.text.find(citation.text, passage.start if passage else 0) if citation.text else -1
        if start < 0 and passage is not None:
            start, end = passage.start, passage.end
        else:
            end = start + len(citation.text)
        if start >= 0:
            where.update(location(doc, start, end))
    return replace(citation, **where)


def passage_of(index: Index, passage_id: str) -> Passage | None:
    """The passage with id `passage_id` (the lookup table is built once per index)."""
    positions = index.__dict__.setdefault("_passage_positions", {p.id: i for i, p in enumerate(index.passages)})
    i = positions.get(passage_id)
    return index.passages[i] if i is not None else None
