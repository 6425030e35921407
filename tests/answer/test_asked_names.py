"""Names asked for: what a thing is called, and which others of a kind do what is asked."""

from __future__ import annotations

from collections.abc import Callable

from qa.pipeline import Pipeline

BotOver = Callable[[dict[str, str]], Pipeline]

_NEWS = {
    "initech.txt": "Globex threatens to sue Initech over AI training\n\n"
    "Shortly after reports emerged on Tuesday that Initech is about to remove Globex from its ad platform, Globex "
    "CEO Hank Scorpio fired back with the threat of a lawsuit. Initech's decision to cease supporting Globex across "
    "its online advertising tools, Smart Reach, and Multi-post, is set to take effect on May 2. Scorpio helped to "
    "found Initech in 2009 and left soon after. With Scorpio's plan to enter the AI market with his new company "
    "Cypress.AI, he came under the crosshairs of Initech. Hank Scorpio recently confirmed plans to launch his own "
    "chatbot competitor, possibly called TruthBot.\n",
    "globex.txt": "Globex says Initech trained its AI on Globex data\n\n"
    "Arguments can be made that AI firms without doing so skirt copyright infringement, and that AI firms should "
    "make amends for the data they train on. We will have to see if Globex and Initech end up in court, but there "
    "are likely more lawsuits between AI firms and the companies providing the data. As reported by the Daily "
    "Planet, Vandelay is also now demanding that companies looking to use its data pay for access.\n",
}


def test_a_name_asked_is_the_one_given_right_after_a_thing_of_its_kind(bot_over: BotOver) -> None:
    bot = bot_over(_NEWS)
    assert "Smart Reach" in bot.ask("what's the initech ad tool called").answer.split("[1]")[0]
    assert "Smart Reach" in bot.ask("name of the initech ad product dropping globex").answer.split("[1]")[0]
    # "tool name?" at the end; "whats the name of <its> ad tool" read as a who-question still asks the tool's name
    assert bot.ask("initech advertising tool name?").answer.startswith("Smart Reach.")
    assert "Smart Reach" in bot.ask("whats the name of initechs ad tool that globex is getting cut from").answer.split("[1]")[0]
    assert "Cypress.AI" in bot.ask("what is scorpio's new ai company called?").answer.split("[1]")[0]
    # "thing", "stuff": a thing of any kind
    assert "Smart Reach" in bot.ask("what's initech's ad thing thats dropping globex called").answer.split("[1]")[0]


def test_others_of_a_kind_asked_are_named_by_a_sentence_where_one_does_it(bot_over: BotOver, pipeline: Pipeline) -> None:
    # "It's unclear if Microsoft's actions are illegal, ..." ranks first and names the articles' own; Reddit does it
    for question in ("which other companies are making ai firms pay for their data?", "which social site also wants ai cos to pay"):
        assert "Reddit" in pipeline.ask(question).answer.split("[1]")[0], question
    bot = bot_over(_NEWS)
    # the articles' own names (Globex, Initech) are no others; "Vandelay is also now demanding ..." names one
    assert "Vandelay" in bot.ask("which other companies are making ai firms pay for their data?").answer.split("[1]")[0]


def test_others_listed_together_are_the_answer_when_no_sentence_has_one_doing_it(pipeline: Pipeline) -> None:
    # "... firms using Microsoft Advertising will continue to ... manage content for Facebook, Instagram, and LinkedIn"
    for question in ("which other socials still work on msfts ad tool after twitter gets dropped", "which other platforms can still be managed through microsoft's tool"):
        answer = pipeline.ask(question)
        assert answer.answer.startswith("Facebook, Instagram, and LinkedIn. "), answer.answer


def test_a_name_asked_by_its_first_word_and_something_is_the_name_beginning_so(pipeline: Pipeline) -> None:
    answer = pipeline.ask("whats microsofts product thats droping twitter called, smart something?")
    assert not answer.abstained and "Smart Campaigns" in answer.answer
    # the asker's memory confirms the name however few of their words the sentence holds ("ditching", "product")
    answer = pipeline.ask("what's the microsoft ad product that's ditching twitter called, smart something?")
    assert not answer.abstained and "Smart Campaigns" in answer.answer.split("[1]")[0], answer.answer
    from qa.answer.asked_names import hinted
    from qa.question.kinds import Question

    assert hinted(Question("do i need to install something", "yes_no"), [], None) is None  # no name asked
