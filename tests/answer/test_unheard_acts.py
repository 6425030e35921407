"""A deed no text tells is no deed the corpus can date or explain ("why did microsoft buy reddit?"), and a
thing named before its noun ("a SIGUSR1 signal") is named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qa.pipeline import Pipeline

BotOver = Callable[[dict[str, str]], Pipeline]


@pytest.mark.parametrize("question", ["why did microsoft buy reddit?", "so why did getty sell openai"])
def test_why_a_deed_no_text_tells_was_done_is_refused(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).abstained


def test_why_a_deed_the_text_tells_was_done_is_still_answered(pipeline: Pipeline) -> None:
    answer = pipeline.ask("why did microsoft drop twitter?")
    assert not answer.abstained and "API" in answer.answer


def test_a_thing_named_before_its_noun_answers_which_one(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.txt": "Tunnelkeeper\n\nTunnelkeeper watches a tunnel and restarts it when it stalls. If tunnelkeeper "
            "receives a SIGUSR2 signal, it kills the child process and starts a new one. Logs go to syslog by default.\n"
        }
    )
    answer = bot.ask("which signal do i send tunnelkeeper to make it restart the child")
    assert not answer.abstained and "SIGUSR2" in answer.answer


@pytest.mark.parametrize(
    "question", ["Which exact law did Microsoft break, according to Musk's lawyers?", "which law firm is twitter using for its case against microsoft?"]
)
def test_a_question_naming_two_is_not_answered_by_a_sentence_about_others(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).abstained  # "Universal Music Group spoke out ... a violation of copyright law"



def test_a_first_name_asked_is_the_doer_its_full_name_tells(pipeline: Pipeline) -> None:
    # "Musk helped to form OpenAI in 2015": the doer asked as "elon" is Musk, no other subject
    answer = pipeline.ask("when did elon help start openai")
    assert not answer.abstained and answer.answer.startswith("2015.")


@pytest.mark.parametrize("question", ["apple's statement on musk's threat?", "what was amazon's reaction to the lawsuit threat"])
def test_a_thing_of_an_owner_no_text_names_is_refused(pipeline: Pipeline, question: str) -> None:
    # No article names Apple or Amazon: the statement on the threat quoted would be someone else's.
    assert pipeline.ask(question).abstained


def test_a_thing_of_an_owner_the_text_names_is_still_answered(pipeline: Pipeline) -> None:
    answer = pipeline.ask("microsoft's reason for dropping twitter?")
    assert not answer.abstained and "API" in answer.answer


def test_a_value_asked_of_a_setting_is_a_bare_number(bot_over: BotOver) -> None:
    # "what min_dev value ...": a setting's value is a number with no unit or currency.
    bot = bot_over(
        {
            "tuning.txt": "Tuning the filter\n\nThe filter scores each message against its word lists. A good starting "
            "point is a ROBX of 0.52 and a MIN_DEV of 0.35 for a new database. Larger databases need no change.\n"
        }
    )
    answer = bot.ask("what min_dev value should i start with for a new database")
    assert not answer.abstained and "0.35" in answer.answer


def test_a_thing_asked_after_a_dash_that_no_text_names_is_refused(pipeline: Pipeline) -> None:
    # "- outcome?": no article tells an outcome of anything, let alone of a lawsuit never filed.
    assert pipeline.ask("bill gates lawsuit against musk over the weight jokes - outcome?").abstained
    assert not pipeline.ask("musk's threat to sue microsoft - reason?").abstained


def test_why_one_did_a_deed_a_sentence_tells_of_another_is_refused(pipeline: Pipeline) -> None:
    # "Getty Images is prosecuting Stable Diffusion": prosecuting stands for suing, but Getty does it, not Reddit.
    assert pipeline.ask("why did reddit sue microsoft over ai training data?").abstained
    # typed without its auxiliary, the verb in the past
    assert pipeline.ask("I'd like to know why Universal Music Group sued Microsoft over its AI models?").abstained
    assert not pipeline.ask("why did getty sue stable diffusion").abstained
    # a name of several words typed in lower case, one of them a word the corpus writes in lower case too ("music")
    assert pipeline.ask("why did universal music group sue microsoft?").abstained
    assert not pipeline.ask("why did universal music group charge businesses for data").abstained


@pytest.mark.parametrize("question", ["why did the judge toss musks lawsuit", "what did the regulator rule about it"])
def test_a_doer_no_text_names_before_a_word_that_names_nothing_is_refused(pipeline: Pipeline, question: str) -> None:
    # "the judge toss": "toss" may be a slip of "boss", but it names no one the judge would classify
    assert pipeline.ask(question).abstained


@pytest.mark.parametrize(
    "question", ["is it true tim cook publicly backed musk's lawsuit threat?", "Is it true Twitter banned ChatGPT in March, why it did that?"]
)
def test_a_claim_asked_to_confirm_by_a_doer_or_of_a_deed_no_text_names_is_refused(pipeline: Pipeline, question: str) -> None:
    # "is it true X did Y": X is the doer, as in "did X do Y"; no article names Tim Cook, nor bans anything
    assert pipeline.ask(question).abstained


def test_off_topic_chat_with_a_slip_after_the_article_is_refused(pipeline: Pipeline) -> None:
    # "the wether" is no "the whether": read as "whether", the word would vanish and "like" answer alone
    assert pipeline.ask("whats the wether like in seattle rn").abstained


@pytest.mark.parametrize(
    "question", ["why did microsoft sue twitter over the api fees", "why did Microsoft decide to sue Twitter over the API fees"]
)
def test_why_one_did_to_another_what_the_document_tells_the_other_way_round_is_refused(pipeline: Pipeline, question: str) -> None:
    # the sentence found tells the fees, not a suit; its article has Musk (Twitter) threaten to sue Microsoft
    assert pipeline.ask(question).abstained


def test_why_one_did_to_another_what_the_documents_tell_that_way_is_still_answered(pipeline: Pipeline) -> None:
    assert not pipeline.ask("why did musk threaten to sue microsoft over the twitter data").abstained


@pytest.mark.parametrize("question", ["how much money is musk asking microsoft for in damages", "How much money Musk is want from Microsoft as damages?"])
def test_an_amount_asked_as_a_thing_no_text_names_is_refused(pipeline: Pipeline, question: str) -> None:
    # no article speaks of damages: the API's price is no sum claimed from Microsoft
    assert pipeline.ask(question).abstained
    assert not pipeline.ask("how much does twitter charge for the api in total").abstained


def test_a_follow_up_asking_what_a_doer_no_text_names_said_is_refused(pipeline: Pipeline) -> None:
    first = pipeline.ask("what did universal music group say")
    assert pipeline.ask("and what did sony say?", first.conversation_id).abstained


def test_a_fragment_asking_two_things_one_no_text_names_is_refused(pipeline: Pipeline) -> None:
    # "headcount": no article counts x.ai's staff; its founding date is not given either
    assert pipeline.ask("x.ai founding date and headcount").abstained


def test_an_amount_asked_as_a_thing_no_text_names_is_refused_with_a_tail_after_it(pipeline: Pipeline) -> None:
    assert pipeline.ask("how much money is musk asking for in damages from microsoft?").abstained


def test_why_a_deed_was_done_needs_a_sentence_telling_that_deed(pipeline: Pipeline) -> None:
    # "ChatGPT, as well as other generative-AI tools like Google's Bard, are trained ...": Google and Bard, no suing
    # (the article's title threatens to sue Microsoft: a title's words tell no deed of the sentence)
    assert pipeline.ask("why did musk sue google over bard").abstained
    assert pipeline.ask("why musk sued google over bard").abstained
    # the deed told: answered, as when a verb only carries it ("decide to drop", "might have dropped")
    assert not pipeline.ask("Why did Microsoft decide to drop Twitter from its advertising platform?").abstained
    assert not pipeline.ask("Why might Microsoft have dropped Twitter?").abstained
