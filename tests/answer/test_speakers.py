"""Who said it: a question about what someone said wants a sentence in which they say it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qa.answer.speakers import said_by_another
from qa.pipeline import Pipeline
from qa.question.query import analyse

KNOWN = {"linkedin", "microsoft", "said", "say", "tweet", "musk", "openai", "googl", "compani", "continu", "getti", "imag", "stabl", "diffus"}


def _said(question: str, sentence: str) -> bool:
    return said_by_another(question, sentence, analyse(question, None, KNOWN))


def test_a_name_only_inside_what_another_says_is_not_who_said_it() -> None:
    quoted = 'The company said that "other channels such as Facebook and LinkedIn will continue to be available."'
    assert _said("what did linkedin say about this", quoted)
    tweet = 'In a tweet in February, Musk tweeted: "OpenAI was created as a counterweight to Google."'
    assert _said("what did google say about the lawsuit", tweet)
    assert not _said("what did musk say about openai", tweet)  # the speaker stands before a verb of saying


def test_what_someone_said_asked_without_its_auxiliary_is_asked_of_them() -> None:
    tweet = 'In a tweet in February, Musk tweeted: "OpenAI was created as a counterweight to Google."'
    assert _said("what google said about the lawsuit", tweet)
    assert _said("what linkedin say back to musk", tweet)
    assert not _said("what musk said about openai", tweet)
    assert not _said("what is said about openai", tweet)  # no one asked of


def test_the_words_quoted_and_a_role_before_the_verb_name_no_other_speaker() -> None:
    # "the Twitter CEO" may be Musk; "Twitter" inside the quote is what is said, not who says it
    assert not _said("what did musk tweet", '"They trained illegally using Twitter data. Lawsuit time," the Twitter CEO said in a tweet.')
    assert _said("what did musk tweet", '"Lawsuit time," Microsoft said in a tweet.')  # another named


def test_a_pronoun_a_sentence_without_saying_or_another_question_is_left_alone() -> None:
    assert not _said("what did linkedin say", "He said LinkedIn would stay.")  # "he" may be the one asked about
    assert not _said("what did linkedin say", "According to LinkedIn, it will continue.")
    assert not _said("what did linkedin say", 'LinkedIn: "we will continue."')
    assert not _said("what did linkedin think", "LinkedIn will continue to be available.")  # a belief, not words


def test_one_the_corpus_never_names_said_nothing_in_it() -> None:
    assert _said("what did the judge say", "It's too early to say if Musk will sue.")  # "judge": in no sentence
    # the writer of an article is its own voice: every sentence of it is what they say
    assert not _said("does the writer think it is about principle", "Its refusal suggests a principled one.")
    assert not _said("what does the author say about it", "It's too early to say if Musk will sue.")


def test_a_sentence_naming_them_where_no_one_says_anything_does_not_tell_what_they_said() -> None:
    assert _said("what did google say about bard", "Tools like Google's Bard are trained on the internet.")
    assert _said("did linkedin say anything about this", "LinkedIn will continue to be available.")
    assert not _said("did linkedin say anything", "LinkedIn said it will continue.")
    assert not _said("how did the old twitter api work per the verdict piece i think", "Microsoft said the API ...")
    # "too early to say", "his comment": words of saying no one says with
    early = "It's too early to say if Musk will sue Microsoft, but his comment hints at the stakes."
    assert _said("what did microsoft say in response to the lawsuit threat", early)
    assert not _said("what did microsoft say", "Microsoft said it will continue.")
    assert not _said("what did microsoft say", "Microsoft wrote that it will continue.")  # written words too
    # a verb reporting their words: "confirmed", "revealed"
    assert not _said("what did musk say his rival might be called", "Musk recently confirmed that he's making plans to launch a rival.")
    assert not _said("what did google say", "Google revealed it will keep Bard free.")



def test_an_adverb_of_alleging_is_no_one_saying_what_was_asked() -> None:
    # Stable Diffusion said nothing: "allegedly" reports no words of it; asked what it was accused of, it may.
    sentence = "Getty Images is prosecuting Stable Diffusion for allegedly stealing its content."
    assert _said("what did stable diffusion say in response", sentence)
    assert not _said("what did getty images accuse stable diffusion of", sentence)


def test_another_named_speaker_of_a_sentence_without_the_one_asked_did_not_say_it_for_them() -> None:
    # "what law does musk say microsoft broke": Universal Music Group speaks, Musk is not in the sentence
    umg = "Universal Music Group spoke out this week claiming that any use is a violation of copyright law."
    assert _said("what law exactly does musk say microsoft broke", umg)
    # the company the question names may be "the company" in its own sentence; a belief is no words said
    assert not _said("what did microsoft say", "The company said that other channels will continue.")
    assert not _said("what does musk think", "Microsoft's sudden move to claim it is not unreasonable.")


def test_the_name_that_acts_nearest_before_the_verb_of_saying_is_who_says_it() -> None:
    names = {"microsoft", "musk", "twitter", "elon", "keates", "chris"}

    def said(question: str, sentence: str) -> bool:
        return said_by_another(question, sentence, analyse(question, None, KNOWN | names | {"sourc", "die"}), names)

    musk = (
        "After reports that Microsoft is about to remove Twitter from its platform, Twitter CEO Elon Musk fired back, "
        "claiming the giant illegally used Twitter's data."
    )
    assert said("what did microsoft say back to musk", musk)
    assert said("what did microsoft's spokesperson say back to musk", musk)  # a name among the words asked
    # the one asked acts nearest: "Microsoft, the software maker, said ..."
    assert not said("what did microsoft say about it", "Microsoft, the software maker, said it would drop Twitter.")
    # a name after "of" is no doer; nor do words that are no name ("some sources") ask for one
    keates = "Chris Keates, the general secretary of the Union of Women Teachers, said teachers should not be placed on it."
    assert not said("what did chris keates say about teachers", keates)
    assert not said("what do some sources say he died of", "Milutin Tesla died of an illness (some sources say a stroke).")


def test_one_replied_to_is_not_one_replying() -> None:
    from qa.answer.speakers import replied_to_instead

    sentence = "This threat from Elon comes as a reply to Microsoft dropping Twitter from its tool."
    assert replied_to_instead("did microsoft ever respond to the threat", sentence, {"microsoft"})
    assert replied_to_instead("microsoft official reply to threat", sentence, {"microsoft"})
    # the one asked of replying first, or another asked: no such swap
    assert not replied_to_instead("did microsoft respond", "Microsoft said in reply to Musk that ...", {"microsoft", "musk"})
    assert not replied_to_instead("did elon reply to microsoft", sentence, {"elon", "microsoft"})


@pytest.mark.parametrize("question", ["what did musk say", "what exactly did musk say about microsoft", "what did elon tweet"])
def test_what_one_said_is_the_sentence_quoting_their_words(pipeline: Pipeline, question: str) -> None:
    # "It's too early to say if Twitter's CEO will ..." only uses the verb; the quote is theirs by the role
    # another sentence gives them ("Twitter CEO, Elon Musk, threatened ...")
    assert pipeline.ask(question).answer.startswith('"They trained illegally using Twitter data. Lawsuit time,"')


@pytest.mark.parametrize(
    "question",
    [
        "What exactly did Elon Musk write in his tweet threatening Microsoft?",
        "what did musk actually write in the tweet where he went after microsoft",
        "What exactly did Elon Musk tweet when he threatened to sue Microsoft?",
        # asked in a polite frame, without an auxiliary: "what Musk wrote in the tweet"
        "Could you tell me exactly what Musk wrote in the tweet where he threatened to take Microsoft to court?",
    ],
)
def test_the_words_written_are_a_quote_of_theirs_further_down(pipeline: Pipeline, question: str) -> None:
    # the deed's words ("threatening", "went after") lift sentences telling it over the quote: the words
    # themselves asked ("exactly", "write", "tweet") are looked for further down, the quote most articles carry
    answer = pipeline.ask(question)
    assert not answer.abstained and "They trained illegally using Twitter data" in answer.answer.split("[1]")[0], answer.answer
    # a statement asked with "say" is no quote looked for further down
    assert pipeline.ask("what did openai say in march about customer data").answer.startswith("Microsoft's OpenAI announced")


def test_a_quote_by_a_role_another_holds_is_no_word_of_the_one_asked(pipeline: Pipeline) -> None:
    assert pipeline.ask("what did microsoft say in response to musk's lawsuit threat?").abstained


def test_a_response_asked_in_a_fragment_is_asked_of_the_one_named_first() -> None:
    quoted = 'The company said that "other channels such as Facebook and LinkedIn will continue to be available."'
    assert _said("linkedin response to the change", quoted)
    assert _said("openai comment on musk claim?", "In a tweet in February, Musk tweeted: \"OpenAI was created as a counterweight.\"")
    assert not _said("musk reply to openai", "In a tweet in February, Musk tweeted: \"OpenAI was created as a counterweight.\"")


def test_who_acts_after_in_response_to_responds_not_the_one_responded_to() -> None:
    acted = "In response to the announcement, Musk suddenly accused Microsoft of training its AI products illegally."
    assert not _said("what was musk's response to microsoft", acted)
    assert _said("what was microsoft's response to musk", acted)
    assert _said("microsoft response musk threat", "This threat from Musk comes as a reply to Microsoft dropping Twitter.")
    assert not _said("musk response to microsoft", "This threat from Musk comes as a reply to Microsoft dropping Twitter.")


def test_how_one_reacted_asks_what_they_said_or_did_in_response() -> None:
    known = KNOWN | {"bill", "gate", "threaten", "su", "elon", "drop", "repli", "threat", "accus"}

    def said(question: str, sentence: str) -> bool:
        return said_by_another(question, sentence, analyse(question, None, known))

    gates = "Musk has also accused Microsoft co-founder Bill Gates of shorting Tesla's stock."
    assert said("how did bill gates react to musk threatening to sue microsoft?", gates)  # named, no reaction of his
    reply = "This threat from Elon comes as a reply to Microsoft dropping Twitter from its social management tool."
    assert not said("how did musk react to microsoft dropping twitter", reply)  # no one else replies
    assert said("how did microsoft react to it", reply)  # the one replied to


def test_the_exact_words_asked_are_the_sentence_quoting_them(bot_over: Callable[[dict[str, str]], Pipeline]) -> None:
    bot = bot_over(
        {
            "globex.txt": "Scorpio threatens to sue Initech\n\nIt's too early to say if the Globex CEO will follow through on "
            "his threat to sue Initech, but his comment hints at the high stakes of the new wave of AI tools. Shortly "
            "after reports emerged that Initech is about to drop Globex from its ad platform, Hank Scorpio fired back with "
            "the threat of a lawsuit. \"They trained illegally using Globex data. Lawsuit time,\" Scorpio said in a tweet.\n",
        }
    )
    for question in (
        "Could you please tell me the exact words Scorpio said when he threatened Initech?",
        "What was the precise wording of Scorpio's tweet threatening Initech?",
    ):
        assert bot.ask(question).answer.startswith('"They trained illegally using Globex data.'), question


def test_what_one_has_said_asked_in_the_perfect_is_asked_of_them() -> None:
    # "has microsoft responded ...": Microsoft must say something, not be named in what Musk says
    early = "It's too early to say if Twitter's CEO will follow through on his threat to sue Microsoft."
    assert _said("has microsoft responded to musk's threat yet, and what did they say?", early)
    assert _said("what has linkedin said about this", 'The company said that "LinkedIn will continue to be available."')
    assert not _said("what has musk tweeted about openai", 'In a tweet in February, Musk tweeted: "OpenAI was created as a counterweight."')


def test_words_asked_follow_the_sentence_telling_the_deed(pipeline: Pipeline) -> None:
    # "... Musk fired back with the threat of a lawsuit, ..." tells of the tweet; the next sentence quotes it
    answer = pipeline.ask("what were musk's exact words in that tweet, the short punchy bit at the end?")
    assert not answer.abstained and "Lawsuit time" in answer.answer
