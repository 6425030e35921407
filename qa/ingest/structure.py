"""The structure every parser produces: blocks of text that know where they came from.

A parser turns one file into a list of `Block`s (a heading, a paragraph with its wrapped lines
joined, a list item, a table row with its header, a code block kept verbatim) and a list of
`Dropped` lines it did not keep, each with the reason. `assemble` lays the blocks out as one
document text, paragraphs separated by blank lines, with a `Section` per block that says which
characters of the text came from which lines (or page) and under which headings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa.models import Document, Section

# Kinds of blocks. Prose is cut into sentences; the other kinds are one unit each.
HEADING, PARAGRAPH, ITEM, ROW, CODE, QUOTE = "heading", "paragraph", "item", "row", "code", "quote"
PROSE = frozenset({PARAGRAPH, ITEM, QUOTE})


@dataclass
class Block:
    """A unit of a parsed file: its text, kind, source lines and the headings above it."""

    kind: str
    text: str
    line: int = 0  # first source line, 1-based (0: unknown)
    end_line: int = 0
    level: int = 0  # for headings: 1 for a title, 2 for its sections...
    page: int | None = None
    # Offsets into `text` where source lines after the first begin (wrapped lines joined).
    breaks: list[int] = field(default_factory=list)


@dataclass
class Dropped:
    """A line of the file that no passage holds, and why."""

    line: int
    text: str
    reason: str


@dataclass
class Parsed:
    """What a parser made of one file."""

    blocks: list[Block]
    dropped: list[Dropped] = field(default_factory=list)
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # author, outlet, date when the file says


# The front-matter fields kept as a document's metadata; the others are listed as dropped.
META_FIELDS = ("title", "outlet", "author", "date")


def front_matter(line: int, text: str, key: str, value: str, meta: dict[str, str], what: str = "front matter") -> Dropped:
    """Keep `key: value` of a document's front matter in `meta` when it is a metadata field (title,
    outlet, author, date) and say so; return the line as dropped."""
    key = key.lower()
    if key in META_FIELDS and value:
        meta[key] = value
        return Dropped(line, text, f"{what} ({key} kept as metadata)")
    return Dropped(line, text, what)


def join_lines(lines: list[tuple[int, str]]) -> Block:
    """Return a paragraph block of wrapped `(line number, text)` lines joined with single spaces.

    A word broken with a hyphen at the end of a line keeps the hyphen and is joined without a space; the
    hyphen a formatter adds where it breaks a word (U+2010, "defini‐" over "tion" in a man page) goes.
    """
    text, breaks = "", []
    for k, (_, line) in enumerate(lines):
        line = " ".join(line.split())
        if k and line:
            if text.endswith("\u2010") and len(text) > 1 and text[-2].isalpha() and line[0].islower():
                text = text[:-1]
            elif not (text.endswith("-") and len(text) > 1 and text[-2].isalpha()):
                text += " "
            breaks.append(len(text))
        text += line
    return Block(PARAGRAPH, text, lines[0][0], lines[-1][0], breaks=breaks)


def heading_paths(blocks: list[Block]) -> list[tuple[str, ...]]:
    """For each block, the path of headings it stands under (a heading's path ends with itself)."""
    stack: list[tuple[int, str]] = []
    paths = []
    for b in blocks:
        if b.kind == HEADING:
            while stack and stack[-1][0] >= b.level:
                stack.pop()
            stack.append((b.level, b.text))
        paths.append(tuple(t for _, t in stack))
    return paths


def demote_empty_headings(blocks: list[Block]) -> list[Block]:
    """Headings with nothing under them become paragraphs, so their words stay searchable."""
    for i, b in enumerate(blocks):
        if b.kind != HEADING:
            continue
        nxt = next((n for n in blocks[i + 1 :]), None)
        if nxt is None or (nxt.kind == HEADING and nxt.level <= b.level):
            b.kind = PARAGRAPH
    return blocks


def assemble(doc_id: str, parsed: Parsed, source: str | None = None) -> Document:
    """Return the document the blocks make: their texts separated by blank lines, one section each."""
    blocks = demote_empty_headings([b for b in parsed.blocks if b.text.strip()])
    paths = heading_paths(blocks)
    parts: list[str] = []
    sections: list[Section] = []
    pos = 0
    for b, path in zip(blocks, paths, strict=True):
        if parts:
            pos += 2
        breaks = b.breaks or ([i + 1 for i, c in enumerate(b.text) if c == "\n"] if b.line else [])
        sections.append(
            Section(
                start=pos,
                end=pos + len(b.text),
                kind=b.kind,
                heading=list(path if b.kind != HEADING else path[:-1]),
                line=b.line or None,
                end_line=(b.end_line or b.line) or None,
                page=b.page,
                breaks=[pos + k for k in breaks],
            )
        )
        parts.append(b.text)
        pos += len(b.text)
    # The first heading is the title unless prose comes before it: then it heads a section ("Benchmarks").
    opening = next((b for b in blocks if b.kind in (HEADING, "paragraph")), None)
    title = parsed.title or (opening.text if opening is not None and opening.kind == HEADING else "")
    fields = {k: v for k, v in parsed.meta.items() if k in ("author", "outlet", "date") and v}
    return Document(id=doc_id, title=title, text="\n\n".join(parts), source=source, sections=sections, **fields)
