"""Yes/no leads and the titles a "what is X?" question names."""

from __future__ import annotations

import pytest

from qa.answer.metadata import titled
from qa.answer.polarity import corrected, kept_on, stopped_for, yes_or_no
from qa.models import Document
from qa.pipeline import Pipeline
from qa.text import stems, words


@pytest.mark.parametrize(
    ("question", "sentence", "lead"),
    [
        ("is scraping examples stable", "This feature is unstable, so you enable it with a flag.", "No."),
        ("is it possible to merge them", "It is impossible to merge doctests that use the same crate.", "No."),
        ("did musk file a lawsuit", "There has been no lawsuit filed.", "No."),
        ("did musk file a lawsuit", "No lawsuits have been filed.", ""),  # the sentence says it itself
        ("did musk accuse microsoft", "Elon Musk accused Microsoft of training its AI on Twitter data.", "Yes."),
        ("will musk sue", "Musk threatened to sue Microsoft.", ""),  # a threat is no yes
        ("did musk threaten to sue", "Musk threatened to sue Microsoft.", "Yes."),  # unless a threat is asked
        # what someone claims is no fact
        ("did microsoft break the law", "Musk accused Microsoft of training its AI illegally.", ""),
        # ... about what it claims, not about what the sentence says before the claim
        ("is getty suing stable diffusion", "Getty Images is suing Stable Diffusion for allegedly stealing.", "Yes."),
        ("is it legal", "It remains to be seen whether the use was legal.", "It is not clear."),
        # A word the sentence holds as it is asked is no opposite: "stable" beside "unstable".
        ("is the api stable", "The stable API replaced an unstable one.", "Yes."),
        # A negation counts before the words asked, in their clause: not in a clause of its own after them.
        ("did microsoft pay for the api", "They've also refused to pay Twitter's API fees.", "No."),
        ("did musk sue microsoft", "Musk sued Microsoft, and firms share data without compensation.", "Yes."),
        # ... nor past a comma: "about to remove Twitter from its ad platform, Twitter CEO Elon Musk fired back ..."
        (
            "was it a wednesday when elon threatened microsoft",
            "On Wednesday Microsoft is about to remove Twitter from its ad platform, Elon Musk fired back with a threat.",
            "Yes.",
        ),
        # ... but a negated verb says no of what stands before it too
        ("does snapvault run on windows", "Windows is not supported yet.", "No."),
        ("does it run on windows", "Windows isn't supported yet.", "No."),
        ("is microsoft still supporting twitter", "Microsoft will be dropping support for Twitter.", "No."),
        # Asked whether something stopped, a sentence saying it no longer goes on says yes.
        ("did openai stop using customer data", "OpenAI will no longer be using customer data.", "Yes."),
        ("will they end up in court", "We'll have to see if they actually end up in court.", "It is not clear."),
        # an antonym says no: "meant for small businesses?" against "for large companies"
        ("is the enterprise tier meant for small businesses", "It encourages businesses to opt for the Enterprise Tier for large companies.", "No."),
        # what is unclear is the other side of "but": the side asked about is said plainly
        ("is asking ai firms to pay unreasonable", "It's unclear if it is illegal, but asking firms to pay is not an unreasonable request.", "No."),
        # a word standing for one asked is negated as it: "no explanation" for "any reason"
        ("did microsoft give any reason for dropping twitter", "The decision came with no explanation.", "No."),
        # what no longer holds did once; a stopping asked after a preposition is no stopping asked
        ("did the api use to be free", "Twitter will no longer keep its API free.", "Yes."),
        # a verb of stopping inside a compound is none: "cutting-edge" stops nothing
        ("do big tech firms develop ai models", "Big tech firms are attempting to develop cutting-edge AI models.", "Yes."),
        # another year than the one asked says no; the same year, yes
        ("did musk quit openai's board in 2019", "Musk was a co-founder before quitting its board in 2018.", "No."),
        ("did musk quit openai's board in 2018", "Musk was a co-founder before quitting its board in 2018.", "Yes."),
        # an antonym of the word asked says no: to stay is not to leave, "stick around" is to stay
        ("did musk stay at openai", "Musk helped to form OpenAI in 2015 (though he left soon after).", "No."),
        ("did elon stick around at openai", "Musk helped to form OpenAI in 2015 (though he left soon after).", "No."),
    ],
)
def test_the_lead_of_a_yes_no_answer(question: str, sentence: str, lead: str) -> None:
    assert yes_or_no(question, sentence) == lead


def test_a_document_named_by_its_title_or_the_question_its_title_asks() -> None:
    docs = {
        "a": Document(id="a", text="x", title="iniconfig: brain-dead simple parsing of ini files"),
        "b": Document(id="b", text="x", title="What is rustdoc?"),
        "c": Document(id="c", text="x", title="h11"),
    }
    assert [titled(s, docs).id for s in ("iniconfig", "rustdoc", "H11")] == ["a", "b", "c"]
    assert titled("parsing", docs) is None


def test_an_identifier_is_one_word() -> None:
    assert words("The no_run attribute") == ["the", "no_run", "attribute"]
    assert stems("what does should_panic do") == stems("should_panic") and len(stems("should_panic")) == 1


def test_a_weekday_and_a_day_of_may_are_values_a_sentence_corrects() -> None:
    assert corrected("did elon post the lawsuit threat on a monday?", "Musk fired back on Wednesday.") == {"monday"}
    assert corrected("microsoft drops twitter on may 1st right?", "It takes effect starting April 25.") == {"may 1st"}
    assert not corrected("may it drop twitter in april?", "It takes effect starting April 25.")  # "may" alone: no month
    assert corrected("is that a yearly price?", "It charges $42,000 per month.") == {"yearly"}  # a rate's period
    assert not corrected("is that monthly?", "It charges $42,000 per month.")


def test_an_amount_typed_without_its_thousands_is_corrected() -> None:
    # "$42" for "$42,000": a thousand times apart, the same figure typed short; not a price of another thing
    assert corrected("api was gonna cost like $42 a month right?", "It would charge between $42,000 and $210,000 per month.") == {"$42"}
    assert not corrected("did musk pay 44 billion?", "It charges $42,000 per month.")


MOVE = (
    "Microsoft's move means that users will be unable to access their Twitter account starting April 25, though as "
    "Mashable points out, firms using Microsoft Advertising will continue to manage content for Facebook and LinkedIn."
)


def test_a_thing_asked_of_as_stopped_that_the_sentence_says_goes_on_is_a_false_premise() -> None:
    assert yes_or_no("did microsoft drop linkedin from its ad platform", MOVE) == "No."
    assert kept_on("why was linkedin dropped from microsoft's ad tool", MOVE)
    assert kept_on("when was facebook removed from the platform", MOVE)
    # the one that stops is named in a clause without "continue"; Microsoft in both
    assert not kept_on("did microsoft remove twitter", MOVE)
    assert not kept_on("did linkedin stay on it", MOVE)  # no stopping asked
    assert not kept_on("when did the war end?", "The War continued until 1945.")  # "until": its end told
    # "advertising" does not name "Microsoft Advertising", which goes on; the name whole does
    assert not kept_on("when does microsoft's removal of twitter from its advertising platform take effect", MOVE)
    assert kept_on("when was microsoft advertising dropped", MOVE)


def test_what_goes_on_is_not_the_one_a_clause_says_stops(pipeline: Pipeline) -> None:
    ceased = "Microsoft's decision to cease supporting Twitter across its advertising tools is set to take effect on April 25."
    assert stopped_for("which networks will the tool keep supporting?", ceased, "Twitter")
    assert not stopped_for("which network will the tool stop supporting?", ceased, "Twitter")  # the stop asked
    assert not stopped_for("which networks does the tool support?", ceased, "Twitter")  # nothing asked to go on
    assert not stopped_for("which networks will it keep supporting?", MOVE, "LinkedIn")  # "will continue to ..."
    for question in ("Which social networks will Microsoft's advertising tool keep supporting?", "which other networks will microsofts tool keep supporting"):
        answer = pipeline.ask(question)
        assert "LinkedIn" in answer.answer and not answer.answer.startswith("Twitter")


def test_whether_it_is_clear_is_answered_by_the_sentence_saying_it_is_unclear(pipeline: Pipeline) -> None:
    # "that what microsoft did": a relative "what" in a yes/no question, no which-question of a thing left unknown
    answer = pipeline.ask("is it clear that what microsoft did was illegal?  the bgr writer seemed unsure")
    assert not answer.abstained and "It's unclear if Microsoft's actions are illegal" in answer.answer
