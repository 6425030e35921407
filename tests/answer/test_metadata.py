"""Answers from what documents say about themselves: the order they came out in."""

from __future__ import annotations

from qa.answer.metadata import from_metadata, ordered
from qa.models import Document
from qa.question.kinds import Question


def _docs() -> dict[str, Document]:
    return {
        "a": Document("a", "...", title="Late", outlet="Alpha", date="2023-04-20", dateline="Apr 20, 2023 9:15AM EDT"),
        "b": Document("b", "...", title="Early", outlet="Beta", date="2023-04-19", dateline="Apr 19, 2023 11:00PM"),
        "c": Document("c", "...", title="Same day, earlier", date="2023-04-19", dateline="April 19, 2023 7:30 am"),
        "d": Document("d", "...", title="Undated"),
    }


def test_articles_are_ordered_by_date_then_by_the_time_their_datelines_give() -> None:
    found = ordered(Question("which article came out first", "what"), _docs())
    assert found is not None
    text, cited = found
    assert text == (
        "In order of publication: “Same day, earlier” (7:30 am) [1], Beta (11:00PM) [2] and Alpha (9:15AM EDT) [3];"
        " 1 of the 4 documents does not say when."
    )
    assert [c.doc_id for c in cited] == ["c", "b", "a"]


def test_only_questions_about_when_articles_came_out_are_ordered() -> None:
    for question in ("is musk the first one to claim it", "what's the latest on the lawsuit", "who came first"):
        assert ordered(Question(question, "what"), _docs()) is None
    assert ordered(Question("is the alpha piece newer than the beta one", "yes_no"), _docs()) is not None


def test_when_one_the_corpus_does_not_name_published_something_the_text_tells_not_the_metadata() -> None:
    docs = _docs()
    asked = Question("when did the herald tribune publish its tesla article", "published")
    assert isinstance(from_metadata(asked, [], {"a": docs["a"]}), str)  # Alpha published "a": no date of Alpha's
    told = from_metadata(Question("what time did alpha publish their harbour article", "published"), [], {"a": docs["a"]})
    assert not isinstance(told, str) and told.span == "9:15AM EDT"
