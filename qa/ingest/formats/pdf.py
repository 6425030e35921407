"""PDF, read with pypdf: the text of each page, cut like plain text, every block keeping its page number."""

from __future__ import annotations

import io
import logging

from qa.errors import DocumentUnreadable
from qa.ingest.formats.text import parse_text
from qa.ingest.structure import Block, Dropped, Parsed


def parse_pdf(data: bytes, name: str) -> Parsed:
    """Return the blocks of a PDF, page by page; raise DocumentUnreadable for a broken or locked file."""
    from pypdf import PdfReader  # imported here: only indexing needs it
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not ours to show
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentUnreadable(f"{name} is an encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ((reader.metadata or {}).get("/Title") or "").strip()
    except DocumentUnreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DocumentUnreadable(f"{name} is not a readable PDF ({exc})") from exc
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    for number, text in enumerate(pages, 1):
        parsed = parse_text(text, page=number)
        blocks += parsed.blocks
        dropped += parsed.dropped
    return Parsed(blocks, dropped, title=title)
