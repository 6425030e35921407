"""Nothing is lost silently: every content word of a file is in a passage, its headings or title, or listed as dropped."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from conftest import BUNDLED
from docutils.core import publish_parts
from markdown_it import MarkdownIt

from qa.ingest.inspect import inspect_file
from qa.text import STOPWORDS, words

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = sorted(BUNDLED.glob("*.txt")) + sorted(
    p
    for folder in ("docs", "real", "pdf")
    for p in (DATA / folder).iterdir()
    if p.suffix in (".md", ".txt", ".html", ".pdf", ".rst")
)


def visible_text(path: Path) -> str:
    """The file's text as a reader sees it, by another road than the parsers': rendered, tags gone."""
    if path.suffix == ".pdf":  # the text the PDF was written from
        sys.path.insert(0, str(path.parent))
        from make_pdf import PAGES

        return "\n".join(line for page in PAGES for line in page)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        raw = MarkdownIt("commonmark").enable("table").render(raw)
    if path.suffix == ".rst":  # docutils' own HTML writer, not the parser's walk over its tree
        raw = publish_parts(raw, writer_name="html", settings_overrides={"report_level": 5})["html_body"]
    if path.suffix in (".md", ".html", ".rst"):
        root = lxml.html.document_fromstring(raw)
        lxml.etree.strip_tags(root, "code", "em", "strong", "a", "span", "b", "i", "kbd", "abbr")  # inline: no break
        body = root.find("body")
        return " ".join((body if body is not None else root).itertext())
    return raw


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_content_word_is_kept_or_listed_as_dropped(path: Path) -> None:
    found = inspect_file(path)
    kept = " ".join(
        [p.text for p in found.passages]
        + [h for p in found.passages for h in p.heading]
        + [d.title for d in found.documents]
        + [d.text for d in found.dropped]
    )
    lost = content_words(visible_text(path)) - content_words(kept)
    assert not lost, f"{path.name}: {sorted(lost)[:20]}"
