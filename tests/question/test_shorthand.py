"""Chat's short forms are read as the words they stand for."""

from __future__ import annotations

import pytest

from qa.pipeline import Pipeline
from qa.question.shorthand import unshortened


def _nothing_known(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # a lone 2 or 4 between two words stands for "to" or "for" ...
        ("did musk threaten 2 sue microsoft", "did musk threaten to sue microsoft"),
        ("which site is making ai firms pay 4 its data?", "which site is making ai firms pay for its data?"),
        # ... not for a count, a number after a name or after what numbers things, nor one before "of"
        ("who bought the remaining 4 packages?", "who bought the remaining 4 packages?"),
        ("When did the Channel 4 documentary air", "When did the Channel 4 documentary air"),
        ("what is gpt 4 trained on", "what is gpt 4 trained on"),
        ("What did DECnet phase 2 become", "What did DECnet phase 2 become"),
        ("how many yards did he get for his 4 of 4 passes?", "how many yards did he get for his 4 of 4 passes?"),
        ("can i run a job every 4 hours?", "can i run a job every 4 hours?"),
        # "y" asking, "$$" for money, "wk" for week
        ("y did twitter drop it", "why did twitter drop it"),
        ("reddit wants $$ for its data", "reddit wants money for its data"),
        ("what day of the wk was it", "what day of the week was it"),
        ("x and y are two axes", "x and y are two axes"),
        # "there" typed for "their" before a thing owned, not after "is" or "are"
        ("when did bgr publish there article", "when did bgr publish their article"),
        ("is there data on that", "is there data on that"),
        # a letter held for stress is written once (or twice, whichever makes the commoner word); "aaa" is no stress
        ("ccze is sooo slow, whyyy", "ccze is so slow, why"),
        ("is it coming sooon", "is it coming soon"),
        ("an aaa battery", "an aaa battery"),
        ("who did martin luther marrry", "who did martin luther marry"),  # a letter typed once too often
        ("super bowl xxxxiii", "super bowl xxxxiii"),  # a number
    ],
)
def test_chat_short_forms_are_read_as_the_words_they_stand_for(typed: str, read: str) -> None:
    assert unshortened(typed, _nothing_known) == read


def test_an_acronym_spoken_letter_by_letter_is_the_acronym_the_corpus_writes() -> None:
    known = {"api", "ceo", "ai"}.__contains__
    assert unshortened("what does a p i stand for", known) == "what does api stand for"
    assert unshortened("which companies is musk the c e o of", known) == "which companies is musk the ceo of"
    assert unshortened("what did open a i say", known) == "what did open ai say"
    # spelt before chat's one-letter words are read: "b g r" is no "b g are"
    assert unshortened("who wrote the b g r story", {"bgr"}.__contains__) == "who wrote the bgr story"
    # letters the corpus does not write as one word stay letters: "a b test", "i a m"
    assert unshortened("is it an a b test", known) == "is it an a b test"


def test_a_text_speak_question_is_answered_as_the_plain_one(pipeline: Pipeline) -> None:
    assert "Business Insider" in pipeline.ask("which publication reported reddit wants $$ 4 its data").answer
    assert pipeline.ask("what day of the wk did musk threaten 2 sue ms").answer.startswith("Wednesday")
    assert "nonprofit" in pipeline.ask("wat was oai originally set up as acc 2 musk").answer
