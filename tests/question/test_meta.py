"""Outlets and authors named in a question: the source asked, or what the question is about."""

from __future__ import annotations

from qa.question.meta import Bylines

BYLINES = Bylines({"bgr": ["001"], "verdict": ["003"], "digital trends": ["000"]})


def test_an_outlet_named_as_the_source_narrows_the_search_to_its_article() -> None:
    for question in ("what does bgr say about reddit", "per the verdict piece, what did umg say", "in bgr, who sued?"):
        named, rest = BYLINES.named(question)
        assert named, question
        assert "bgr" not in rest.lower() and "verdict" not in rest.lower()
    assert BYLINES.named("does digital trends mention reddit")[0] == {"000"}


def test_an_outlet_the_question_is_about_is_no_source() -> None:
    for question in ("when was bgr founded", "who owns verdict", "is digital trends reliable"):
        assert BYLINES.named(question) == (set(), question)


def test_a_saying_verb_after_the_source_named_is_no_word_asked() -> None:
    assert BYLINES.named("what does verdict say api stands for") == ({"003"}, "what does api stands for")
    assert BYLINES.named("bgr says ai training without paying could skirt with what?")[1].startswith("ai training")
    assert BYLINES.named("what does exactly verdict say api stands for")[1] == "what does api stands for"
