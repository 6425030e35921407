"""HTML, read with lxml: the page's main content as headings, paragraphs, list items, table rows and code.

Scripts, styles, navigation, headers, footers, sidebars and forms are left out (and listed as
dropped). When the page marks its main content (`<main>`, `role="main"`, or one `<article>`)
only that is read; otherwise the whole body.
"""

from __future__ import annotations

from typing import Any

from qa.ingest.structure import CODE, HEADING, ITEM, PARAGRAPH, QUOTE, ROW, Block, Dropped, Parsed

_SKIP = {
    "script": "a script",
    "style": "a style sheet",
    "noscript": "a no-script notice",
    "template": "a template",
    "nav": "navigation",
    "header": "the page header",
    "footer": "the page footer",
    "aside": "a sidebar",
    "form": "a form",
    "button": "a button",
    "svg": "an image",
    "iframe": "an embedded frame",
    "select": "a form",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LEAVES = {"p", "dt", "dd", "figcaption", "caption", "summary", "address", "label"}
_CONTAINERS = {
    "html", "body", "main", "article", "section", "div", "ul", "ol", "dl", "table", "thead", "tbody",
    "tfoot", "blockquote", "figure", "details", "center", "fieldset", "hgroup",
}  # fmt: skip
_BLOCK_TAGS = _HEADINGS | _LEAVES | _CONTAINERS | {"li", "pre", "tr", "hr", "br"} | set(_SKIP)


def parse_html(raw: str) -> Parsed:
    """Return the blocks of an HTML page's main content, its title and its <meta> metadata."""
    import lxml.html  # imported here: only indexing needs it

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
    around = {id(a) for a in main.iterancestors()}
    if not around:
        return []
    out = []
    for el in main.iterancestors():
        if el.tag == "html":
            continue
        for child in el:
            if id(child) in around or child is main or not isinstance(child.tag, str):
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
        self.buffer: list[str] = []
        self.line = 0
        self.kind = [PARAGRAPH]

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        if text:
            self.blocks.append(Block(self.kind[-1], text, self.line, self.line))
        self.buffer = []

    def add(self, text: str | None, line: int) -> None:
        if text:
            if not "".join(self.buffer).strip():
                self.line = line
            self.buffer.append(text)

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
            self.blocks.append(Block(HEADING, _inline_text(el), line, line, level=int(tag[1])))
            return
        if tag == "pre":
            self.flush()
            text = el.text_content().strip("\n")
            if text.strip():
                self.blocks.append(Block(CODE, text, line, line + text.count("\n")))
            return
        if tag == "table":
            self.flush()
            self._table(el)
            return
        if tag in _LEAVES or tag in ("li", "blockquote"):
            self.flush()
            self.kind.append({"li": ITEM, "blockquote": QUOTE}.get(tag, self.kind[-1]))
            self._children(el, line)
            self.flush()
            self.kind.pop()
            return
        if tag in ("hr", "br"):
            self.flush()
            return
        self._children(el, line)

    def _children(self, el: Any, line: int) -> None:
        self.add(el.text, line)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _BLOCK_TAGS or child.get("hidden") is not None:
                self.flush()
                self.block(child)
            elif tag == "img":
                self.dropped.append(Dropped(child.sourceline or line, child.get("alt") or "", "an image"))
            elif tag:
                self.add(_inline_text(child, spaced=False), child.sourceline or line)
            self.add(child.tail, line)

    def _table(self, table: Any) -> None:
        header: list[str] = []
        for tr in table.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
            texts = [_inline_text(c) for c in cells]
            if not header and cells and all(c.tag == "th" for c in cells):
                header = texts
                continue
            if not any(texts):
                continue
            if header and len(header) == len(texts):
                text = "; ".join(f"{h}: {t}" if h else t for h, t in zip(header, texts, strict=True) if t)
            else:
                text = " | ".join(t for t in texts if t)
            self.blocks.append(Block(ROW, text, tr.sourceline or 0, tr.sourceline or 0))


def _all_text(el: Any) -> str:
    """All the text under `el`, one space between the pieces of different elements."""
    return " ".join(" ".join(el.itertext()).split())


def _inline_text(el: Any, spaced: bool = True) -> str:
    """The visible text of an element, skipped parts (scripts, buttons...) left out."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in _SKIP:
            parts.append(" " if tag == "br" else _inline_text(child, spaced=False))
        parts.append(child.tail or "")
    text = "".join(parts)
    return " ".join(text.split()) if spaced else text
