"""Question kinds: the question proper inside a message that first sets a scene."""

from __future__ import annotations

import pytest

from qa.question.kinds import classify, split_ask


@pytest.mark.parametrize(
    ("message", "scene", "ask"),
    [
        (
            "digital trends says musk helped found openai in 2015, what year does the other article say he quit",
            "digital trends says musk helped found openai in 2015",
            "what year does the other article say he quit",
        ),
        (
            "bgr says its unclear which products he meant. does any other article say who it was aimed at?",
            "bgr says its unclear which products he meant",
            "does any other article say who it was aimed at?",
        ),
        (
            "the report says 210k a month but what does the other one say it costs?",
            "the report says 210k a month",
            "what does the other one say it costs?",
        ),
        # A clause that constrains the question is part of it, not a scene.
        (
            "Prior to Super Bowl 50, when were the Broncos last there?",
            "",
            "Prior to Super Bowl 50, when were the Broncos last there?",
        ),
        ("Besides the Normans, who else invaded Italy?", "", "Besides the Normans, who else invaded Italy?"),
    ],
)
def test_scene_and_question_proper(message: str, scene: str, ask: str) -> None:
    assert split_ask(message) == (scene, ask)


def test_an_embedded_question_gives_the_kind() -> None:
    assert classify("does any other article say who the accusation was aimed at?").kind == "who"
    assert classify("did the article mention when it happened").kind == "when"
    assert classify("Does the Verdict article mention Reddit?").kind == "yes_no"


def test_a_named_source_framing_an_embedded_question_says_nothing_either() -> None:
    assert classify("does the digital trends piece say how much twitter charges").kind == "how_much"
    assert classify("does the verdict article say when the tweet happened").kind == "when"
    assert classify("does musk say when").kind == "yes_no"  # a person, not a source: a yes/no question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("do you know what a community member would need to teach", "what"),
        ("can you tell me james hutton published his theories in what year", "year"),
        ("tell me when musk tweeted", "when"),
        ("Do you know who founded OpenAI?", "who"),
        ("do you know if musk sued google", "yes_no"),  # "if": still a yes/no question
        ("what for?", "why"),
        ("but what for", "why"),
        ("what is it used for", "what"),
    ],
)
def test_a_polite_frame_is_read_away_and_what_for_asks_why(question: str, kind: str) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who exactly wrote the bgr article", "author"),
        ("when again did musk quit the board", "when"),
        ("how even much does twitter charge", "how_much"),
    ],
)
def test_a_hedge_dropped_into_a_question_does_not_change_its_kind(question: str, kind: str) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("summarize the bgr article", "summary"),
        ("tl;dr", "summary"),
        ("can i get a quick summary", "summary"),
        ("what is the digital trends article about", "summary"),
        ("what are the articles about", "summary"),
        ("What did Lindzen criticize about the Summary for Policymakers?", "what"),  # a name, not a request
        ("what was the lawsuit about", "what"),
    ],
)
def test_a_request_for_a_summary(question: str, kind: str) -> None:
    assert classify(question).kind == kind
