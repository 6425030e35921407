"""Spans for "what" questions: the words beside the sentence's match of the question's words."""

from __future__ import annotations

import pytest

from qa.spans import wh_span
from qa.text import stems


def span(sentence: str, question: str) -> str | None:
    found = wh_span(sentence, question, set(stems(question)))
    return found.text if found else None


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        # "What <verb> ...?" asks for the subject: what stands before the verb.
        ("The arrival of cheap cable ended the reign of the old networks.", "What ended the reign of the old networks?", "arrival of cheap cable"),
        # "... <preposition> what?" asks for what follows it.
        ("The vaccine protects children against measles, doctors say.", "The vaccine protects children against what?", "measles"),
        # "What did X <verb>?" asks for the object: what follows the verb.
        ("The council approved a new bridge over the river.", "What did the council approve?", "new bridge over the river"),
        # "How did X <verb>?" asks for what follows the verb.
        ("The rebels crossed the river by night on rafts.", "How did the rebels cross the river?", "night on rafts"),
        # "What <noun> did X ...?" asks for the name that the sentence puts after that noun.
        ("Last year the group bought the Dutch brewery Hopwerk; it paid cash.", "What Dutch brewery did the group buy?", "Hopwerk"),
        ('A new font, "Civic Sans", was made for the signs.', "What new font was made for the signs?", "Civic Sans"),
    ],
)
def test_wh_span_takes_the_side_the_question_points_to(sentence: str, question: str, answer: str | None) -> None:
    assert span(sentence, question) == answer


def test_wh_span_needs_a_match_and_a_wh_word() -> None:
    assert span("Birds fly south before the winter.", "What do fish eat?") is None
    assert span("Birds fly south before the winter.", "Birds fly south before when?") is None


def test_a_gap_answer_stops_at_a_verb() -> None:
    from qa.spans import gap_span

    found = gap_span("Rural grids now use cheap solar panels installed by volunteers.", set(stems("What do rural grids use?")))
    assert found is not None and found.text == "cheap solar panels"


def test_where_prefers_a_name_after_a_locative_word() -> None:
    from qa.spans import best_span

    sentence = "When Admiral Sato retired in Kyoto in 1931, Minister Abe replaced him."
    question = "Where did Admiral Sato retire?"
    found = best_span(sentence, "where", set(stems(question)), question)
    assert found is not None and found.text == "Kyoto"


def test_who_prefers_the_name_after_by() -> None:
    from qa.spans import best_span

    sentence = "Queen Mary opened the Rose Hall, which was designed by Anna Berg in 1890."
    question = "Who designed the Rose Hall?"
    found = best_span(sentence, "who", set(stems(question)), question)
    assert found is not None and found.text == "Anna Berg"


def test_when_prefers_a_date_after_a_temporal_word() -> None:
    from qa.spans import best_span

    sentence = "The bridge, built 1921, was closed in 1987."
    question = "When was the bridge closed?"
    found = best_span(sentence, "when", set(stems(question)), question)
    assert found is not None and found.text == "1987"


def test_how_many_prefers_the_number_that_counts_the_asked_thing() -> None:
    from qa.spans import best_span

    sentence = "In 12 towns, 3,400 students joined the strike."
    question = "How many students joined the strike?"
    found = best_span(sentence, "how_many", set(stems(question)), question)
    assert found is not None and found.text == "3,400"
