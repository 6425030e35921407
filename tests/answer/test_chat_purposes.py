"""Chat messages carrying what is no part of the question: where the asker met the news ("saw ... on reddit
earlier"), what they need the answer for ("... i need it for my report"), what a friend claims, a guess of the
day offered after it, "i think i read" before a claim, "it is true?" after one."""

from __future__ import annotations

import pytest
from turns import asked

from qa.pipeline import Pipeline
from qa.question.asides import unsaid
from qa.question.frames import unframed


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("saw musk is suing microsoft on reddit earlier. whats up", "saw musk is suing microsoft. whats up"),
        ("when did he quit? i need the exact date for my report pls", "when did he quit?"),
        ("how much did they invest? for context in my report", "how much did they invest?"),
        ("quick q for my report: who wrote it?", "quick q: who wrote it?"),
        ("so musk co-founded openai? my friend says he had nothing to do with it", "so musk co-founded openai?"),
        ("how much did they invest? someone told me 13 billion", "how much did they invest?"),
        # a report the question asks of stays
        ("what does it say in the report?", "what does it say in the report?"),
        ("which outlet do they cite for the report that microsoft left", "which outlet do they cite for the report that microsoft left"),
        ("musk is suing microsoft in court today?", "musk is suing microsoft in court today?"),
    ],
)
def test_where_the_asker_met_the_news_and_what_they_need_it_for_are_left_out(message: str, left: str) -> None:
    assert unsaid(message) == left


def test_a_follow_up_after_news_met_on_a_site_asks_of_the_news_not_the_site(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "saw musk is threatening to sue microsoft on reddit earlier. whats going on?", "wait when was that")
    assert not answer.abstained and "19 April" in answer.answer.split("[1]")[0], answer.answer


def test_words_asked_with_the_askers_purpose_are_what_he_said(pipeline: Pipeline) -> None:
    answer = pipeline.ask("what words exactly musk has wrote in his tweet? i want to quote it correct in the report")
    assert not answer.abstained and "Lawsuit time" in answer.answer.split("[1]")[0], answer.answer


def test_a_day_of_the_week_guessed_after_the_question_may_be_its_answer(pipeline: Pipeline) -> None:
    answer = pipeline.ask("ok so what day did musk do the lawsuit tweet, was it wednesday")
    assert answer.answer.startswith("Wednesday (19 April, 2023)."), answer.answer


def test_whether_it_is_confirmed_or_only_a_threat_is_told_by_no_lawsuit_filed(pipeline: Pipeline) -> None:
    answer = pipeline.ask("is it confirmed that musk really filed the lawsuit already, or it is only a threat still?")
    assert not answer.abstained and "no lawsuits have been filed" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("i think i read musk has his own ai company now?", "musk has his own ai company now?"),
        ("i read musk is starting a new AI company, it is true?", "musk is starting a new AI company ?"),
        ("musk is starting a new AI company, is it true?", "musk is starting a new AI company ?"),
        ("i think musk quit", "musk quit"),
    ],
)
def test_hearsay_after_i_think_and_whether_it_is_true_frame_the_claim(question: str, kept: str) -> None:
    assert " ".join(unframed(question).split()) == kept


def test_a_follow_up_after_a_friends_counterclaim_carries_the_question_not_the_claim(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "so musk co-founded openai? my friend says he had nothing to do with it", "when was that again?")
    assert answer.answer.startswith("2015."), answer.answer


def test_at_some_point_is_no_word_to_find(pipeline: Pipeline) -> None:
    answer = pipeline.ask("i think i read musk cut openai off from twitter data at some point? when was that")
    assert not answer.abstained and "December" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "message",
    ["verdict article mentions a parent company at the bottom. whats it called", "verdict mentions a parent company. whats it called"],
)
def test_the_name_of_a_thing_a_source_mentions_is_asked_of_that_source(pipeline: Pipeline, message: str) -> None:
    assert pipeline.ask(message).answer.startswith("GlobalData."), message
