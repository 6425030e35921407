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
        # a negative question asks what the positive one asks
        ("isn't getty images suing openai?", "is getty images suing openai?"),
        ("so didnt musk quit in 2018", "so did musk quit in 2018"),
        ("won't they pay?", "will they pay?"),
        # "was it X that ...": the one asked of is offered, and who (or when, what) it was is asked
        ("wasnt it google that musk threatened to sue?", "who did musk threaten to sue?"),
        ("it was google musk wanted to sue right?", "who did musk want to sue"),  # told, a guess to confirm
        ("was it in 2018 that musk quit the board?", "when musk quit the board?"),
        ("was it the api that they cut off?", "what they cut off?"),
        # a fragment asking the year or day of a deed
        ("year musk cofounded openai?", "what year did musk cofound openai?"),
        ("the date twitter announced the api change", "what date did twitter announce the api change?"),
        ("year openai was founded", "what year was openai founded?"),
        # someone's words asked: what they said
        ("what were his words exactly?", "what did he say exactly?"),
        ("so what were musk's exact words about microsoft", "so what did musk say about microsoft"),
        # the doer before its auxiliary, as a learner orders a question
        ("when TruthGPT will be released?", "when will TruthGPT be released?"),
        ("why microsoft is dropping twitter", "why is microsoft dropping twitter"),
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
        "is it true that musk quit?",  # whether it is true is asked, of the claim after it
        "is it reported that he quit?",
        "year of the founding",  # no deed
        "date is tbd?",
        "what were the words he used",  # no one's words named before "words"
        "how much money in damages is musk asking for",  # a thing asked of after "how much", no doer
        "how many monthly users does twitter have",
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


def test_a_negative_or_cleft_question_is_answered_as_its_plain_one(pipeline: Pipeline) -> None:
    # "Getty Images is prosecuting Stable Diffusion": the one it sues, however the question is put
    answer = pipeline.ask("isn't getty images suing openai over its training data?")
    assert not answer.abstained and "Stable Diffusion" in answer.answer
    answer = pipeline.ask("wasnt it google that musk threatened to sue?")
    assert answer.answer.startswith("Microsoft."), answer.answer  # the one sued, not "Elon Musk", who sues
    answer = pipeline.ask("it was google musk wanted to sue right?")
    assert not answer.abstained and "sue Microsoft" in answer.answer, answer.answer


def test_the_year_of_a_deed_asked_in_a_fragment_is_the_year_it_was_done(pipeline: Pipeline) -> None:
    # "... Musk was a co-founder before quitting its board in 2018" tells another deed's year
    answer = pipeline.ask("year musk cofounded openai?")
    assert not answer.abstained and answer.answer.startswith("2015")


def test_someones_words_asked_are_what_they_said(pipeline: Pipeline) -> None:
    answer = pipeline.ask("i read musk was angry with microsoft and wrote a tweet... what were his words exactly?")
    assert not answer.abstained and answer.answer.startswith('"They trained illegally using Twitter data. Lawsuit time,"')


def test_a_future_asked_in_a_learners_order_is_refused_as_the_usual_question_is(pipeline: Pipeline) -> None:
    # no article dates TruthGPT's release; "in December" dates what Musk announced
    assert pipeline.ask("when TruthGPT will be released, there is a date already?").abstained
