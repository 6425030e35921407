"""PDF, read with pypdf: the text of each page, cut like plain text, every block keeping its page number."""

from __future__ import annotations

import io
import logging

from qa.errors import DocumentUnreadable
from qa.ingest.formats.text import looks_like_heading, parse_text
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
        parsed = parse_text(paragraphs(text), page=number)
        blocks += parsed.blocks
        dropped += parsed.dropped
    return Parsed(blocks, dropped, title=title)


def paragraphs(text: str) -> str:
    """The page's text with blank lines between paragraphs: PDF text has none.

    A paragraph ends at a line that ends a sentence well short of the page's line width, and a
    heading (a short line without sentence punctuation) stands on its own.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[str] = []
    for i, line in enumerate(lines):
        s = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        out.append(line)
        if not s or not nxt:
            continue
        heading_here = looks_like_heading(s) and len(s) < 0.6 * width
        heading_next = looks_like_heading(nxt) and len(nxt) < 0.6 * width
        ends = s[-1] in ".!?:" and len(s) < 0.8 * width
        if heading_here or (heading_next and s[-1] in ".!?:") or (ends and nxt[:1].isupper()):
            out.append("")
    return "\n".join(out)
