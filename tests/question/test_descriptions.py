"""A thing named by a description the corpus gives it ("the tesla boss") is read as its name."""

from __future__ import annotations

from qa.question.descriptions import Descriptions

TEXTS = {
    "a": "Elon Musk, CEO of Tesla and SpaceX, took to Twitter. Musk is upset about how ChatGPT creator OpenAI has grown.",
    "b": "Twitter CEO Elon Musk fired back. Microsoft co-founder Bill Gates was accused of shorting Tesla's stock.",
    "c": "Acme CEO Ann Lee spoke first; later Acme CEO Bo Chan spoke too.",
}
DESCRIBED = Descriptions(TEXTS)


def test_a_description_the_texts_give_one_name_is_that_name() -> None:
    assert DESCRIBED.read("what year did the tesla boss help start openai?") == "what year did Elon Musk help start openai?"
    assert DESCRIBED.read("what did the twitter chief's tweet say") == "what did Elon Musk's tweet say"
    assert DESCRIBED.read("how does musk describe what the chatgpt maker has become") == "how does musk describe what OpenAI has become"
    assert DESCRIBED.read("what did the microsoft cofounder do") == "what did Bill Gates do"


def test_a_description_asked_of_or_naming_none_or_many_stays() -> None:
    assert DESCRIBED.read("who is the tesla boss") == "who is the tesla boss"  # the one described is the answer
    assert DESCRIBED.read("what's the name of the twitter ceo") == "what's the name of the twitter ceo"
    assert DESCRIBED.read("what did the google boss say") == "what did the google boss say"  # no text describes one
    assert DESCRIBED.read("what did the acme ceo say") == "what did the acme ceo say"  # two are
