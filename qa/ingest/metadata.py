"""What a saved page says about itself: its title, author and the author's role, outlet and date.

Read from the text of a document whose file did not give them (a web capture, a .jsonl record
without the field); `qa.ingest.load` calls `with_metadata` on each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.models import Document
from qa.patterns import parse_date
from qa.text import normalize

# A line longer than this is a whole paragraph saved as one line (a web capture's paragraphs).
CAPTURE_LINE = 160


def with_metadata(doc: Document) -> Document:
    """Fill title, author, outlet and date from the text where the file did not give them."""
    from qa.ingest import boilerplate as bp
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    author, role = _byline(lines)
    found = {
        "title": doc.title or _title(lines),
        "author": doc.author or author,
        "author_role": doc.author_role or (role if doc.author in (None, author) else None),
        "author_bio": doc.author_bio or _bio(lines, doc.author or author),
        "embeds": doc.embeds or [normalize(line).strip() for line in lines if bp.is_embed(line)] or None,
        "image_credits": doc.image_credits or [normalize(line).strip() for line in lines if bp.is_credit(line)] or None,
        "outlet": doc.outlet or _outlet(lines),
        "publisher": doc.publisher or _publisher(lines),
        "comment_sought": doc.comment_sought or _comment_sought(lines),
        "date": iso_date(doc.date or "") or doc.date or _date(lines),
        "dateline": doc.dateline or _dateline(lines),
    }
    return replace(doc, **found)


def iso_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from one written either way, else None."""
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    d = parse_date(text)
    return d.isoformat() if d else None


def _title(lines: list[str]) -> str:
    from qa.ingest import boilerplate as bp
    for line in lines[:8]:
        if bp.is_chrome(line) or bp.is_credit(line) or bp.author_line(line) or bp.is_notice(line):
            continue
        if bp.is_headline(line, min_words=4):
            return normalize(line).strip()
    # "Nikola Tesla" above the article's first paragraph: a short title, saved with the text.
    first = lines[0] if len(lines) > 1 and len(lines[1]) > CAPTURE_LINE else ""
    if bp.is_headline(first, min_words=1) and not (bp.is_chrome(first) or bp.is_credit(first) or bp.author_line(first)):
        return normalize(first).strip()
    return ""


def _byline(lines: list[str]) -> tuple[str | None, str | None]:
    """The author the page names and their title where the byline gives one ("Contributing Editor")."""
    from qa.ingest import boilerplate as bp
    for i, line in enumerate(lines):
        name = bp.author_line(line)
        if name:
            m = bp.NAME_ROLE_LINE.match(normalize(line).strip())
            return name, m.group("role") if m else None
        if bp.is_name_line(line) and i + 1 < len(lines) and bp.is_role_line(lines[i + 1]):
            return normalize(line).strip(), normalize(lines[i + 1]).strip()
        m = bp.BIO_SENTENCE.match(normalize(line))
        if m:
            return m.group("name"), None
    return None, None


def _bio(lines: list[str], author: str | None) -> str | None:
    """The sentences of the author's bio that name them ("Joe Wituschek is a Tech News Contributor for BGR.",
    "With expertise in tech that spans over 10 years, Joe covers ...")."""
    from qa.ingest import boilerplate as bp
    if not author:
        return None
    first = author.split()[0]
    said = [
        s
        for line in lines
        for s in re.split(r"(?<=[.!?])\s+", normalize(line).strip())
        if bp.is_bio_sentence(s) and re.search(rf"\b{re.escape(first)}\b", s)
    ]
    # an author box: the name, maybe the role, then a line telling of them ("Trevor Mogg / Contributing Editor /
    # Not so many moons ago, Trevor moved from one tea-loving island nation ...")
    boxed = next((
        lines[j] for i, line in enumerate(lines) if normalize(line).strip() == author
        for j in range(i + 1, min(i + 3, len(lines))) if len(lines[j]) > 40 and re.search(rf"\b{re.escape(first)}\b", lines[j])
    ), None)
    return " ".join(said[:_BIO_SENTENCES]) or (normalize(boxed).strip() if boxed else None)


_BIO_SENTENCES = 3
_OUTLET_PATTERNS = [
    re.compile(r"\bthrough (?:a|an) (?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) link\b"),
    re.compile(r"\bparent company of (?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\b"),
    re.compile(r"^(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) has reached out to .{0,80}\bwe\b"),
    re.compile(
        r"(?:©|\([cC]\)|[Cc]opyright (?:©\s*)?\d{4})\s*(?:\d{4}\s*)?(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
    ),
]


def _outlet(lines: list[str]) -> str | None:
    from qa.ingest import boilerplate as bp
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


# A publisher's notice: "GlobalData is the parent company of Verdict and its sister publications." (Not
# "X is owned by Y": an article's own sentences say that of the companies they are about.)
_PUBLISHER = re.compile(r"^(?P<p>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) is the parent company of\b")


def _publisher(lines: list[str]) -> str | None:
    """The company the page says owns its outlet, from its publisher's notice."""
    for line in lines:
        for sentence in re.split(r"(?<=[.!?])\s+", normalize(line)):
            if m := _PUBLISHER.search(sentence):
                return m.group("p").rstrip(".")
    return None


# A page's notice that it asked for comment: "Digital Trends has reached out to Microsoft for more information and
# we will update this article when we hear back." (boilerplate of the story, a fact of the page)
_SOUGHT = re.compile(r"^[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3} (?:has|have) (?:reached out to|contacted|asked) .{1,60}?\bfor (?:comment|more information|a statement)\b")


def _comment_sought(lines: list[str]) -> str | None:
    """The sentence in which the page says it asked someone for comment, as written."""
    for line in lines:
        for sentence in re.split(r"(?<=[.!?])\s+", normalize(line)):
            if _SOUGHT.search(sentence):
                return sentence.strip()
    return None


def _dateline(lines: list[str]) -> str | None:
    """The line of page furniture that dates the document ("Published Apr 19th, 2023 5:07PM EDT"); an embedded
    post's signature dates the post, not the document ("— Elon Musk (@elonmusk) April 19, 2023")."""
    from qa.ingest import boilerplate as bp
    return next((normalize(line).strip() for line in lines if bp.is_chrome(line) and not bp.is_embed(line) and parse_date(line)), None)


_LIFESPAN = re.compile(r"\([^()]*?(?:\bborn\s|\bb\.\s|\d{3,4}\s*[–-]\s*[^()]*?\d{3,4})")


def _date(lines: list[str]) -> str | None:
    """The publication date: a dateline, else an embed's date, else one in the opening lines, unless a life's
    or a period's dates in brackets ("Nikola Tesla (10 July 1856 - 7 January 1943) was ...", "(born 5 May 1960)")."""
    from qa.ingest import boilerplate as bp
    for line in lines:
        if bp.is_chrome(line) and (d := parse_date(line)):
            return d.isoformat()
    prose = [line for line in lines if not bp.is_chrome(line) and not bp.is_headline(line)]
    for line in prose[:2]:
        if not _LIFESPAN.search(line) and (d := parse_date(line)):
            return d.isoformat()
    return None
