"""Answers from what documents say about themselves: the order they came out in."""

from __future__ import annotations

from qa.answer.metadata import from_metadata, ordered
from qa.models import Document
from qa.pipeline import Pipeline
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


def test_when_an_article_was_updated_is_told_only_by_a_dateline_saying_so() -> None:
    docs = {**_docs(), "e": Document("e", "...", title="Fixed", outlet="Epsilon", date="2023-04-21", dateline="Updated: Apr 22, 2023")}
    assert isinstance(from_metadata(Question("what date was the alpha article updated", "published"), [], docs), str)
    assert not isinstance(from_metadata(Question("what date was the alpha article published", "published"), [], docs), str)
    told = from_metadata(Question("when was the epsilon article last updated", "published"), [], docs)
    assert not isinstance(told, str) and "Apr 22, 2023" in told.sentence


def test_an_article_named_by_its_title_is_the_one_asked_of(pipeline: Pipeline) -> None:
    docs = {**_docs(), "e": Document("e", "...", title="Ferry fares rise for the third time", outlet="Alpha")}
    told = from_metadata(Question("who wrote 'ferry fares rise for the third time'", "author"), [], docs)
    assert told == "e named by the question does not say its author"  # not Alpha's other article, whose outlet the question does not name
    # the bundled article of that title gives no date, and the others' dates are not its own
    assert pipeline.ask("what date was the 'elon musk suing microsoft over twitter data's illegal use' article published").abstained
    assert not pipeline.ask("what date was the 'elon musk threatens to sue microsoft over ai training' article published").abstained


def test_whose_picture_an_article_shows_is_its_credit_line() -> None:
    from qa.answer.page import image_credit
    from qa.ingest.load import with_metadata

    page = "Harbour city votes to ban cars\n\nImage: Jane Roe/Tide Photos\n\nBy Ann Lee\n\nThe council voted on Monday."
    docs = {
        "a": with_metadata(Document("a", page, outlet="Alpha")),
        "b": Document("b", "Ferries run late.", title="Ferries", outlet="Beta"),
    }
    assert docs["a"].image_credits == ["Image: Jane Roe/Tide Photos"]
    for question in ("who took the photo in the alpha article", "who is credited for the picture?", "photo credit?"):
        told = image_credit(Question(question, "who"), docs)
        assert told is not None and told.span == "Jane Roe/Tide Photos" and told.citation.doc_id == "a", question
    assert image_credit(Question("who took the photo in the beta article", "who"), docs) is None  # Beta credits none
    assert image_credit(Question("who took over twitter", "who"), docs) is None  # no picture asked


def test_whether_an_article_of_an_outlet_is_there_is_told_by_its_title(pipeline: Pipeline) -> None:
    answer = pipeline.ask("is there a bgr article in here")
    assert answer.answer.startswith("Yes: “Elon Musk claims Microsoft") and "by Joe Wituschek (BGR)" in answer.answer
    assert pipeline.ask("ok who wrote it", conversation_id=answer.conversation_id).answer.startswith("Joe Wituschek")
    # an outlet no article is from, though a text names it ("reports from ... Mashable"), has none
    assert pipeline.ask("is there a mashable one").abstained
    assert pipeline.ask("do you have a new york times article").abstained


def test_the_outlets_these_articles_are_from_are_listed(pipeline: Pipeline) -> None:
    answer = pipeline.ask("hmm what outlets are these articles from")
    assert answer.answer.startswith("Published by Digital Trends [1], BGR [2] and Verdict [3]")
