"""Markdown, read with markdown-it-py (CommonMark, as GitHub renders it, plus tables).

Headings give each block its heading path; a paragraph's soft-wrapped lines are joined; each
list item is a unit; each table row becomes one line that names its columns ("Option: --force;
Default: off"), so a question about one row finds that row; fenced and indented code is kept
verbatim as its own unit. Images, raw HTML tags and horizontal rules are dropped, and listed.
"""

from __future__ import annotations

import html
import re
from typing import Any

from qa.ingest.structure import CODE, HEADING, ITEM, PARAGRAPH, QUOTE, ROW, Block, Dropped, Parsed, front_matter

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HTML_BLOCKS = re.compile(r"<(?:h[1-6]|p|table|ul|ol|pre|blockquote|dl)\b", re.I)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_PLACEHOLDER = re.compile(r"</?([A-Za-z][\w-]*)>")
_HTML_TAGS = frozenset(
    "a abbr b bdi bdo big blink br center cite code data del details dfn div em font hr i img ins kbd mark nobr p pre q rp rt "
    "ruby s samp small span strike strong sub summary sup time tt u var wbr video audio source picture iframe input button "
    "label select option textarea table tr td th tbody thead ul ol li dl dt dd h1 h2 h3 h4 h5 h6 blockquote figure".split()
)


def parse_markdown(raw: str) -> Parsed:
    """Return the blocks of a Markdown document, with front matter as metadata."""
    from markdown_it import MarkdownIt  # imported here: only indexing needs it

    meta: dict[str, str] = {}
    offset = 0
    dropped: list[Dropped] = []
    m = _FRONT_MATTER.match(raw)
    if m:
        for k, line in enumerate(m.group(1).splitlines(), 2):
            key, _, value = line.partition(":")
            dropped.append(front_matter(k, line, key.strip(), value.strip().strip("\"'"), meta))
        offset = m.group(0).count("\n")
        raw = raw[m.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(raw)
    walker = _Walker(offset, dropped)
    walker.walk(tokens)
    title = meta.pop("title", "") or next((b.text for b in walker.blocks if b.kind == HEADING and b.level == 1), "")
    return Parsed(walker.blocks, walker.dropped, title=title, meta=meta)


class _Walker:
    """Turns markdown-it's token stream into blocks."""

    def __init__(self, offset: int, dropped: list[Dropped]) -> None:
        self.offset = offset
        self.blocks: list[Block] = []
        self.dropped = dropped
        self.kinds: list[str] = []  # the containers we are in: list items, quotes
        self.header: list[str] = []
        self.row: list[str] = []
        self.in_head = False

    def line(self, token: Any) -> tuple[int, int]:
        if token.map:
            return token.map[0] + 1 + self.offset, token.map[1] + self.offset
        return 0, 0

    def walk(self, tokens: list[Any]) -> None:
        pending: Any = None  # the opening token of the block whose inline content comes next
        for tok in tokens:
            t = tok.type
            if t in ("list_item_open", "blockquote_open"):
                self.kinds.append(ITEM if t == "list_item_open" else QUOTE)
            elif t in ("list_item_close", "blockquote_close"):
                self.kinds.pop()
            elif t in ("heading_open", "paragraph_open", "th_open", "td_open"):
                pending = tok
            elif t == "inline" and pending is not None:
                self._inline(pending, tok)
                pending = None
            elif t == "thead_open":
                self.in_head, self.header = True, []
            elif t == "thead_close":
                self.in_head = False
            elif t == "tr_open":
                self.row, self.row_token = [], tok
            elif t == "tr_close" and not self.in_head:
                self._row()
            elif t in ("fence", "code_block"):
                first, last = self.line(tok)
                text = tok.content.rstrip("\n")
                self.blocks.append(Block(CODE, text, first + (t == "fence"), max(first, last - (t == "fence"))))
            elif t == "html_block":
                self._html(tok)
            elif t == "hr":
                self.dropped.append(Dropped(self.line(tok)[0], "---", "a horizontal rule"))

    def _inline(self, opener: Any, inline: Any) -> None:
        text, breaks = self._render(inline)
        first, last = self.line(inline) if inline.map else self.line(opener)
        t = opener.type
        if t in ("th_open", "td_open"):
            (self.header if self.in_head else self.row).append(text)
            return
        if not text.strip():
            return
        if t == "heading_open":
            block = Block(HEADING, text, first, last, level=int(opener.tag[1]))
        else:
            kind = self.kinds[-1] if self.kinds else PARAGRAPH
            block = Block(kind, text, first, last, breaks=breaks)
        self.blocks.append(block)

    def _render(self, inline: Any) -> tuple[str, list[int]]:
        """The plain text of an inline run: markup gone, soft line breaks joined with spaces."""
        text, breaks = "", []
        line = self.line(inline)[0]
        for child in inline.children or []:
            c = child.type
            if c in ("text", "code_inline"):
                text += child.content
            elif c in ("softbreak", "hardbreak"):
                line += 1
                text = text.rstrip() + " "
                breaks.append(len(text))
            elif c == "image":
                alt = child.content or "".join(g.content for g in child.children or [])
                self.dropped.append(Dropped(line, f"![{alt}]({child.attrs.get('src', '')})", "an image"))
            elif c == "html_inline" and (m := _PLACEHOLDER.fullmatch(child.content.strip())) and m[1].lower() not in _HTML_TAGS:
                text += child.content  # "-k <file> - ...": an argument's placeholder, no HTML
            elif c == "html_inline" and not _TAG.fullmatch(child.content.strip()):
                text += html.unescape(_TAG.sub("", child.content))
        lead = len(text) - len(text.lstrip())
        return text.strip(), [b - lead for b in breaks if lead < b < len(text.rstrip())]

    def _row(self) -> None:
        cells = [c.strip() for c in self.row]
        if not any(cells):
            return
        first, last = self.line(self.row_token)
        if self.header and len(self.header) == len(cells):
            text = "; ".join(f"{h}: {c}" if h else c for h, c in zip(self.header, cells, strict=True) if c)
        else:
            text = " | ".join(c for c in cells if c)
        self.blocks.append(Block(ROW, text, first, last))

    def _html(self, tok: Any) -> None:
        first, _ = self.line(tok)
        text = " ".join(html.unescape(_TAG.sub(" ", tok.content)).split())
        if text and _HTML_BLOCKS.search(tok.content) and not self.kinds:
            from qa.ingest.formats.html import parse_fragment  # README headers are often HTML

            blocks, dropped = parse_fragment(tok.content, first)
            self.blocks += blocks
            self.dropped += dropped
        elif text:
            kind = self.kinds[-1] if self.kinds else PARAGRAPH
            self.blocks.append(Block(kind, text, first, first + tok.content.count("\n") - 1))
        else:
            for k, line in enumerate(tok.content.rstrip("\n").split("\n")):
                if line.strip():
                    self.dropped.append(Dropped(first + k, line.strip(), "HTML markup without text"))
