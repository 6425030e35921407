"""Pydantic models that flow between the stages and out of the adapters."""

from pydantic import BaseModel, ConfigDict, Field


class Section(BaseModel):
    """A block of a structured document's text (a heading, paragraph, list item, table row, code) and its origin."""

    start: int
    end: int
    kind: str = Field(description="heading, paragraph, item, row, code or quote")
    heading: list[str] = Field(default_factory=list, description="the headings it stands under, outermost first")
    line: int | None = Field(default=None, description="first source line, 1-based")
    end_line: int | None = None
    page: int | None = Field(default=None, description="PDF page, 1-based")
    breaks: list[int] = Field(default_factory=list, description="offsets where its later source lines begin")


class Document(BaseModel):
    """One source document: its text and what the text says about the document itself."""

    id: str
    title: str = ""
    text: str
    outlet: str | None = None
    author: str | None = None
    author_role: str | None = Field(default=None, description="the author's title as the byline gives it")
    date: str | None = None
    dateline: str | None = Field(default=None, description="the line giving the publication date, as written")
    source: str | None = Field(default=None, description="file the document was read from")
    file: str | None = Field(default=None, description="the file's path inside the corpus folder")
    sections: list[Section] | None = Field(
        default=None, description="the blocks a format parser found; None for a web capture (cleaned by rules)"
    )


class Sentence(BaseModel):
    """A sentence of a cleaned document, with its character offsets in `Document.text`."""

    doc_id: str
    start: int
    end: int
    text: str = ""  # Document.text[start:end]; left out where it is stored (an index, the file cache)


class Passage(BaseModel):
    """A few consecutive sentences of one document: the unit that BM25 ranks."""

    id: str
    doc_id: str
    title: str
    start: int
    end: int
    text: str = ""  # Document.text[start:end]
    sentences: list[int] = Field(description="indexes into the index's sentence table")
    heading: list[str] = Field(default_factory=list, description="the headings the passage stands under")
    line: int | None = Field(default=None, description="first source line, 1-based")
    end_line: int | None = None
    page: int | None = None


class Hit(BaseModel):
    """A passage returned by retrieval, with its BM25 score and rank (1 = best)."""

    passage: Passage
    score: float
    rank: int


class SearchHit(BaseModel):
    """A ranked passage."""

    model_config = ConfigDict(defer_build=True)  # built when first used: `qa ask` never does

    rank: int = Field(description="1 = best")
    score: float = Field(description="BM25 score")
    passage_id: str
    doc_id: str
    title: str
    text: str
    start: int = Field(description="offset of the passage in the document's cleaned text")
    end: int
    heading: list[str] = Field(default_factory=list, description="the headings the passage stands under")
    line: int | None = Field(default=None, description="first source line, 1-based")
    end_line: int | None = None
    page: int | None = Field(default=None, description="the PDF page")

    @classmethod
    def of(cls, hit: Hit) -> "SearchHit":
        """The JSON shape of a retrieval hit."""
        p = hit.passage
        return cls(
            rank=hit.rank,
            score=round(hit.score, 4),
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


class Citation(BaseModel):
    """A numbered source of an answer: the passage, and the sentence quoted from it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "n": 1,
                    "doc_id": "003_eb8d1d1d17b4e45c",
                    "title": "Twitter CEO, Elon Musk, threatened to sue Microsoft",
                    "passage_id": "003_eb8d1d1d17b4e45c#0",
                    "text": "Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday "
                    "(19 April, 2023) for allegedly using Twitter's data to train its AI model.",
                    "score": 7.31,
                }
            ]
        }
    )

    n: int = Field(description="the number used in the answer text, as [n]")
    doc_id: str
    title: str
    passage_id: str
    text: str = Field(description="the sentence quoted as evidence")
    score: float = Field(description="BM25 score of the passage")
    file: str | None = Field(default=None, description="the cited file's path inside the corpus folder")
    heading: list[str] = Field(default_factory=list, description="the headings the quote stands under")
    line: int | None = Field(default=None, description="first line of the quote in the file, 1-based")
    end_line: int | None = Field(default=None, description="last line of the quote in the file")
    page: int | None = Field(default=None, description="the PDF page of the quote")

    def where(self) -> str:
        """Where the quote is, for people: "install.md › Extras, lines 40–41" ("" when unknown)."""
        return where(self.file, self.heading, self.line, self.end_line, self.page)


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


class Answer(BaseModel):
    """The bot's reply to one question: the one shape of `qa ask --json`, HTTP and Discord."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "question": "Who threatened to sue Microsoft?",
                    "answer": "Elon Musk [1].",
                    "abstained": False,
                    "confidence": 0.82,
                    "citations": [Citation.model_config["json_schema_extra"]["examples"][0]],
                    "conversation_id": "5f0c3a4e9b1d4e7f",
                    "turn": 0,
                }
            ]
        }
    )

    question: str
    answer: str
    abstained: bool
    confidence: float = Field(ge=0.0, le=1.0)
    citations: list[Citation] = Field(default_factory=list)
    conversation_id: str | None = None
    turn: int | None = Field(
        default=None, description="the answer's number in its conversation (0: the first): what POST /v1/feedback rates"
    )
