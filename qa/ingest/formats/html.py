"""HTML, read with lxml: the page's main content as headings, paragraphs, list items, table rows and code.

Scripts, styles, navigation, headers, footers, sidebars and forms are left out (and listed as
dropped). When the page marks its main content (`<main>`, `role="main"`, or one `<article>`)
only that is read; otherwise the whole body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from qa.ingest.structure import CODE, HEADING, ITEM, PARAGRAPH, QUOTE, ROW, Block, Dropped, Parsed

_SKIP = {
    "script": "a script", "style": "a style sheet", "noscript": "a no-script notice", "template": "a template",
    "nav": "navigation", "header": "the page header", "footer": "the page footer", "aside": "a sidebar",
    "form": "a form", "button": "a button", "svg": "an image", "iframe": "an embedded frame", "select": "a form",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LEAVES = {"p", "dt", "dd", "figcaption", "caption", "summary", "address", "label"}
_CONTAINERS = {
    "html", "body", "main", "article", "section", "div", "ul", "ol", "dl", "table", "thead", "tbody",
    "tfoot", "blockquote", "figure", "details", "center", "fieldset", "hgroup",
}  # fmt: skip
_NODE_LINKS = re.compile(r"(?:(?:Next|Previous|Prev|Up):\s*[^,:]{1,80}(?:,\s*|\s*$)){2,}$")  # texinfo's: "Next: Invoking bbe, Previous: Overview, Up: Top"
_BLOCK_TAGS = _HEADINGS | _LEAVES | _CONTAINERS | {"li", "pre", "tr", "hr", "br"} | set(_SKIP)


def parse_html(raw: str) -> Parsed:
    """Return the blocks of an HTML page's main content, its title and its <meta> metadata."""
    import lxml.html  # imported here: only indexing needs it

    raw = raw.replace("&minus;", "-").replace("\u2212", "-")  # groff writes an option's "\-" as a minus sign
    root = lxml.html.document_fromstring(raw.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    meta = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").lower()
        if key and el.get("content"):
            meta[key] = el.get("content")
    walker = _Walker()
    main = _main(root)
    walker.block(main)
    walker.flush()
    walker.dropped += _outside(main)
    h1 = next((b.text for b in walker.blocks if b.kind == HEADING and b.level == 1), "")
    title_el = root.find(".//title")
    title = h1 or meta.get("og:title") or (" ".join(title_el.text_content().split()) if title_el is not None else "")
    found = {
        "outlet": meta.get("og:site_name", ""),
        "author": meta.get("author") or meta.get("article:author") or "",
        "date": meta.get("article:published_time", ""),
    }
    return Parsed(walker.blocks, walker.dropped, title=title, meta={k: v for k, v in found.items() if v})


def parse_fragment(raw: str, first_line: int) -> tuple[list[Block], list[Dropped]]:
    """The blocks of a piece of HTML inside another document (a Markdown file), lines counted from `first_line`."""
    import lxml.html

    root = lxml.html.fragment_fromstring(raw, create_parent="div")
    walker = _Walker()
    walker.block(root)
    walker.flush()
    for item in [*walker.blocks, *walker.dropped]:
        shift = first_line - 1
        item.line += shift if item.line else first_line
        if isinstance(item, Block):
            item.end_line += shift if item.end_line else first_line
    return walker.blocks, walker.dropped


def _main(root: Any) -> Any:
    """The element holding the page's main content."""
    for path in (".//main", ".//*[@role='main']"):
        found = root.find(path)
        if found is not None and found.text_content().strip():
            return found
    articles = root.findall(".//article")
    if len(articles) == 1 and articles[0].text_content().strip():
        return articles[0]
    body = root.find("body")
    return body if body is not None else root


def _outside(main: Any) -> list[Dropped]:
    """The parts of the page around its main content, each listed with why it is left out."""
    # The ancestors themselves, held: lxml makes a new proxy object for an element whenever one is
    # asked for and none is alive, so ids of proxies let go of can be reused by others.
    around = list(main.iterancestors())
    out = []
    for el in around:
        if el.tag == "html":
            continue
        for child in el:
            if any(child is a for a in around) or child is main or not isinstance(child.tag, str):
                continue
            text = _all_text(child)
            if text:
                out.append(Dropped(child.sourceline or 0, text, _SKIP.get(child.tag, "outside the main content")))
    return out


class _Walker:
    """Walks the element tree, collecting inline text into blocks at block boundaries."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.dropped: list[Dropped] = []
        self.buffer: list[tuple[int, str]] = []  # (source line it starts on, text)
        self.kind = [PARAGRAPH]
        self.term: int | None = None  # the block of the <dt> just read, which its <dd> joins
        self.indent = 0  # the left margin of an option's own paragraph (groff's HTML), in percent

    def flush(self) -> None:
        text, first, last, breaks = _flow(self.buffer)
        if _NODE_LINKS.match(text):
            self.dropped.append(Dropped(first, text, "navigation"))
        elif text:
            self.blocks.append(Block(self.kind[-1], text, first, last, breaks=breaks))
        self.buffer = []

    def add(self, text: str | None, line: int) -> None:
        if text:
            self.buffer.append((line, text))

    def block(self, el: Any) -> None:
        """Read a block-level element: its own blocks, then its children."""
        tag = el.tag if isinstance(el.tag, str) else ""
        line = el.sourceline or 0
        if tag in _SKIP or el.get("hidden") is not None or el.get("aria-hidden") == "true":
            text = _all_text(el)
            if text:
                self.dropped.append(Dropped(line, text, _SKIP.get(tag, "hidden")))
            return
        if tag in _HEADINGS:
            self.flush()
            text, first, last, breaks = _flow(list(_pieces(el, line)))
            self.blocks.append(Block(HEADING, text, first, last, level=int(tag[1]), breaks=breaks))
            return
        if tag == "pre":
            self.flush()
            content = el.text_content()
            text = content.strip("\n")
            if text.strip():
                first = line + content[: len(content) - len(content.lstrip("\n"))].count("\n") if line else 0
                self.blocks.append(Block(CODE, text, first, first + text.count("\n") if first else 0))
            return
        if tag == "table":
            self.flush()
            self._table(el)
            return
        if tag in _LEAVES or tag in ("li", "blockquote"):
            self.flush()
            self.kind.append({"li": ITEM, "blockquote": QUOTE}.get(tag, self.kind[-1]))
            start = len(self.blocks)
            self._children(el, line)
            self.flush()
            self.kind.pop()
            if tag == "dt" and len(self.blocks) == start + 2 and el.find("dt") is not None:
                self._also_term(start + 1)  # "<dt>-s<dt>--suppress", which libxml2 nests: two names of one term
            if tag == "dt" and self.term == start - 1 and len(self.blocks) == start + 1:
                self._also_term(start)  # "-p" then "--portability": two names of one term
            elif tag == "dt":
                self.term = len(self.blocks) - 1 if len(self.blocks) == start + 1 else None
            elif tag == "dd" or (tag == "p" and self.term == start - 1 and _indent(el) > self.indent):
                self._define(start)  # groff's HTML: an option's paragraph, then what it does indented further
            elif tag == "p" and len(self.blocks) == start + 1 and _OPTION_TAG.fullmatch(self.blocks[start].text):
                self.term, self.indent = start, _indent(el)
            elif tag == "li" and len(self.blocks) > start + 1 and _TERM.fullmatch(self.blocks[start].text):
                self.term = start  # "<li>NOSPLIT = 4<br>Don't insert the preamble ...": a term, then what it means
                self._define(start + 1)
            return
        if tag in ("hr", "br"):
            self.flush()
            return
        self._children(el, line)

    def _also_term(self, at: int) -> None:
        """The <dt> read at block `at` names the term before it again: "-p, --portability"."""
        first, other = self.blocks[at - 1], self.blocks[at]
        joined = f"{first.text}, "
        breaks = first.breaks + [len(joined)] + [len(joined) + b for b in other.breaks]
        self.blocks[at - 1 : at + 1] = [Block(first.kind, joined + other.text, first.line, other.end_line or first.end_line, breaks=breaks)]

    def _define(self, start: int) -> None:
        """A definition read with its term, as one item: "Relief vessel: A ferry that takes over ..."; of a
        definition in several paragraphs, the first one, the others items going on in it ("This option ...")."""
        term, self.term = self.term, None
        if term is None or term != start - 1 or len(self.blocks) <= start:
            return
        t, d = self.blocks[term], self.blocks[start]
        joined = f"{t.text}: "
        gap = [len(joined)] * max(0, d.line - t.end_line) if t.end_line and d.line else []
        breaks = t.breaks + gap + [len(joined) + b for b in d.breaks]
        self.blocks[term : start + 1] = [Block(ITEM, joined + d.text, t.line, d.end_line or t.end_line, breaks=breaks)]
        for b in (b for b in self.blocks[term + 1 :] if b.kind == PARAGRAPH):
            b.kind = ITEM

    def _children(self, el: Any, line: int) -> None:
        self.add(el.text, line)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _BLOCK_TAGS or child.get("hidden") is not None:
                self.flush()
                self.block(child)
            elif tag == "img":
                self.dropped.append(Dropped(child.sourceline or line, child.get("alt") or "", "an image"))
            elif tag and any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in child.iterdescendants()):
                self._children(child, line)  # '<a name="user"><h3>Is it possible ...</h3></a>': the heading inside stays one
            elif tag:
                self.buffer += _pieces(child, line)
            self.add(child.tail, _end(child, line))

    def _table(self, table: Any) -> None:
        header: list[str] = []
        for tr in table.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
            flows = [_flow(list(_pieces(c, c.sourceline or tr.sourceline or 0))) for c in cells]
            texts = [f[0] for f in flows]
            if not header and cells and all(c.tag == "th" for c in cells):
                header = texts
                continue
            if not any(texts):
                continue
            if header and len(header) == len(texts):
                shown = [(f"{h}: " if h else "", f) for h, f in zip(header, flows, strict=True) if f[0]]
                self.blocks.append(_row(shown, "; "))
            else:
                self.blocks.append(_row([("", f) for f in flows if f[0]], " | "))


Flow = tuple[str, int, int, list[int]]


def _row(cells: list[tuple[str, Flow]], sep: str) -> Block:
    """A table row of cells (each a label and its text's flow), with the source lines it spans."""
    text, breaks, first, last = "", [], 0, 0
    for label, (cell, line, end, own) in cells:
        text += sep if text else ""
        if first and line > last:
            breaks += [len(text)] * (line - last)
        first, last = first or line, max(last, end)
        breaks += [len(text) + len(label) + b for b in own]
        text += label + cell
    return Block(ROW, text, first, last, breaks=breaks if first else [])


def _flow(pieces: list[tuple[int, str]]) -> Flow:
    """Pieces of text (each with the line it starts on) run together as the page shows them.

    Returns the text with each run of white space as one space, its first and last source line,
    and the offsets in it where later source lines begin (one per line, so a blank line counts).
    """
    raw = "".join(text for _, text in pieces)
    starts, pos = [], 0
    for line, text in pieces:
        starts.append((pos, line))
        pos += len(text)
    out: list[str] = []
    breaks: list[int] = []
    first = last = 0
    k, at, line = 0, 0, pieces[0][0] if pieces else 0
    size = 0
    for word in raw.split():
        found = raw.index(word, at)
        while k + 1 < len(starts) and starts[k + 1][0] <= found:
            k += 1
            at, line = starts[k]
        line += raw.count("\n", at, found)
        at = found
        if out and line > last and first:
            breaks += [size + 1] * (line - last)
        first, last = first or line, max(last, line)
        size += len(word) + (1 if out else 0)
        out.append(word)
        at = found + len(word)
    return " ".join(out), first, last, breaks if first else []


_TERM = re.compile(r"[^.!?:]{1,40}")  # a term opening a list item on a line of its own: no sentence
_OPTION_TAG = re.compile(r"[-+][\w?][^.!?:]{0,60}")  # "-dir directory", "-backup, -keep"
_MARGIN = re.compile(r"margin-left:\s*(\d+)")


def _indent(el: Any) -> int:
    """The left margin a paragraph's style gives it (groff's HTML: 11% for an option, 22% for what it does)."""
    m = _MARGIN.search(el.get("style") or "")
    return int(m.group(1)) if m else 0


def _pieces(el: Any, line: int) -> Iterator[tuple[int, str]]:
    """The visible text of an inline element in source order, each piece with the line it starts on."""
    here = el.sourceline or line
    if el.text:
        yield here, el.text
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _SKIP:
            if tag == "br":
                yield child.sourceline or here, " "
            else:
                yield from _pieces(child, here)
        if child.tail:
            yield _end(child, here), child.tail


def _end(el: Any, line: int) -> int:
    """The source line where an element's content ends (where its tail begins)."""
    if len(el):
        last = el[-1]
        return _end(last, line) + (last.tail or "").count("\n")
    return (el.sourceline or line) + (el.text or "").count("\n")


def _all_text(el: Any) -> str:
    """All the text under `el`, one space between the pieces of different elements."""
    return " ".join(" ".join(el.itertext()).split())

