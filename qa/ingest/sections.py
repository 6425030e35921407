"""Sentences and passages of a structured document (one that a format parser laid out in sections).

Prose sections (paragraphs, list items, quotes) are cut into sentences; a table row or a code
block is one unit, never cut. A passage never crosses a heading: it holds up to `size` units of
one section path, and it carries that path, its source lines and its page.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from qa.models import Document, Passage, Section, Sentence

_PROSE = {"paragraph", "item", "quote"}


def section_sentences(doc: Document) -> list[Sentence]:
    """Return the units of a structured document: the sentences of its prose, its rows and code blocks whole."""
    from qa.ingest.clean import located, split_sentences

    out = []
    for sec in doc.sections or []:
        if sec.kind == "heading":
            continue
        text = doc.text[sec.start : sec.end]
        if sec.kind not in _PROSE:
            cuts = _option_entries(text) if sec.kind == "code" else [0]
            for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
                piece = text[a:b].strip()
                a += len(text[a:b]) - len(text[a:b].lstrip())
                out.append(Sentence(doc_id=doc.id, start=sec.start + a, end=sec.start + a + len(piece), text=piece))
            continue
        pos = 0
        for sentence in split_sentences(text):
            start, pos = located(text, sentence, pos)
            out.append(Sentence(doc_id=doc.id, start=sec.start + start, end=sec.start + pos, text=text[start:pos]))
    return out



# A line of a program's option listing: "  -r --recurse", "  --max-line-length n   set maximum ...".
_OPTION_LINE = re.compile(r"^[ \t]{0,8}(?:-[A-Za-z0-9?]\b|--[A-Za-z0-9][\w-]*)")
_OPTIONS = 3  # option lines that make a code block an option listing


def _option_entries(text: str) -> list[int]:
    """Where the units of a code block begin: at 0, and in an option listing (a program's --help) at each
    option line, so that its description and default are read with it ("--max-line-length n  set maximum
    allowed line length (default: 79)"), not with the whole listing."""
    starts, pos = [], 0
    for line in text.splitlines(keepends=True):
        if _OPTION_LINE.match(line):
            starts.append(pos)
        pos += len(line)
    if len(starts) < _OPTIONS:
        return _stanzas(text)
    return [0, *(s for s in starts if s > 0)]


_WORDED = re.compile(r"\w")
_LONG_CODE = 20  # lines of a code block read as stanzas, one unit each ("pydoc" output, a long listing)


def _stanzas(text: str) -> list[int]:
    """Where the units of a code block begin: at 0, and in a long one at each line after a blank line, so that
    a method's help in a page of pydoc output ("set_precision(self, width)\n    Set the desired precision
    ...") is read on its own, not with the whole page."""
    lines = text.splitlines(keepends=True)
    if len(lines) <= _LONG_CODE:
        return [0]
    starts, pos = [0], 0
    for before, line in zip(["x", *lines], lines, strict=False):
        if not _WORDED.search(before) and _WORDED.search(line) and pos:  # pydoc's blank lines keep a "|"
            starts.append(pos)
        pos += len(line)
    return starts


def section_at(doc: Document, offset: int) -> Section | None:
    """The section holding character `offset` of the document's text."""
    sections = doc.sections or []
    k = bisect_right([s.start for s in sections], offset) - 1
    return sections[k] if k >= 0 else None


def line_at(section: Section, offset: int) -> int | None:
    """The source line of character `offset`, which lies in `section`."""
    if section.line is None:
        return None
    return section.line + bisect_right(section.breaks, offset)


def location(doc: Document, start: int, end: int) -> dict[str, object]:
    """Where characters start..end of the text came from: heading path, first and last line, page."""
    first, last = section_at(doc, start), section_at(doc, max(start, end - 1))
    if first is None or last is None:
        return {}
    return {
        "heading": first.heading,
        "line": line_at(first, start),
        "end_line": line_at(last, max(start, end - 1)),
        "page": first.page,
    }


def section_passages(
    doc: Document, sentences: list[Sentence], first_index: int, size: int = 3, overlap: int = 1
) -> list[Passage]:
    """Return passages of up to `size` units within each section path, consecutive ones sharing `overlap`."""
    groups: list[list[int]] = []
    key: object = None
    for i, s in enumerate(sentences):
        sec = section_at(doc, s.start)
        k = (tuple(sec.heading), sec.page) if sec else None
        if not groups or k != key:
            groups.append([])
            key = k
        groups[-1].append(i)
    if size <= 0 and sentences:
        groups = [list(range(len(sentences)))]  # whole-document passages
    passages: list[Passage] = []
    for group in groups:
        n = len(group)
        width = n if size <= 0 else size
        stride = max(1, width - min(overlap, width - 1))
        lo = 0
        while True:
            members = group[lo : lo + width]
            start, end = sentences[members[0]].start, sentences[members[-1]].end
            passages.append(
                Passage(
                    id=f"{doc.id}#{len(passages)}",
                    doc_id=doc.id,
                    title=doc.title,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    sentences=[first_index + i for i in members],
                    **location(doc, start, end),
                )
            )
            if lo + width >= n:
                break
            lo += stride
    return passages
