"""The stages' records to JSON and back: nested records come back as records, not dicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.chat.conversation import Conversation, Turn
from qa.errors import IndexCorrupt
from qa.models import Answer, Citation, Document, Section
from qa.records import dump, dumps, load, loads
from qa.search.index import IndexConfig, load_index, open_index

CITATION = Citation(n=1, doc_id="d", title="T", passage_id="d#0", text="Musk sued.", score=3.5, heading=["A"], line=4)


def test_an_answer_round_trips_with_its_citations() -> None:
    answer = Answer(question="who?", answer="Musk [1].", abstained=False, confidence=0.8, citations=[CITATION], turn=0)
    again = loads(Answer, dumps(answer))
    assert again == answer and isinstance(again.citations[0], Citation)
    assert json.loads(dumps(answer))["citations"][0]["heading"] == ["A"]


def test_a_document_round_trips_with_its_sections_and_without_them() -> None:
    doc = Document(id="d", text="# A\n\nb", title="A", sections=[Section(start=0, end=3, kind="heading", line=1)])
    assert loads(Document, dumps(doc)) == doc and isinstance(loads(Document, dumps(doc)).sections[0], Section)
    plain = Document(id="e", text="x")
    assert load(Document, dump(plain)) == plain and load(Document, dump(plain)).sections is None


def test_a_conversation_round_trips_with_its_turns() -> None:
    c = Conversation(turns=[Turn(question="q", topic=["musk"], citations=[CITATION])], first_turn=3)
    again = loads(Conversation, dumps(c))
    assert again == c and isinstance(again.turns[0], Turn) and isinstance(again.turns[0].citations[0], Citation)


def test_a_key_the_record_lacks_or_a_row_that_is_no_object_is_refused() -> None:
    with pytest.raises(TypeError, match="no field colour"):
        load(Citation, {**dump(CITATION), "colour": "red"})
    with pytest.raises(TypeError, match="expected an object"):
        load(Citation, [1, 2])


def test_a_stored_document_with_a_foreign_field_is_a_damaged_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Elon Musk threatened to sue Microsoft over Twitter data.\n", encoding="utf-8")
    index = open_index(corpus, tmp_path / "index", IndexConfig())
    rows = index.path / "documents.jsonl"
    row = json.loads(rows.read_text(encoding="utf-8").splitlines()[0])
    rows.write_text(json.dumps(row | {"colour": "red"}) + "\n", encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="unreadable"):
        load_index(index.path)
