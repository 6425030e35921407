"""Sentences and passages: splitting, offsets into the cleaned text, overlap, whole-document mode."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from conftest import BUNDLED

from qa.ingest.clean import clean, sentence_spans, split_sentences
from qa.ingest.load import load_corpus
from qa.ingest.passages import sentences_of, split_passages
from qa.models import Document
from qa.search.index import Index, IndexConfig, build_index, open_index


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Dr. Smith met the U.S. team on Monday. They agreed a deal.",
            ["Dr. Smith met the U.S. team on Monday.", "They agreed a deal."],
        ),
        (
            "DeepSeek's training cost only US$5.6m to train. That is 3.5% of the usual cost.",
            ["DeepSeek's training cost only US$5.6m to train.", "That is 3.5% of the usual cost."],
        ),
        (
            "Mr. Jones and Mrs. Lee of Acme Inc. arrived on Friday. It rained.",
            ["Mr. Jones and Mrs. Lee of Acme Inc. arrived on Friday.", "It rained."],
        ),
        ("What happened? Nobody knows! It is strange.", ["What happened?", "Nobody knows!", "It is strange."]),
        (
            '"They trained illegally," Musk said, adding: "Lawsuit time."',
            ['"They trained illegally," Musk said, adding: "Lawsuit time."'],
        ),
        ("It hired J. R. Smith in 2015. He left in 2018.", ["It hired J. R. Smith in 2015.", "He left in 2018."]),
        ("Prices rose 2.5 percent. 42 firms agreed.", ["Prices rose 2.5 percent.", "42 firms agreed."]),
    ],
)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


def test_sentence_ending_in_a_quote_keeps_it() -> None:
    assert split_sentences('He said: "It is over." Then he left.') == ['He said: "It is over."', "Then he left."]


def test_sentence_spans_point_into_the_text() -> None:
    text = "First one. Second one?\n\nThird one after a blank line!\nFourth, same block."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "First one.",
        "Second one?",
        "Third one after a blank line!",
        "Fourth, same block.",
    ]


def doc(text: str, doc_id: str = "d") -> Document:
    return Document(id=doc_id, title="T", text=text)


def numbered(n: int) -> Document:
    return doc(" ".join(f"Sentence number {i} is here." for i in range(n)))


def test_headings_are_not_sentences() -> None:
    d = doc("The Backstory Behind the Fallout\n\nMicrosoft dropped Twitter. Fees rose.\n\nWhat Comes Next\n\nWe wait.")
    assert [s.text for s in sentences_of(d)] == ["Microsoft dropped Twitter.", "Fees rose.", "We wait."]


def test_a_line_announcing_a_list_is_a_sentence_not_a_heading() -> None:
    d = doc("Users will lose these features:\n\n• Schedule Tweets\n\nOptions:\n\n• -v")
    assert [s.text for s in sentences_of(d)] == ["Users will lose these features:", "• Schedule Tweets", "• -v"]


def test_question_paragraph_is_a_sentence() -> None:
    d = doc("But, why did Microsoft drop Twitter?\n\nBecause of the fees.")
    assert [s.text for s in sentences_of(d)] == ["But, why did Microsoft drop Twitter?", "Because of the fees."]


@pytest.mark.parametrize(("size", "overlap"), [(3, 1), (4, 2), (2, 0), (1, 0), (5, 4)])
@pytest.mark.parametrize("n", [1, 2, 5, 10, 11])
def test_passages_cover_every_sentence_with_the_set_overlap(size: int, overlap: int, n: int) -> None:
    d = numbered(n)
    sentences = sentences_of(d)
    assert len(sentences) == n
    passages = split_passages(d, sentences, first_index=100, size=size, overlap=overlap)
    assert sorted({i for p in passages for i in p.sentences}) == list(range(100, 100 + n))
    assert all(len(p.sentences) <= size for p in passages)
    assert all(p.sentences == list(range(p.sentences[0], p.sentences[-1] + 1)) for p in passages)
    for a, b in pairwise(passages):
        assert len(set(a.sentences) & set(b.sentences)) == overlap
    assert [p.id for p in passages] == [f"d#{k}" for k in range(len(passages))]


def test_overlap_never_reaches_the_passage_size() -> None:
    d = numbered(6)
    passages = split_passages(d, sentences_of(d), 0, size=2, overlap=5)
    assert [p.sentences for p in passages] == [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]


def test_whole_document_mode() -> None:
    d = numbered(7)
    [p] = split_passages(d, sentences_of(d), 0, size=0, overlap=1)
    assert p.sentences == list(range(7))
    assert (p.start, p.end) == (0, len(d.text))
    assert p.text == d.text


def test_no_sentences_no_passages() -> None:
    assert split_passages(doc("Only A Heading"), [], 0) == []


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Index]:
    docs, path = load_corpus(BUNDLED), tmp_path_factory.mktemp("not-saved")
    return {
        f"{size}/{overlap}": build_index(docs, IndexConfig(passage_sentences=size, passage_overlap=overlap), path)
        for size, overlap in [(3, 1), (4, 2), (0, 0)]
    }


@pytest.mark.parametrize("setting", ["3/1", "4/2", "0/0"])
def test_bundled_offsets_quote_the_cleaned_text(bundled: dict[str, Index], setting: str) -> None:
    index = bundled[setting]
    assert index.passages
    for p in index.passages:
        text = index.documents[p.doc_id].text
        assert text[p.start : p.end] == p.text
        assert p.title == index.documents[p.doc_id].title
        first, last = index.sentences[p.sentences[0]], index.sentences[p.sentences[-1]]
        assert (first.start, last.end) == (p.start, p.end)
        for i in p.sentences:
            s = index.sentences[i]
            assert s.doc_id == p.doc_id
            assert text[s.start : s.end] == s.text
            assert p.start <= s.start < s.end <= p.end


@pytest.mark.parametrize("setting", ["3/1", "4/2"])
def test_bundled_overlap_equals_the_setting(bundled: dict[str, Index], setting: str) -> None:
    index = bundled[setting]
    overlap = index.config.passage_overlap
    for a, b in pairwise(index.passages):
        if a.doc_id == b.doc_id:
            assert len(set(a.sentences) & set(b.sentences)) == overlap
            assert b.start < a.end  # the shared sentence is in both texts


def test_bundled_whole_document_mode_has_one_passage_per_document(bundled: dict[str, Index]) -> None:
    index = bundled["0/0"]
    assert sorted(p.doc_id for p in index.passages) == sorted(index.documents)


def test_bundled_headings_are_not_sentences(bundled: dict[str, Index]) -> None:
    texts = {s.text for s in bundled["3/1"].sentences}
    assert "The Backstory Behind Microsoft & Twitter's Fallout" not in texts
    assert "Elon Musk's Ambitions with X.AI" not in texts
    assert "But, why did Microsoft drop Twitter?" in texts


def test_every_cleaned_sentence_is_in_the_index(bundled: dict[str, Index]) -> None:
    index = bundled["3/1"]
    for d in load_corpus(BUNDLED):
        cleaned = clean(d)
        own = [s.text for s in index.sentences if s.doc_id == d.id]
        assert own == [s.text for s in sentences_of(cleaned)]
        assert len(own) >= 10


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_sentence_kept_whole_across_an_abbreviation_and_two_spaces_is_found_in_its_text(
    tmp_path: Path, name: str
) -> None:
    # man-db's README: "... the usual $(prefix)/etc.  To force ..." stays one sentence, which split_sentences
    # gives back with one space: indexing the file failed with "substring not found".
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "N.B. If prefix=/usr, then sysconfdir=/etc instead of the usual $(prefix)/etc.  To force it, set it.\n"
    (corpus / name).write_text("# Notes\n\n" + text if name.endswith(".md") else text, encoding="utf-8")
    index = open_index(corpus, tmp_path / "index", IndexConfig())
    said = [s.text for s in index.sentences]
    assert any("$(prefix)/etc." in s and "To force it" in s for s in said), said  # one sentence
    for s in index.sentences:
        assert index.documents[s.doc_id].text[s.start : s.end] == s.text
