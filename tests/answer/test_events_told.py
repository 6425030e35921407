"""The event asked must be the one told: a verb's particle ("take over") and a day asked for."""

from __future__ import annotations

from qa.pipeline import Pipeline


def test_a_verb_asked_with_its_particle_is_not_told_by_the_verb_with_another(pipeline: Pipeline) -> None:
    # "Elon Musk, CEO of Tesla and SpaceX, took to Twitter to threaten ...": no taking over
    assert pipeline.ask("when did elon take over twitter, like what month").abstained
    # the verb asked without a particle is still told by it
    answer = pipeline.ask("when did musk take to twitter to threaten microsoft")
    assert not answer.abstained and "April 19" in answer.answer


def test_a_day_asked_in_a_month_is_not_told_by_the_month_alone(pipeline: Pipeline) -> None:
    # "Microsoft's OpenAI announced at the beginning of March ...": no day is named
    assert pipeline.ask("what day in march did openai announce it'd stop using customer data").abstained
    answer = pipeline.ask("what date did musk threaten to sue microsoft")
    assert not answer.abstained and "19 April" in answer.answer


def test_a_thing_of_a_name_asked_about_must_be_told_of(pipeline: Pipeline) -> None:
    # no sentence tells of Microsoft's stock: the tweet that answers "what happened after" is of the name only
    assert pipeline.ask("did microsoft's stock drop after musk's tweet").abstained
    assert pipeline.ask("what happened to microsoft's stock after musk's lawsuit tweet").abstained
    assert pipeline.ask("is it true microsoft stock dipped after elon's lawsuit tweet?").abstained
    # ... but an adverb after the name is no thing of it
    assert not pipeline.ask("is it true microsoft straight up refused to pay the api fees").abstained
    # a thing the sentence tells of is answered
    answer = pipeline.ask("was microsoft's decision to drop twitter explained")
    assert not answer.abstained and "decision" in answer.answer


def test_whether_a_deed_also_goes_for_another_needs_the_deed_in_the_sentence(pipeline: Pipeline) -> None:
    # "... other generative-AI tools like Google's Bard, are trained ...": no threat, whatever the title says
    assert pipeline.ask("did musk also threaten to sue google over bard").abstained
    assert pipeline.ask("did musk threaten to sue google over bard too?").abstained  # "too" typed last
    # the deed told of the other: "Reddit is also now demanding that companies ... must pay for access"
    answer = pipeline.ask("is reddit also demanding payment for its data")
    assert not answer.abstained and "Reddit" in answer.answer
    # "or does it ... too" offers the other way it could be: "Microsoft creates its own large language models
    # (LLMs) and licenses OpenAI's models" answers it
    answer = pipeline.ask("does microsoft just use openai's models or does it make its own llms too")
    assert not answer.abstained and "creates its own large language models" in answer.answer
    # the other named doing something else with it tells whether it does it too: "... Nvidia's AI chip GPUs,
    # which Microsoft is finding an alternative to"
    answer = pipeline.ask("does msft use nvidia's gpus too?")
    assert not answer.abstained and "Microsoft is finding an alternative" in answer.answer
    # "build" is said "creates" there
    answer = pipeline.ask("does microsoft only use openai's models or does it build its own stuff too")
    assert not answer.abstained and "creates its own large language models" in answer.answer


def test_a_light_verb_asked_carries_the_deed_after_it(pipeline: Pipeline) -> None:
    # "going to", "making": the deed is the verb after them ("... it would begin to charge companies ...")
    answer = pipeline.ask("is reddit going to charge ai companies for its data as well")
    assert not answer.abstained and "Reddit" in answer.answer
    answer = pipeline.ask("is reddit also making ai firms pay to use its data")
    assert not answer.abstained and "Reddit" in answer.answer
    # the deed after the light verb is still required: no threat to sue is told of Google
    assert pipeline.ask("is musk also going to sue google over bard").abstained


def test_a_date_asked_is_given_in_figures_where_a_sentence_further_down_gives_it(pipeline: Pipeline) -> None:
    # the best sentence says only "Wednesday" ("Shortly after reports emerged on Wednesday ..."); another dates the
    # threat "on Wednesday (19 April, 2023)" and holds every word asked but "tweet"
    answer = pipeline.ask("what date did musk tweet his lawsuit threat")
    assert not answer.abstained and "19 April" in answer.answer
    assert len(answer.citations) >= 2


def test_since_when_a_state_holds_is_not_told_by_when_it_no_longer_does(pipeline: Pipeline) -> None:
    # "starting on April 25, 2023, Smart Campaigns with Multi-platform will no longer support Twitter": its end
    assert pipeline.ask("since when does smart campaigns support twitter").abstained
    # the end asked is told by it
    answer = pipeline.ask("when will smart campaigns stop supporting twitter")
    assert not answer.abstained and "April 25" in answer.answer


def test_a_date_in_another_clause_of_the_sentence_does_not_date_the_deed_asked(pipeline: Pipeline) -> None:
    # "In 2020, they disagreed over ..., and Musk has also accused Bill Gates of shorting Tesla's stock ..."
    assert pipeline.ask("what year did musk accuse gates of shorting tesla stock?").abstained
    # "... Microsoft invested $10 billion in OpenAI, of which Musk was a co-founder before quitting its board in 2018"
    assert pipeline.ask("what year did microsoft first invest in openai").abstained
    # the clause the date stands in tells the deed asked
    answer = pipeline.ask("what year did they disagree over the pandemic")
    assert not answer.abstained and answer.answer.startswith("2020")
    answer = pipeline.ask("what year did musk quit the openai board")
    assert not answer.abstained and answer.answer.startswith("2018")


def test_a_follow_up_asking_when_takes_the_date_of_the_clause_telling_the_deed(pipeline: Pipeline) -> None:
    # "In an unusual agreement last year, Microsoft invested ..., ... before quitting its board in 2018"
    first = pipeline.ask("how much did microsoft invest in openai")
    told = pipeline.explain("when was that", first.conversation_id).composition
    assert not told.abstained and told.span == "last year"


def test_a_chat_fragment_asking_the_date_of_an_event_no_text_tells_of_is_refused(pipeline: Pipeline) -> None:
    # "... plans to develop his own large language model ..., TruthGPT": nothing is released
    assert pipeline.ask("truthgpt release date?").abstained
    answer = pipeline.ask("openai founding year?")
    assert not answer.abstained and "2015" in answer.answer


def test_how_things_stood_before_a_change_is_not_told_by_what_will_start(pipeline: Pipeline) -> None:
    # "... reports claimed that Twitter would start charging between $42,000 and $210,000 per month ..."
    assert pipeline.ask("how much was microsoft paying twitter for api access before all this?").abstained
    # the charge itself is told
    answer = pipeline.ask("how much is twitter going to charge for api access")
    assert not answer.abstained and "$42,000" in answer.answer
    assert pipeline.ask("how much was microsoft paying twiter for api access before the price change?").abstained
    assert pipeline.ask("how much did twitter make per month from api fees before microsoft left").abstained


def test_when_a_thing_was_first_added_is_not_dated_by_when_it_stops(pipeline: Pipeline) -> None:
    # "Starting on April 25, 2023, Smart Campaigns with Multi-platform will no longer support Twitter":
    # "starting <date>" says a date, no start; "no longer" tells the end
    assert pipeline.ask("when did microsoft first launch smart campaigns with multi-platform").abstained
    assert pipeline.ask("when did microsoft first add twitter to its ad platform").abstained
    stops = pipeline.ask("when does smart campaigns stop supporting twitter")
    assert not stops.abstained and "April 25" in stops.answer
    first = pipeline.ask("what features are twitter users losing in microsoft's tool")
    since = pipeline.ask("starting when?", first.conversation_id)  # "starting when" asks the date said
    assert not since.abstained and "April 25" in since.answer


def test_a_claim_naming_another_target_than_the_sentence_is_answered_no(pipeline: Pipeline) -> None:
    # "... Getty Images is prosecuting Stable Diffusion for allegedly stealing its content ...": sued, not OpenAI
    answer = pipeline.ask("is it true getty images is suing openai over its image generator?")
    assert not answer.abstained and "Stable Diffusion" in answer.answer
    answer = pipeline.ask("did musk threaten to sue google?")
    assert answer.answer.startswith("No.") and "sue Microsoft" in answer.answer
    # the sentence's doer must be the one claimed: Universal Music Group is charging, Getty prosecuting
    assert pipeline.ask("umg sued openai over the music training thing right?").abstained
    # a why-question of the other target is still refused
    assert pipeline.ask("why did musk sue google?").abstained


def test_two_offered_for_who_did_it_are_answered_though_the_corpus_lacks_one(pipeline: Pipeline) -> None:
    # Shutterstock is named nowhere: the question still asks whether Getty is the one
    answer = pipeline.ask("was it getty or shutterstock thats going after stable diffusion, i always mix them up")
    assert not answer.abstained and "Getty Images is prosecuting Stable Diffusion" in answer.answer
    assert pipeline.ask("is shutterstock going after stable diffusion").abstained


def test_a_date_is_told_of_stopping_by_no_longer_doing_it(pipeline: Pipeline) -> None:
    answer = pipeline.ask("twitter api stopped being free when?")
    assert answer.answer.startswith("February.") and "no longer keep its API free" in answer.answer
