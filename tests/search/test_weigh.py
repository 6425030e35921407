"""Sentence weighing: what a sentence holds, and what its article's title holds for it."""

from __future__ import annotations

from collections.abc import Callable

from qa.models import Sentence
from qa.pipeline import Pipeline
from qa.question.query import analyse
from qa.search.retrieve import Evidence, weigh
from qa.search.weights import english_rarity
from qa.text import stems

QUESTION = "What kind of homes is Fresno known for?"


def evidence(text: str, title: str) -> Evidence:
    return Evidence(Sentence(doc_id=title, start=0, end=len(text), text=text), stems(text), title, title, 1.0)


def test_a_name_the_title_holds_counts_as_held_by_each_sentence_of_the_article() -> None:
    query = analyse(QUESTION, None, {s: 1 for s in stems("fresno kind homes known area city")})
    assert query.subjects == {"fresno"}
    weights = {t: 1.0 for t in query.terms}
    implicit = evidence("The area is known for its old homes.", "Fresno")
    explicit = evidence("Fresno is known for its old homes.", "A city in California")
    elsewhere = evidence("The area is known for its old homes.", "Modesto")
    weigh([implicit, explicit, elsewhere], query, weights)
    assert implicit.matched == explicit.matched  # the article is about Fresno: its sentences need not say so
    assert elsewhere.matched < implicit.matched  # another article's sentence lacks the name


def test_a_sentence_opening_with_it_and_a_verb_borrows_half_the_words_of_the_one_before() -> None:
    query = analyse("what port does the server use", None, {s: 1 for s in stems("port server start listen")})
    weights = {t: 1.0 for t in query.terms}
    before = evidence("Start the server with tideline serve.", "API")
    listens = evidence("It listens on port 8642 by default.", "API")
    listens.context = before.stems
    expletive = evidence("It is port 8642 by default.", "API")
    expletive.context = before.stems  # "It is ...", "It's too early ...": an "it" pointing at nothing before
    weigh([listens, expletive], query, weights)
    assert "server" in listens.near and "server" not in expletive.near
    assert listens.matched > expletive.matched


def test_doing_so_early_in_a_sentence_borrows_the_words_of_the_one_before() -> None:
    before = evidence("AI companies should compensate others for using their data for training.", "BGR")
    so = evidence("Arguments can be made that, without doing so, it skirts with copyright infringement.", "BGR")
    late = evidence("Arguments can be made that courts will look at this case and decide whether doing so skirts with the law.", "BGR")
    so.context = late.context = before.stems
    assert "train" in so.near and "train" not in late.near  # "doing so" far into a sentence points at its own words
    # its deed is the sentence's own, wholly: the words it stands for count as the sentence's own do
    query = analyse("not paying for training data skirts with what", None, {s: 1 for s in stems("compensat pay train data skirt")})
    weights = {t: 1.0 for t in query.terms}
    said = evidence("It skirts with copyright infringement, without compensating others for training data.", "BGR")
    weigh([so, said], query, weights)
    assert so.matched == said.matched


def test_a_missing_everyday_word_counts_far_less_than_a_missing_rare_one() -> None:
    # "where did msft even announce this, press release or wat": "press" and "release" are everyday English
    # the text words otherwise ("confirmed on its website"); "sourdough" would be telling
    assert english_rarity("sourdough") == english_rarity("rumour") == 1.0
    assert english_rarity("the") == 0.15 < english_rarity("press") < english_rarity("release") < 0.3 < english_rarity("somewhere") < 1.0


def test_a_chat_question_with_everyday_words_the_text_lacks_is_answered(pipeline: Pipeline) -> None:
    answer = pipeline.ask("where did msft even announce this, press release or wat")
    assert not answer.abstained and "confirmed on its website" in answer.answer


def test_the_sentence_opening_a_list_item_holds_half_the_words_of_the_rest_of_the_item(bot_over: Callable[[dict[str, str]], Pipeline]) -> None:
    page = (
        ".TH XRUN 1\n.SH NAME\nxrun \\- run jobs in parallel\n.SH OPTIONS\n.TP\n.B \\-j jobs\n"
        "Sets the maximum number of jobs that are started in parallel. The default value is the number of online processors.\n"
        ".TP\n.B \\-q\nQuiet.\n"
    )
    bot = bot_over({"xrun.1": page})
    g = bot.gather("whats the default number of parallel jobs xrun uses")
    opening = next(e for e in g.evidence if e.sentence.text.startswith("-j jobs:"))
    assert {"default", "processor"} <= opening.near  # its item's later sentence tells the default
    assert not next(e for e in g.evidence if e.sentence.text.startswith("-q")).rest  # an item of one sentence has none
