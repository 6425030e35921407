"""What a person heads: "what companies is musk ceo of besides twitter", "what else does he run"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qa.pipeline import Pipeline
from qa.question.holdings import asks_holdings


@pytest.mark.parametrize(
    ("question", "person", "besides"),
    [
        ("besides twitter what companies is musk ceo of", "musk", ("twitter",)),
        ("what other companies does musk run besides twitter, like which ones", "musk", ("twitter",)),
        ("what else does he run?", "", ()),
        ("one article calls musk ceo of two other companies besides twitter, which ones", "calls musk", ("twitter",)),
        ("what companies is elon musk the ceo of", "elon musk", ()),
        ("Which companies are Musk's companies besides Twitter?", "Musk", ("Twitter",)),
        ("what are musk's other companies", "musk", ()),
        # how the text tells it, between the person and the head
        ("what companies is musk listed as ceo of besides twitter", "musk", ("twitter",)),
        ("besides twitter, which companies does one article say musk is ceo of?", "musk", ("twitter",)),
        ("wait musk is ceo of what else besides twitter?", "wait musk", ("twitter",)),
        ("musk is ceo of which companies", "musk", ()),
        ("musk is ceo of what besides twitter lol", "musk", ("twitter",)),
        # an imperative naming the companies, a fragment setting one aside
        ("name the companies musk is ceo of besides twitter", "musk", ("twitter",)),
        ("musk ceo besides twiter", "musk", ("twiter",)),
        # how many, counted before the kind
        ("Besides Twitter, which two companies is Musk described as running?", "Musk", ("Twitter",)),
        # a set-aside before a statement-shaped question; "what is X ceo of" with or without one
        ("besides twitter musk is ceo of what", "musk", ("twitter",)),
        ("besides twitter what is musk ceo of", "musk", ("twitter",)),
        ("what is musk ceo of", "musk", ()),
        # what an article says he runs; "some other companies" a statement names
        ("what companies does it say musk runs", "musk", ()),
        ("one article calls musk ceo of some other companies not just twitter, which ones", "calls musk", ()),
    ],
)
def test_questions_asking_what_someone_heads(question: str, person: str, besides: tuple[str, ...]) -> None:
    asked = asks_holdings(question)
    assert asked is not None and (asked.person, asked.besides) == (person, besides)


@pytest.mark.parametrize(
    "question",
    [
        "who runs twitter",
        "what company did musk threaten to sue",
        "which companies are charging for data",
        "what is musk's company called",  # one company, maybe a new one: not what he heads
    ],
)
def test_other_questions_ask_no_holdings(question: str) -> None:
    assert asks_holdings(question) is None


def test_the_other_companies_a_person_heads_come_from_a_passage_the_question_hardly_ranks(pipeline: Pipeline) -> None:
    # Every article calls Musk "Twitter CEO"; one sentence, once, calls him "CEO of Tesla and SpaceX".
    answer = pipeline.ask("besides twitter what companies is musk ceo of")
    assert answer.answer.startswith("Tesla and SpaceX. ")
    assert "CEO of Tesla and SpaceX" in answer.citations[0].text
    # a follow-up: "he" is the one the conversation is about; the company it named is left out
    first = pipeline.ask("who is the ceo of twitter")
    answer = pipeline.ask("what other companies does he run", first.conversation_id)
    assert answer.answer.startswith("Tesla and SpaceX. ")
    # a statement telling he heads others, then which: the whole message asks it
    answer = pipeline.ask("maybe I am wrong but one article say Musk is CEO of other companies too, not only Twitter, which companies it is naming there?")
    assert answer.answer.startswith("Tesla and SpaceX. "), answer.answer
    for question in ("name the companies musk is ceo of besides twitter", "musk ceo besides twiter"):
        assert pipeline.ask(question).answer.startswith("Tesla and SpaceX. ")


def test_holdings_over_another_corpus(bot_over: Callable[[dict[str, str]], Pipeline]) -> None:
    story = " ".join(f"Acme CEO Jane Roe spoke about the merger on day {n}." for n in range(1, 6))
    bot = bot_over(
        {
            "merger.txt": f"{story}\n\nJane Roe, who also runs Globex, said the deal would close in May.\n\n"
            "Initech chairman John Doe declined to comment.\n"
        }
    )
    answer = bot.ask("what other companies does jane roe run besides acme")
    assert answer.answer.startswith("Globex. ")
    assert "Initech" not in answer.answer.split(".")[0]
