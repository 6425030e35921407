"""The records that flow between the stages and out of the adapters: plain dataclasses.

Field notes are attribute docstrings, which the HTTP service's schema shows (`use_attribute_docstrings`);
`qa.records` turns records into JSON and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOCUMENTED: dict[str, Any] = {"use_attribute_docstrings": True}  # how pydantic reads these records' notes


@dataclass(slots=True)
class Section:
    """A block of a structured document's text (a heading, paragraph, list item, table row, code) and its origin."""

    start: int
    end: int
    kind: str
    """heading, paragraph, item, row, code or quote"""
    heading: list[str] = field(default_factory=list)
    """the headings it stands under, outermost first"""
    line: int | None = None
    """first source line, 1-based"""
    end_line: int | None = None
    page: int | None = None
    """PDF page, 1-based"""
    breaks: list[int] = field(default_factory=list)
    """offsets where its later source lines begin"""


@dataclass(slots=True)
class Document:
    """One source document: its text and what the text says about the document itself."""

    id: str
    text: str
    title: str = ""
    outlet: str | None = None
    publisher: str | None = None
    """the company that owns the outlet, as the page says ("GlobalData is the parent company of Verdict")"""
    comment_sought: str | None = None
    """the page's notice that it asked someone for comment, as written ("Digital Trends has reached out to
    Microsoft for more information and we will update this article when we hear back.")"""
    author: str | None = None
    author_role: str | None = None
    """the author's title as the byline gives it"""
    author_bio: str | None = None
    """what the page says of its author under the article ("With expertise in tech that spans over 10 years, ...")"""
    embeds: list[str] | None = None
    """the signatures of posts embedded in the page ("— Elon Musk (@elonmusk) April 19, 2023")"""
    image_credits: list[str] | None = None
    """the credits of the page's pictures, as written ("Image: Britta Pedersen-Pool/Getty Images")"""
    date: str | None = None
    dateline: str | None = None
    """the line giving the publication date, as written"""
    source: str | None = None
    """file the document was read from"""
    file: str | None = None
    """the file's path inside the corpus folder"""
    sections: list[Section] | None = None
    """the blocks a format parser found; None for a web capture (cleaned by rules)"""


@dataclass(slots=True)
class Sentence:
    """A sentence of a cleaned document, with its character offsets in `Document.text`."""

    doc_id: str
    start: int
    end: int
    text: str = ""
    """Document.text[start:end]; left out where it is stored (an index, the file cache)"""


@dataclass(slots=True)
class Passage:
    """A few consecutive sentences of one document: the unit that BM25 ranks."""

    id: str
    doc_id: str
    title: str
    start: int
    end: int
    sentences: list[int]
    """indexes into the index's sentence table"""
    text: str = ""
    """Document.text[start:end]"""
    heading: list[str] = field(default_factory=list)
    """the headings the passage stands under"""
    line: int | None = None
    """first source line, 1-based"""
    end_line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Hit:
    """A passage returned by retrieval, with its BM25 score and rank (1 = best)."""

    passage: Passage
    score: float
    rank: int


@dataclass(slots=True)
class SearchHit:
    """A ranked passage."""

    __pydantic_config__ = DOCUMENTED

    rank: int
    """1 = best"""
    score: float
    """BM25 score"""
    passage_id: str
    doc_id: str
    title: str
    text: str
    start: int
    """offset of the passage in the document's cleaned text"""
    end: int
    heading: list[str] = field(default_factory=list)
    """the headings the passage stands under"""
    line: int | None = None
    """first source line, 1-based"""
    end_line: int | None = None
    page: int | None = None
    """the PDF page"""

    @classmethod
    def of(cls, hit: Hit) -> SearchHit:
        """The JSON shape of a retrieval hit."""
        p = hit.passage
        return cls(
            rank=hit.rank,
            score=round(float(hit.score), 4),
            passage_id=p.id,
            doc_id=p.doc_id,
            title=p.title,
            text=p.text,
            start=p.start,
            end=p.end,
            heading=p.heading,
            line=p.line,
            end_line=p.end_line,
            page=p.page,
        )


def where(
    file: str | None, heading: list[str], line: int | None, end_line: int | None, page: int | None
) -> str:
    """Return "file › heading › sub, lines a–b" (or ", page n"), leaving out what is unknown."""
    place = " › ".join([*([file] if file else []), *heading])
    if page is not None:
        at = f"page {page}"
    elif line is not None and end_line is not None and end_line > line:
        at = f"lines {line}–{end_line}"
    elif line is not None:
        at = f"line {line}"
    else:
        at = ""
    return ", ".join(p for p in (place, at) if p)


CITATION_EXAMPLE = {
    "n": 1,
    "doc_id": "003_eb8d1d1d17b4e45c",
    "title": "Twitter CEO, Elon Musk, threatened to sue Microsoft",
    "passage_id": "003_eb8d1d1d17b4e45c#0",
    "text": "Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday "
    "(19 April, 2023) for allegedly using Twitter's data to train its AI model.",
    "score": 7.31,
}


@dataclass(slots=True)
class Citation:
    """A numbered source of an answer: the passage, and the sentence quoted from it."""

    __pydantic_config__ = DOCUMENTED | {"json_schema_extra": {"examples": [CITATION_EXAMPLE]}}

    n: int
    """the number used in the answer text, as [n]"""
    doc_id: str
    title: str
    passage_id: str
    text: str
    """the sentence quoted as evidence"""
    score: float
    """BM25 score of the passage"""
    file: str | None = None
    """the cited file's path inside the corpus folder"""
    heading: list[str] = field(default_factory=list)
    """the headings the quote stands under"""
    line: int | None = None
    """first line of the quote in the file, 1-based"""
    end_line: int | None = None
    """last line of the quote in the file"""
    page: int | None = None
    """the PDF page of the quote"""

    def where(self) -> str:
        """Where the quote is, for people: "install.md › Extras, lines 40–41" ("" when unknown)."""
        return where(self.file, self.heading, self.line, self.end_line, self.page)


ANSWER_EXAMPLE = {
    "question": "Who threatened to sue Microsoft?",
    "answer": "Elon Musk [1].",
    "abstained": False,
    "confidence": 0.82,
    "citations": [CITATION_EXAMPLE],
    "conversation_id": "5f0c3a4e9b1d4e7f",
    "turn": 0,
}


@dataclass(slots=True)
class Answer:
    """The bot's reply to one question: the one shape of `qa ask --json`, HTTP and Discord."""

    __pydantic_config__ = DOCUMENTED | {"json_schema_extra": {"examples": [ANSWER_EXAMPLE]}}

    question: str
    answer: str
    abstained: bool
    confidence: float
    """the probability that the answer is right, 0 to 1"""
    citations: list[Citation] = field(default_factory=list)
    conversation_id: str | None = None
    turn: int | None = None
    """the answer's number in its conversation (0: the first): what POST /v1/feedback rates"""
