"""PDF: text page by page, paragraphs and headings found without blank lines, pages in citations."""

from __future__ import annotations

import shutil
from pathlib import Path

from qa.ingest.load import load_file
from qa.ingest.passages import sentences_of, split_passages
from qa.pipeline import Pipeline
from qa.settings import Settings

PDF = Path(__file__).resolve().parent.parent / "data" / "pdf" / "ferry-guide.pdf"


def test_pdf_pages_headings_and_sentences() -> None:
    [doc] = load_file(PDF, "ferry-guide", "ferry-guide.pdf")
    assert doc.title == "Island Ferry Guide"
    passages = split_passages(doc, sentences_of(doc), 0)
    assert [(p.heading, p.page) for p in passages] == [
        (["Island Ferry Guide"], 1),
        (["Fares"], 1),
        (["Weather and cancellations"], 2),
    ]
    assert "The crossing takes forty minutes in calm weather and up to an hour when the wind is from the west." in [
        s.text for s in sentences_of(doc)
    ]


def test_pdf_citation_says_the_page(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PDF, corpus / PDF.name)
    answer = Pipeline(Settings(corpus=corpus, index=tmp_path / "ix")).ask("How long is lost property kept?")
    assert not answer.abstained
    c = answer.citations[0]
    assert c.where() == "ferry-guide.pdf › Weather and cancellations, page 2"
