"""Outlets and authors named in a question: the source asked, or what the question is about."""

from __future__ import annotations

from qa.pipeline import Pipeline
from qa.question.kinds import classify
from qa.question.meta import Bylines, asks_byline, follow_kind

BYLINES = Bylines({"bgr": ["001"], "verdict": ["003"], "digital trends": ["000"]})


def test_an_outlet_named_as_the_source_narrows_the_search_to_its_article() -> None:
    for question in ("what does bgr say about reddit", "per the verdict piece, what did umg say", "in bgr, who sued?"):
        named, rest = BYLINES.named(question)
        assert named, question
        assert "bgr" not in rest.lower() and "verdict" not in rest.lower()
    assert BYLINES.named("does digital trends mention reddit")[0] == {"000"}
    # what the outlet expects, believes or concludes is its article's too
    assert BYLINES.named("does bgr expect more of these lawsuits down the line")[0] == {"001"}
    assert BYLINES.named("what does verdict conclude about reddit")[0] == {"003"}
    # a keyword fragment opening with the outlet's name asks its article
    assert BYLINES.named("verdict api stands for") == ({"003"}, "api stands for")
    assert BYLINES.named("bgr musk quote")[0] == {"001"}


def test_the_article_that_mentions_a_thing_is_the_one_holding_its_words() -> None:
    texts = {"001": "Musk disagreed with Gates over the COVID-19 pandemic.", "003": "Musk runs Tesla and SpaceX.", "004": "Musk says Gates shorted Tesla."}
    bylines = Bylines({}, {}, texts)
    assert bylines.named("what two companies is musk the ceo of in the article that mentions covid?") == (
        {"001"}, "what two companies is musk the ceo of?"
    )
    assert bylines.named("the piece that talks about gates shorting tesla - how much did they invest?")[0] == {"004"}
    assert bylines.named("according to the piece covering SpaceX, who runs tesla?") == ({"003"}, "who runs tesla?")
    # "also" where a learner puts it: "the one that talks also about ..."
    assert bylines.named("in the one that talks also about covid, who does musk disagree with?")[0] == {"001"}
    # a thing every article or none holds names no article
    assert bylines.named("in the article that mentions musk, who runs tesla")[0] == set()
    assert bylines.named("in the article that mentions nadella, who runs tesla")[0] == set()


def test_an_outlet_the_question_is_about_is_no_source() -> None:
    for question in ("when was bgr founded", "who owns verdict", "is digital trends reliable", "bgr founded when"):
        assert BYLINES.named(question) == (set(), question)


def test_a_saying_verb_after_the_source_named_is_no_word_asked() -> None:
    assert BYLINES.named("what does verdict say api stands for") == ({"003"}, "what does api stands for")
    assert BYLINES.named("bgr says ai training without paying could skirt with what?")[1].startswith("ai training")
    assert BYLINES.named("what does exactly verdict say api stands for")[1] == "what does api stands for"
    assert BYLINES.named("lol what did verdict say api stands for")[1] == "lol what did api stands for"  # after chat's opening too
    # what a source suggests, asked after a few words naming the kind of thing
    asked = "What kind of legal problem does BGR suggest using data without paying could run into?"
    assert BYLINES.named(asked) == ({"001"}, "What kind of legal problem does using data without paying could run into?")
    # "give" is a verb of saying too, after a word naming the value asked
    assert BYLINES.named("what date does verdict give for musks threat") == ({"003"}, "what date does for musks threat")
    # so is describing: the description asked is what the article says of it
    assert BYLINES.named("how does the verdict article describe reddit") == ({"003"}, "how does reddit")
    assert BYLINES.named("verdict's description of reddit?") == ({"003"}, "reddit?")
    assert BYLINES.named("how is reddit described") == (set(), "how is reddit described")  # no source named


def test_another_outlet_asked_after_a_question_naming_one_is_the_source() -> None:
    # "and bgr?" after a question asking what Verdict gives: the same of BGR's article
    named, rest = BYLINES.named("and bgr?", "what date does verdict give for musks threat")
    assert named == {"001"} and "bgr" not in rest
    # with no source named before, an outlet alone says nothing of what is asked of it
    assert BYLINES.named("and bgr?", "when did musk threaten microsoft") == (set(), "and bgr?")


def test_the_source_citing_another_is_the_article_searched() -> None:
    # "which outlet did bgr cite ...": BGR's article says whom it cites ("As reported by Business Insider")
    assert BYLINES.named("which outlet did bgr cite for the reddit data payment thing")[0] == {"001"}


def test_an_elliptical_follow_up_takes_the_kind_asked_before_unless_it_asks_its_own() -> None:
    who = classify("who threatened to sue microsoft over ai training?")
    assert follow_kind(classify("and reddit?"), who).kind == "who"  # the same asked of another
    assert follow_kind(classify("and what about reddit?"), who).kind == "who"
    assert follow_kind(classify("and over what exactly?"), who).kind == "what"  # a what of its own
    when = classify("when was that")
    assert follow_kind(classify("and what exact date did the pause kick in?"), when).kind == "when"  # "and" asks nothing
    assert classify("and what did reddit say it would charge?").kind == "how_much"
    # "whats the top end" after a price asked: the range's highest, an amount
    much = classify("how much are those api fees")
    assert follow_kind(classify("whats the top end"), much).kind == "how_much"
    assert follow_kind(classify("whats the top end"), who).kind == "what"  # no amount asked before it


def test_a_writer_saying_or_thinking_frames_the_question_instead_of_asking_the_byline(pipeline: Pipeline) -> None:
    assert asks_byline(classify("who's the bgr writer"))
    assert not asks_byline(classify("the bgr writer said training ai on data without paying skirts with what?"))
    # "... without doing so, it skirts with copyright infringement": the writer's words, not their name
    answer = pipeline.ask("the bgr writer said training ai on other ppl's data without paying skirts with what?")
    assert "copyright infringement" in answer.answer and "Wituschek" not in answer.answer
    # typed without "does": whether the writer agrees is their view, not their name
    assert not asks_byline(classify("bgr writer agree ai company should pay for data they use for training? yes or no"))
    answer = pipeline.ask("bgr writer agree ai company should pay for data they use for training? yes or no")
    assert "not an unreasonable request" in answer.answer and "Wituschek" not in answer.answer


def test_an_article_named_by_a_name_only_it_writes_is_the_one_searched() -> None:
    bylines = Bylines({"bgr": ["001"]}, {"x.ai": "004", "dmc": "004"})
    assert bylines.named("does the x.ai article think musk's threat is real") == ({"004"}, "does the article think musk's threat is real")
    assert bylines.named("what does the dmc piece say")[0] == {"004"}
    assert bylines.named("where is x.ai based") == (set(), "where is x.ai based")  # the name asked about, no article


def test_a_scene_naming_one_article_and_asking_of_another_narrows_to_none() -> None:
    scene = "digital trends says musk left openai soon after founding it but i think another article gives an actual year"
    named, rest = BYLINES.read(scene, "which year was it")
    assert named == set() and "digital trends" not in rest  # the outlet named is no word to find either
    assert BYLINES.read("digital trends says musk left openai soon after", "which year was it")[0] == {"000"}
