"""Read a folder of documents (.txt, .md, .rst, .adoc, .html, .pdf, .jsonl, manual pages) with what the text says about each one.

Each format has its parser (`qa.ingest.formats`), which keeps the document's structure: headings,
paragraphs with wrapped lines joined, list items, table rows, code, pages. A .txt file whose
paragraphs are one long line each is a web capture: it is read as is and cleaned of page
furniture later (`qa.ingest.clean`); those rules never touch any other document. A file that
cannot be read is skipped with a one-line reason, or with `strict`, stops the load.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import CorpusEmpty, CorpusNotFound, DocumentUnreadable
from qa.ingest.metadata import CAPTURE_LINE, iso_date, with_metadata
from qa.models import Document
from qa.text import normalize

if TYPE_CHECKING:
    from qa.ingest.structure import Dropped, Parsed

SUFFIXES = {".txt", ".md", ".markdown", ".rst", ".rest", ".adoc", ".asciidoc", ".html", ".htm", ".pdf", ".jsonl"}
# A manual page's source ("entr.1", "ssh_config.5", "openssl.1ssl", "foo.man"), and a file named in capitals
# without a suffix, as projects name their plain-text documents ("README", "INSTALL", "FAQ", "NEWS"), or
# with one telling what it is about ("README.sslcerts", "INSTALL.unix", "README.Debian"), not a binary's.
_MAN = re.compile(r"\.(?:[1-9][a-z]{0,6}|man)$", re.IGNORECASE)
_PLAIN_NAME = re.compile(
    r"^[A-Z][A-Z0-9_-]*(?:\.(?!(?i:png|jpe?g|gif|ico|svg|webp|zip|gz|tgz|bz2|xz|zst|tar|7z|so|o|a|exe|dll|bin|class|jar|pyc"
    r"|woff2?|ttf|otf|mp3|mp4|wav|ogg|sig|asc|gpg|pem|crt|der|key|db|sqlite|lock|json|ya?ml|toml|xml|csv|py|js|c|h|sh)$)[A-Za-z0-9_-]{1,12})?$"
)
# A .txt file is a web capture when at least this share of its lines are whole paragraphs (CAPTURE_LINE).
_CAPTURE_SHARE = 0.1

Warn = Callable[[str], None]


@dataclass
class Corpus:
    """The documents of a folder, and the files that were skipped with the reason."""

    documents: list[Document]
    files: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: "indexed 11 files, skipped 2: a.bin is binary, not text; b.txt is empty"."""
        line = f"indexed {self.files} file{'s' if self.files != 1 else ''}"
        if self.skipped:
            line += f", skipped {len(self.skipped)}: " + "; ".join(self.skipped)
        return line


def corpus_files(folder: Path) -> list[Path]:
    """Return the document files under `folder`, sorted; raise if the folder is missing."""
    return [folder.joinpath(*parts) for parts, is_file in _listing(folder) if is_file]


def corpus_entries(folder: Path) -> list[Path]:
    """Every path under `folder` named like a document (a folder so named too), sorted."""
    return [folder.joinpath(*parts) for parts, _ in _listing(folder)]


def _listing(folder: Path) -> list[tuple[tuple[str, ...], bool]]:
    """The paths under `folder` named like a document, as their parts below it (sorted as paths sort),
    each with whether it is a file; links to folders are not followed (as `Path.rglob`)."""
    if not folder.exists():
        raise CorpusNotFound(f"corpus folder {folder} does not exist")
    if not folder.is_dir():
        raise CorpusNotFound(f"corpus path {folder} is not a folder")
    found: list[tuple[tuple[str, ...], bool]] = []
    pending = [((), str(folder))]
    while pending:
        parts, where = pending.pop()
        try:
            with os.scandir(where) as entries:
                listed = list(entries)
        except OSError:
            continue
        for e in listed:
            if is_document_name(e.name):
                found.append(((*parts, e.name), _is_file(e)))
            if _is_dir(e):
                pending.append(((*parts, e.name), e.path))
    return sorted(found)


# Compressed as Debian ships its documents ("README.gz", "tool.1.gz", "guide.html.xz"): read as the file inside.
COMPRESSED = (".gz", ".bz2", ".xz")
_MOST_UNPACKED = 64 * 2**20  # bytes a compressed document may expand to


def is_document_name(name: str) -> bool:
    """True for a file name the corpus reads: a known suffix, a manual page's or a plain document's name,
    or one of them compressed."""
    if name.startswith("."):
        return False
    name = unpacked_name(name)
    return os.path.splitext(name)[1].lower() in SUFFIXES or bool(_MAN.search(name) or _PLAIN_NAME.match(name))


def unpacked_name(name: str) -> str:
    """The name of the file a compressed one holds ("tool.1" of "tool.1.gz"), or `name`."""
    return next((name[: -len(z)] for z in COMPRESSED if name.lower().endswith(z) and len(name) > len(z)), name)


def _unpacked(data: bytes, name: str, label: str) -> bytes:
    """The bytes of a compressed document, unpacked; raise DocumentUnreadable when they cannot be."""
    if (inner := unpacked_name(name)) == name:
        return data
    import bz2
    import gzip
    import lzma

    opener = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}[name[len(inner) :].lower()]
    try:
        with opener(io.BytesIO(data), "rb") as f:
            out = f.read(_MOST_UNPACKED + 1)
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise DocumentUnreadable(f"{label} cannot be unpacked ({exc})") from exc
    if len(out) > _MOST_UNPACKED:
        raise DocumentUnreadable(f"{label} unpacks to more than {_MOST_UNPACKED // 2**20} MB")
    return out


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def load_corpus(folder: Path, *, strict: bool = False, warn: Warn | None = None) -> list[Document]:
    """Return every document under `folder`; raise CorpusEmpty when there is none."""
    return read_corpus(folder, strict=strict, warn=warn).documents


def with_text(docs: list[Document], rel: str) -> list[Document]:
    """The documents of file `rel` that hold text; DocumentUnreadable if none does."""
    kept = [d for d in docs if d.text.strip()]
    if not kept:
        raise DocumentUnreadable(f"{rel} holds no text")
    return kept


def check_ids(docs: list[Document], rel: str, seen: dict[str, str]) -> None:
    """DocumentUnreadable if a document of `rel` has the id of one read before (`seen`: id -> its file)."""
    for d in docs:
        if d.id in seen:
            raise DocumentUnreadable(f"{rel} has the document id {d.id!r} of {seen[d.id]}")


def skip(exc: DocumentUnreadable, skipped: list[str], strict: bool, warn: Warn | None) -> None:
    """Record a file left out (and tell `warn`), or with `strict` let its error stop the reading."""
    if strict:
        raise exc
    skipped.append(str(exc))
    if warn is not None:
        warn(f"warning: skipped {exc}")


def read_corpus(folder: Path, *, strict: bool = False, warn: Warn | None = None) -> Corpus:
    """Return the documents under `folder` and the files skipped (each told to `warn`); strict: raise instead."""
    corpus = Corpus([])
    seen: dict[str, str] = {}
    for path in corpus_entries(folder):
        rel, doc_id = document_id(path.relative_to(folder), seen)
        try:
            docs = with_text(load_file(path, doc_id, rel), rel)
            check_ids(docs, rel, seen)
        except DocumentUnreadable as exc:
            skip(exc, corpus.skipped, strict, warn)
            continue
        for d in docs:
            seen[d.id] = rel
        corpus.documents += docs
        corpus.files += 1
    if not corpus.documents:
        raise CorpusEmpty(
            f"corpus folder {folder} holds no document with text ({', '.join(sorted(SUFFIXES))})"
            + (f"; skipped: {'; '.join(corpus.skipped)}" if corpus.skipped else "")
        )
    return corpus


def document_id(inside: Path, seen: dict[str, str]) -> tuple[str, str]:
    """A file's path in the corpus and its document id: the path without its suffix, unless a file read
    before has that id (`seen`: id -> file): "backup.txt" beside "backup.1" keeps its suffix."""
    rel, doc_id = inside.as_posix(), inside.with_name(unpacked_name(inside.name)).with_suffix("").as_posix()
    return rel, rel if doc_id in seen else doc_id


def load_file(path: Path, doc_id: str, rel: str | None = None) -> list[Document]:
    """Return the documents in one file (a .jsonl file may hold many); raise DocumentUnreadable."""
    return parse_file(path, doc_id, rel)[0]


def parse_file(path: Path, doc_id: str, rel: str | None = None) -> tuple[list[Document], list[Dropped]]:
    """Return the documents in one file and the lines its parser dropped; raise DocumentUnreadable.

    A web capture's lines are dropped later, by the cleaning rules (`qa.ingest.clean.dropped_by_rules`).
    """
    from qa.ingest.decode import decode, read_bytes
    label = rel or str(path)
    name = unpacked_name(path.name)
    data = _unpacked(read_bytes(path, label), path.name, label)
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".pdf":
        from qa.ingest.formats.pdf import parse_pdf

        return _structured(parse_pdf(data, label), doc_id, path, rel)
    raw = decode(data, label)
    if suffix == ".jsonl":
        return [replace(d, file=rel) for d in _from_jsonl(raw, path)], []
    if suffix in (".html", ".htm"):
        from qa.ingest.formats.html import parse_html

        return _structured(parse_html(raw), doc_id, path, rel)
    if suffix in (".md", ".markdown"):
        from qa.ingest.formats.markdown import parse_markdown

        return _structured(parse_markdown(raw), doc_id, path, rel)
    if suffix in (".adoc", ".asciidoc"):
        from qa.ingest.formats.asciidoc import parse_asciidoc

        return _structured(parse_asciidoc(raw), doc_id, path, rel)
    if suffix in (".rst", ".rest"):
        from qa.ingest.formats.rst import parse_rst

        return _structured(parse_rst(raw, label), doc_id, path, rel)
    if _MAN.search(name):
        from qa.ingest.formats.man import is_man_source, parse_man

        if is_man_source(raw):
            return _structured(parse_man(raw), doc_id, path, rel)
    if is_capture(raw):
        return [with_metadata(Document(id=doc_id, text=raw, source=str(path), file=rel))], []
    from qa.ingest.formats.text import parse_text

    return _structured(parse_text(raw), doc_id, path, rel)


def is_capture(raw: str) -> bool:
    """True for text saved from a web page: paragraphs as long single lines, or page furniture on top."""
    from qa.ingest import boilerplate as bp
    lines = [line for line in raw.split("\n") if line.strip()]
    long = sum(len(line) > CAPTURE_LINE for line in lines)
    # Page furniture at the top ("Skip to main content") gives a capture away even without long lines.
    return bool(lines) and (long >= max(1, _CAPTURE_SHARE * len(lines)) or any(map(bp.is_chrome, lines[:3])))


def _structured(parsed: Parsed, doc_id: str, path: Path, rel: str | None) -> tuple[list[Document], list[Dropped]]:
    from qa.ingest.structure import assemble
    doc = assemble(doc_id, parsed, source=str(path))
    title = normalize(doc.title).strip() or _first_words(doc)
    doc = replace(doc, title=title, file=rel, date=iso_date(doc.date or "") or doc.date)
    return [doc], parsed.dropped


def _first_words(doc: Document, n: int = 12) -> str:
    """A title for a document without one: the opening words of its text."""
    first = doc.text.split("\n", 1)[0].split()
    return " ".join(first[:n]).rstrip(",;:") + ("…" if len(first) > n else "")


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
