"""Read a folder of documents (.txt, .md, .html, .jsonl) with what the text says about each one."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from qa.errors import CorpusEmpty, CorpusNotFound, DocumentUnreadable
from qa.ingest import boilerplate as bp
from qa.models import Document
from qa.patterns import parse_date
from qa.text import normalize

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}


def corpus_files(folder: Path) -> list[Path]:
    """Return the document files under `folder`, sorted; raise if the folder is missing."""
    if not folder.exists():
        raise CorpusNotFound(f"corpus folder {folder} does not exist")
    if not folder.is_dir():
        raise CorpusNotFound(f"corpus path {folder} is not a folder")
    return sorted(
        p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def load_corpus(folder: Path) -> list[Document]:
    """Return every document under `folder`; raise CorpusEmpty when there is none."""
    docs: list[Document] = []
    for path in corpus_files(folder):
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        docs.extend(load_file(path, doc_id))
    docs = [d for d in docs if d.text.strip()]
    if not docs:
        raise CorpusEmpty(f"corpus folder {folder} holds no document with text ({', '.join(sorted(SUFFIXES))})")
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise DocumentUnreadable(f"two documents have the id {d.id!r}")
        seen.add(d.id)
    return docs


def load_file(path: Path, doc_id: str) -> list[Document]:
    """Return the documents in one file (a .jsonl file may hold many)."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentUnreadable(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise DocumentUnreadable(f"cannot read {path}: {exc.strerror}") from exc
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _from_jsonl(raw, path)
    if suffix in (".html", ".htm"):
        doc = _from_html(raw, doc_id)
    elif suffix in (".md", ".markdown"):
        doc = _from_markdown(raw, doc_id)
    else:
        doc = Document(id=doc_id, text=raw)
    return [with_metadata(doc.model_copy(update={"source": str(path)}))]


def _from_jsonl(raw: str, path: Path) -> list[Document]:
    docs = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            doc_id = str(obj.get("id", obj.get("_id", "")))
            text = obj["text"]
        except (json.JSONDecodeError, AttributeError, KeyError, TypeError) as exc:
            raise DocumentUnreadable(f'{path}:{n}: expected a JSON object with "id" and "text" ({exc})') from exc
        if not doc_id or not isinstance(text, str):
            raise DocumentUnreadable(f'{path}:{n}: "id" must be non-empty and "text" a string')
        fields = {k: str(obj[k]) for k in ("title", "outlet", "author", "date") if obj.get(k)}
        docs.append(with_metadata(Document(id=doc_id, text=text, source=f"{path}:{n}", **fields)))
    return docs


class _HTMLText(HTMLParser):
    """Collects the visible text of a page, one block element a line, and its <meta> tags."""

    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "svg",
        "button",
        "figure",
    }
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "blockquote",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self._skip = 0
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag = tag
        if tag in self.SKIP:
            self._skip += 1
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"] or ""
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._tag == "title" and not self.title:
            self.title = data.strip()
            return
        if self._skip:
            return
        if self._tag == "h1" and not self.h1:
            self.h1 = data.strip()
        self.parts.append(data)


def _from_html(raw: str, doc_id: str) -> Document:
    parser = _HTMLText()
    parser.feed(raw)
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    m = parser.meta
    return Document(
        id=doc_id,
        text=text,
        title=parser.h1 or m.get("og:title") or parser.title,
        outlet=m.get("og:site_name"),
        author=m.get("author") or m.get("article:author"),
        date=_iso(m.get("article:published_time", "")),
    )


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_MD_MARKUP = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"^#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis, code
    (re.compile(r"^\s*[-*+]\s+", re.M), "• "),  # list items
    (re.compile(r"^>\s?", re.M), ""),  # block quotes
]


def _from_markdown(raw: str, doc_id: str) -> Document:
    fields: dict[str, str] = {}
    m = _FRONT_MATTER.match(raw)
    if m:
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("title", "outlet", "author", "date") and value.strip():
                fields[key.strip()] = value.strip().strip("\"'")
        raw = raw[m.end() :]
    for pattern, repl in _MD_MARKUP:
        raw = pattern.sub(repl, raw)
    return Document(id=doc_id, text=raw, **fields)


def with_metadata(doc: Document) -> Document:
    """Fill title, author, outlet and date from the text where the file did not give them."""
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    found = {
        "title": doc.title or _title(lines),
        "author": doc.author or _author(lines),
        "outlet": doc.outlet or _outlet(lines),
        "date": _iso(doc.date or "") or doc.date or _date(lines),
    }
    return doc.model_copy(update=found)


def _iso(text: str) -> str | None:
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    d = parse_date(text)
    return d.isoformat() if d else None


def _title(lines: list[str]) -> str:
    for line in lines[:8]:
        if bp.is_chrome(line) or bp.is_credit(line) or bp.author_line(line) or bp.is_notice(line):
            continue
        if bp.is_headline(line, min_words=4):
            return normalize(line).strip()
    return ""


def _author(lines: list[str]) -> str | None:
    for i, line in enumerate(lines):
        name = bp.author_line(line)
        if name:
            return name
        if bp.is_name_line(line) and i + 1 < len(lines) and bp.is_role_line(lines[i + 1]):
            return normalize(line).strip()
        m = bp.BIO_SENTENCE.match(normalize(line))
        if m:
            return m.group("name")
    return None


_OUTLET_PATTERNS = [
    re.compile(r"\bthrough (?:a|an) (?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) link\b"),
    re.compile(r"\bparent company of (?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\b"),
    re.compile(r"^(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) has reached out to .{0,80}\bwe\b"),
    re.compile(
        r"(?:©|\([cC]\)|[Cc]opyright (?:©\s*)?\d{4})\s*(?:\d{4}\s*)?(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
    ),
]


def _outlet(lines: list[str]) -> str | None:
    for line in lines:
        s = normalize(line)
        m = bp.BIO_SENTENCE.match(s)
        if m and m.group("outlet"):
            return m.group("outlet").rstrip(".")
        for sentence in re.split(r"(?<=[.!?])\s+", s):
            for pattern in _OUTLET_PATTERNS:
                m = pattern.search(sentence)
                if m:
                    return m.group("o").rstrip(".")
    return None


def _date(lines: list[str]) -> str | None:
    """The publication date: a dateline, else an embed's date, else one in the opening lines."""
    for line in lines:
        if bp.is_chrome(line) and (d := parse_date(line)):
            return d.isoformat()
    prose = [line for line in lines if not bp.is_chrome(line) and not bp.is_headline(line)]
    for line in prose[:2]:
        if d := parse_date(line):
            return d.isoformat()
    return None
