"""A statement ending in its question word is read in the usual order."""

from __future__ import annotations

import pytest

from qa.pipeline import Pipeline
from qa.question.echoes import echoed


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("musk bought openai for how much?", "how much did musk buy openai for?"),
        ("bill gates responded to the shorting claim how?", "how did bill gates respond to the shorting claim?"),
        ("microsoft dropped twitter why?", "why did microsoft drop twitter?"),
        ("so google is dropping twitter from its ad platform too, starting when?", "when is google dropping twitter from its ad platform too?"),
        # a name asked as other languages ask it: "how is it called" is what it is called
        ("how it is called", "what is it called"),
        ("so how is that named?", "so what is that named?"),
        ("how its called", "what is it called"),
    ],
)
def test_a_statement_ending_in_its_question_word_is_read_as_the_question(question: str, read: str) -> None:
    assert echoed(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "bgr piece posted when",  # a thing done to, asked in a fragment
        "In 1870 Tesla moved to Karlovac why?",  # no doer opens it
        "how did it go?",  # asked in the usual order already
        "how is it going",  # a manner asked
        "reddit is changing its api because...?",
    ],
)
def test_other_questions_are_left_as_typed(question: str) -> None:
    assert echoed(question) == question


def test_an_echoed_claim_the_articles_contradict_is_refused(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI": Musk bought nothing, so no sum answers it
    assert pipeline.ask("musk bought openai for how much?").abstained
    assert pipeline.ask("bill gates responded to the shorting claim how?").abstained  # no text has gates respond


def test_how_it_is_called_after_a_turn_asks_its_name(pipeline: Pipeline) -> None:
    conversation = pipeline.ask("musk want to make own chatgpt rival right").conversation_id
    answer = pipeline.ask("how it is called", conversation)
    assert not answer.abstained and "TruthGPT" in answer.answer
