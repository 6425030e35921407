"""Chat questions whose frame is no word to find ("one of the articles spells it out i think", "apart from
twitter"), whose subject is told before the question ("musk is starting a new ai company, whats it called") or in
an author's bio, and sources the text cites ("which outlet did they cite for ...")."""

from __future__ import annotations

import pytest
from turns import asked

from qa.chat.conversation import leans_on_context
from qa.models import Answer
from qa.pipeline import Pipeline
from qa.question.frames import unframed


def _first_says(answer: Answer, told: str) -> bool:
    """True when the answer is given and its first sentence (up to the first citation) says `told`."""
    return not answer.abstained and told in answer.answer.split("[1]")[0]


@pytest.mark.parametrize(
    "question",
    [
        "whats API stand for, one of the articles spells it out i think",
        "According to the Verdict article, what does the abbreviation API stand for?",
    ],
)
def test_an_expansion_asked_with_words_framing_it_is_given(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert not answer.abstained and answer.answer.startswith("Application Developer Interface"), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "one of the articles says musk is starting a new ai company, whats it called",  # the scene is all it asks of
        "one of these says elon has a new ai company, what's it called",  # "one of these says": a source, no word
    ],
)
def test_a_name_asked_of_a_thing_told_before_the_question(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert _first_says(answer, "X.AI"), answer.answer


def test_apart_from_sets_a_name_aside_and_is_no_word_to_find(pipeline: Pipeline) -> None:
    answer = pipeline.ask("apart from twitter what companies does one of the articles say musk is ceo of")
    assert not answer.abstained and answer.answer.startswith("Tesla and SpaceX"), answer.answer


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Which publication does BGR cite for the report that Reddit is demanding payment for its data?", "Business Insider"),
        ("what outlet did they cite for the microsoft ads news", "Mashable"),  # "reports from ..., including Mashable"
        ("bgr cites which outlet for the reddit thing", "Business Insider"),
        ("bgr source for reddit news?", "Business Insider"),  # "source for": a source cited, no word to find
        ("in the bgr article, where did the reddit info come from", "Business Insider"),  # "come from": a source
    ],
)
def test_a_source_the_text_cites_is_no_article_outlet(pipeline: Pipeline, question: str, source: str) -> None:
    # "cite" is a word of its own, no "site" typed by ear: the outlet asked is one the text credits
    answer = pipeline.ask(question)
    assert _first_says(answer, source) and "Published by" not in answer.answer, answer.answer


def test_the_start_of_an_end_the_scene_told_is_its_date(pipeline: Pipeline) -> None:
    # "when does that start": the dropping's start, which "starting April 25" / "cease supporting" dates
    answer = pipeline.ask("so microsoft is pulling the plug on twitter in its ad tool, but when does that start")
    assert answer.answer.startswith("April 25"), answer.answer


def test_the_thing_a_statement_before_the_question_told_of_named_again_is_what_is_asked(pipeline: Pipeline) -> None:
    # "the company": the new company the statement before the comma told of, as "it" would be
    answer = pipeline.ask("one of the articles says musk is getting into ai with a new company, whats the company called")
    assert "X.AI" in answer.answer.split("[1]")[0], answer.answer


def test_an_outlet_an_aside_credits_with_a_view_names_the_article_asked(pipeline: Pipeline) -> None:
    # "digital trends had some theory": which article, no name the answer must hold
    answer = pipeline.ask("ok so the api fee is supposedly small change for a company as big as microsoft, so why wouldnt they pay? digital trends had some theory")
    assert "principled" in answer.answer.split("[1]")[0] and {c.doc_id for c in answer.citations} == {"000_3eae4d3813b44498"}, answer.answer


def test_the_article_about_a_thing_is_the_one_mentioning_it(pipeline: Pipeline) -> None:
    # "in the article about x.ai": the X.AI piece, whose sentence names the AI company the claims were aimed at
    answer = pipeline.ask("in the article about x.ai, which ai company were the illegal data claims actually aimed at")
    assert "OpenAI" in answer.answer.split("[1]")[0] and {c.doc_id for c in answer.citations} == {"004_d348144b868c9696"}, answer.answer


def test_the_start_of_a_change_the_last_turn_told_is_its_date(pipeline: Pipeline) -> None:
    # "it" is the change the last answer told (Twitter removed from the ad platform); its start is that end's date
    answer = asked(pipeline, "what is microsoft changing about twitter on its ad platform", "so when does it start")
    assert answer.answer.startswith("April 25"), answer.answer


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("digital trends says twitter's api costs how much per month?", "does verdict give the same number?", "$42,000"),
        ("one article says microsoft put $10 billion into openai", "does digital trends give a number too?", "billions of dollars"),
    ],
)
def test_the_same_value_asked_of_another_source(pipeline: Pipeline, first: str, then: str, told: str) -> None:
    # "give the same number" frames the last question's value, asked of the outlet named; it is no word to find
    answer = asked(pipeline, first, then)
    assert _first_says(answer, told), answer.answer


def test_a_source_cited_for_what_the_last_answer_told_is_another_name(pipeline: Pipeline) -> None:
    # "that" is the last answer's news; the outlet credited for it is a name the last answer's sentence lacks
    answer = asked(pipeline, "when did the news come out that microsoft was pulling twitter from its ad platform", "what outlet did the article cite for that?")
    assert _first_says(answer, "Mashable"), answer.answer


@pytest.mark.parametrize("question", ["bgr article date?", "date of the bgr article?"])
def test_an_article_date_asked_in_a_fragment_is_its_publication_date(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert not answer.abstained and answer.answer.startswith("April 19, 2023"), answer.answer


@pytest.mark.parametrize("question", ["lol the digital trends writer lives where now", "the digital trends author is based where"])
def test_where_asked_last_of_a_writer_asks_the_bio(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert not answer.abstained and "(Japan)" in answer.answer, answer.answer


def test_where_he_worked_before_asks_the_bio_which_does_not_say(pipeline: Pipeline) -> None:
    first = pipeline.ask("the BGR writer, Joe something, he has many years in tech they say")
    answer = pipeline.ask("where he worked before BGR, do they say it?", first.conversation_id)
    assert answer.abstained  # the bio tells his years in tech, not where he worked: no sentence about Facebook instead


def test_a_question_sharing_a_word_with_an_authors_bio_asks_the_bio(pipeline: Pipeline) -> None:
    answer = pipeline.ask("so trevor mogg moved from britain to where")
    assert not answer.abstained and "(Japan)" in answer.answer, answer.answer
    assert answer.answer.count("Not so many moons ago") == 1  # the bio is its own short answer, said once
    assert "10 years" in pipeline.ask("how long has joe wituschek been doing tech stuff").answer
    assert pipeline.ask("when did joe wituschek join bgr").abstained  # "BGR" is a name of the bio, no word it tells


def test_he_after_questions_about_an_author_is_the_author(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "Who is Trevor Mogg?", "Which outlet does he write for?", "Where did he move to?")
    assert not answer.abstained and "(Japan)" in answer.answer, answer.answer


def test_members_of_a_named_group_the_text_never_names_are_refused(pipeline: Pipeline) -> None:
    # "Universal Music Group ... any use of its artists' music": the artists are told of, none named
    assert pipeline.ask("Which Universal Music Group artists objected to their music being used for AI training?").abstained


def test_a_role_in_capitals_is_no_name_a_question_stands_on() -> None:
    assert leans_on_context("Who is its CEO?")
    assert not leans_on_context("Is its CEO Satya Nadella?")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # "one article gives an exact figure", "an actual number": which source has it, no word to find
        ("i know ms put money into openai but what's the actual number, one article gives an exact figure", "$10 billion"),
        # the outlets named are searched, no words of the question; "the upper end" asks an end of the range told
        ("one article says twitters api costs as high as 42k, but whats the upper end that digital trends and verdict give", "$210,000"),
        # "does another article say", "does another one give": whether a source tells it, no words of the text
        ("Digital Trends says Musk left OpenAI soon after helping to form it. In what year does another article say he quit its board?", "2018"),
        ("one article just says musk left openai soon after founding it, does another one give an actual year he quit the board", "2018"),
    ],
)
def test_a_value_asked_of_the_statement_before_the_question(pipeline: Pipeline, question: str, value: str) -> None:
    answer = pipeline.ask(question)
    assert _first_says(answer, value), answer.answer


def test_own_as_a_verb_is_a_word_asked() -> None:
    assert "owns" in unframed("how much of openai does microsoft own")
    assert "owns" not in unframed("musk's own ai company?") and "owns" not in unframed("does it have its own model")


@pytest.mark.parametrize(
    "turns",
    [
        ["how much of openai does microsoft own"],  # "invested $10 billion" tells no stake
        ["microsoft put a bunch of money into openai yeah", "so how much of openai does it own then"],
        ["when is truthgpt coming out"],  # "coming out" is a release, which no text dates
        ["musk is building truthgpt right", "when's it coming out"],
        # a stake asked, "Microsoft invested $10 billion in OpenAI" tells none
        ["Microsoft put $10 billion into OpenAI last year?", "what stake did that get them?"],
        ["what stake in openai did microsoft's investment buy?"],
        # "him" is the one the turn before named, set aside: "Musk was a co-founder" names no other
        ["When did Musk help start OpenAI?", "Who else co-founded it with him?"],
        ["who ownz verdict", "who's their ceo"],  # "their": GlobalData, the last answer's name; no CEO of it told
        ["ngl curious what bill gates said back to musk about all this"],  # an opening; no words of Gates told
        ["How old is Trevor Mogg, the author of the Digital Trends article?"],  # the bio tells no age
        ["how old is joe wituschek"],  # "over 10 years" of expertise is no age
        ["where does the bgr writer live"],  # the bio tells no home
        # nor any schooling: a where of "go to university" asks no outlet, and no sentence that "went even further"
        ["who wrote the digital trends article", "where did he go to university?"],
        ["what college did joe wituschek go to"],
        # "In a tweet in February" dates itself, to the month only: "Musk helped to form OpenAI in 2015" is another event
        ["what was the exact date of musks february tweet about openai"],
    ],
)
def test_a_deed_no_text_tells_is_refused(pipeline: Pipeline, turns: list[str]) -> None:
    answer = asked(pipeline, *turns)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("turns", "told"),
    [
        (["who wrote the digital trends article", "where does he live now"], "(Japan)"),  # where an author lives: the bio
        # an author named as the writer of one of the articles: "he" is that author ("doin": a typo of "doing")
        (["wituschek wrote one of the articles, right?", "how long has he been doin tech stuff"], "over 10 years"),
        (["Which country did the author of the Digital Trends article move to?"], "(Japan)"),  # the author, by an outlet
        # "it" is the thing of the last turn, whichever names the turns before it carried
        (["why does musk care about microsoft using twitter data", "isnt he building his own chatbot", "whats it gonna be called"], "TruthGPT"),
    ],
)
def test_a_follow_up_about_the_thing_or_person_just_named(pipeline: Pipeline, turns: list[str], told: str) -> None:
    answer = asked(pipeline, *turns)
    assert _first_says(answer, told), answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("i'm trying to cite the bgr piece for a class thing, who's the author?", "Joe Wituschek"),  # the article named before the ask
        ("the verdict story, what publication is it from lol", "Verdict"),  # a label, then a question pointing back at it
    ],
)
def test_an_article_named_before_the_question_is_the_one_asked_about(pipeline: Pipeline, question: str, told: str) -> None:
    answer = pipeline.ask(question)
    assert answer.answer.startswith(told), answer.answer


def test_a_reason_telling_of_such_an_amount_is_quoted_with_the_amount(pipeline: Pipeline) -> None:
    # "... not keen on paying such a high amount to Twitter": the sentence before it tells the amount
    answer = pipeline.ask("why exactly did microsoft drop twitter")
    assert "$42,000" in answer.answer and "such a high amount" in answer.answer, answer.answer


def test_why_people_think_it_asks_why_it_was_done(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "did microsoft give a reason for dropping twitter", "so why do ppl think they did it")  # "ppl think" frames the why
    assert not answer.abstained and "API" in answer.answer, answer.answer


def test_a_name_in_the_scene_is_the_he_of_the_question(pipeline: Pipeline) -> None:
    answer = pipeline.ask(
        "Besides being the guy who runs Twitter, I know Musk has a bunch of other companies, and I'm curious how the"
        " articles introduce him. Which companies does one article say he is CEO of?"
    )
    assert _first_says(answer, "Tesla and SpaceX"), answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("elon's gpu bet, which company?", "Nvidia"),  # a bet is an investment: "Elon has invested in Nvidia's AI chip GPUs"
        # "which one was it": a pronoun, no word to find
        ("musk had this old tweet saying openai was meant to balance out some other big tech company, which one was it", "Google"),
    ],
)
def test_a_terse_or_rambling_question_names_the_one_asked(pipeline: Pipeline, question: str, name: str) -> None:
    answer = pipeline.ask(question)
    assert _first_says(answer, name), answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # a site credited is a source, not the article's outlet ("which site ... report" asked who published it)
        ("ngl i thought the verge broke this but which site do they credit for the microsoft dropping twitter report", "Mashable"),
        # "bgrs source": the BGR article's, which credits Business Insider
        ("whos bgrs source for the reddit thing", "Business Insider"),
    ],
)
def test_the_source_an_article_credits(pipeline: Pipeline, question: str, told: str) -> None:
    answer = pipeline.ask(question)
    assert answer.answer.startswith(told), answer.answer
