"""Who holds a role: the sentence must name the role the question asks about."""

from __future__ import annotations

from qa.answer.roles import role_missing
from qa.pipeline import Pipeline


def test_a_sentence_without_the_role_does_not_tell_who_holds_it() -> None:
    assert role_missing("who's the ceo of openai", "Big tech firms develop models such as OpenAI's GPT.")
    assert role_missing("Who is the CEO of Microsoft?", "Data owners are trying to halt Microsoft.")  # owning is no title
    assert role_missing("what is the name of the reddit ceo", "Reddit is also now demanding payment.")
    # asked with a possessive, as typed in chat or not
    assert role_missing("what's the name of reddit's ceo", "Reddit is also now demanding payment.")
    assert role_missing("whos reddits ceo", "Reddit is also now demanding payment.")
    assert role_missing("who is reddit ceo", "Reddit is also now demanding payment.")  # "reddits ceo again", as read
    assert role_missing("who is reddits ceo again", "Reddit is also now demanding payment.")
    assert role_missing("whos microsofts ceo in all this", "Twitter CEO, Elon Musk, threatened to sue Microsoft.", {"microsoft", "twitter"})  # said after
    # a name of several words owns it too ("universal music group's ceo")
    assert role_missing("who is universal music group's ceo", "Companies like Reddit and Universal Music Group are charging businesses.")
    # what the holder said, the holder named by a pronoun ("its spokesperson"): the role must be told
    assert role_missing("What exactly did its spokesperson say?", "It's too early to say if Twitter's CEO will follow through.")


def test_the_role_in_another_form_or_title_answers() -> None:
    assert not role_missing("who is the ceo of twitter", "Twitter boss Elon Musk threatened to sue.")
    assert not role_missing("Who was the inventor of the engine?", "Thomas Newcomen invented the engine.")
    assert not role_missing("who's the ceo of tesla", "Elon Musk, CEO of Tesla and SpaceX, took to Twitter.")
    assert not role_missing("who is twitter's boss", "Twitter CEO Elon Musk threatened to sue.")
    assert not role_missing("who is twitter ceo", "Twitter CEO Elon Musk threatened to sue.")
    # a founder told as a co-founder
    assert not role_missing("who is openai founder", "Microsoft invested in OpenAI, of which Musk was a co-founder before quitting.")


def test_the_name_of_a_role_held_at_a_company_asked_without_a_possessive_needs_that_companys_role() -> None:
    sentence = "Twitter CEO, Elon Musk, threatened to sue Microsoft."
    assert role_missing("what is the name of microsoft CEO?", sentence, {"microsoft", "twitter"})
    assert not role_missing("what is the name of twitter CEO?", sentence, {"microsoft", "twitter"})
    assert not role_missing("what did his spokesperson say", "A Microsoft spokesperson declined to comment.")


def test_other_questions_are_left_alone() -> None:
    assert not role_missing("who is suing stable diffusion", "Getty Images is prosecuting Stable Diffusion.")
    assert not role_missing("what is the ceo of openai called", "OpenAI's GPT.")
    assert not role_missing("What is the name of the mystical type of Islam?", "The tradition of Sufism ...")
    # a thing's name: a sentence names a feature, a tool, a product without the word ("Smart Campaigns ... will no longer ...")
    assert not role_missing("What is the name of the Microsoft feature that will no longer support Twitter?", "Smart Campaigns will no longer support Twitter.")
    assert not role_missing("whats the name of the microsoft tool", "Microsoft's Digital Marketing Center (DMC) drops it.")


def test_a_role_a_sentence_gives_another_name_does_not_tell_who_holds_it() -> None:
    # "Twitter CEO, Elon Musk" is Twitter's CEO, not Microsoft's
    assert role_missing("who is the current CEO of Microsoft", "Twitter CEO, Elon Musk, threatened to sue Microsoft.")
    # the owner asked beside the role, or the role's own words before it ("General Manager"), are no other name
    assert not role_missing("who is the ceo of twitter", "Twitter CEO, Elon Musk, threatened to sue Microsoft.")
    assert not role_missing("Who is the General Manager for the Broncos?", "Broncos General Manager John Elway spoke.")
    assert not role_missing("Who is the quarterback for the Panthers?", "The Panthers' quarterback Cam Newton threw.")
    # asked for by name, as typed in chat ("whats microsoft's ceo's name again")
    assert role_missing("whats microsoft's ceo's name again", "Twitter CEO, Elon Musk, threatened to sue Microsoft.", {"microsoft"})
    assert not role_missing("whats twitter's ceo's name again", "Twitter CEO, Elon Musk, threatened to sue Microsoft.", {"twitter"})


def test_a_role_of_a_name_asked_before_a_clause_must_be_that_names() -> None:
    proper = {"microsoft", "twitter", "reddit"}
    musk = "Twitter CEO Elon Musk fired back at Microsoft."
    assert role_missing("who's the microsoft ceo that made the call to drop twitter", musk, proper)
    assert role_missing("who is microsoft's ceo that responded to musk's tweet", musk, proper)
    assert role_missing("whats the name of the microsoft exec who confirmed it", "Microsoft confirmed it on its website.", proper)
    assert not role_missing("who's the twitter ceo that threatened microsoft", musk, proper)
    # no one's role named before the clause: the deed may tell who ("Bruno Mars performed ...")
    assert not role_missing("Who was the male singer who performed as a guest?", "Bruno Mars performed as a guest.", proper)
    assert not role_missing("who is the new ceo that took over", "Linda Yaccarino took over from Musk.", proper)
    # the role asked before a comma and more words
    assert role_missing("who is microsoft's ceo, the guy musk is going to war with", musk, proper)
    assert not role_missing("who is twitter's ceo, the guy who threatened microsoft", musk, proper)


def test_which_holder_of_a_role_needs_the_role_in_the_sentence() -> None:
    proper = {"microsoft", "twitter"}
    court = "We'll have to see if Twitter and Microsoft actually end up in court."
    assert role_missing("which judge threw out musks lawsuit against microsoft", court, proper)
    # "law firm": a firm of law, which a sentence naming a company names none of
    assert role_missing("which law firm is representing twitter", "Musk has chosen his next company to go to war with.", proper)
    assert not role_missing("which law firm is representing twitter", "Twitter hired the law firm Quinn Emanuel.", proper)
    # a CEO is an executive; another's is not the one asked
    musk = "Twitter CEO Elon Musk fired back at Microsoft."
    assert not role_missing("which twitter exec threatened microsoft", musk, proper)
    assert role_missing("which microsoft exec announced the removal", musk, proper)


def test_what_the_holder_of_a_role_did_needs_the_role_in_the_sentence() -> None:
    assert role_missing("what did reddit's ceo say about charging ai companies", "Reddit spoke out claiming it would charge.")
    assert not role_missing("what did twitter's ceo say", "Twitter CEO Elon Musk said it was illegal.")
    assert not role_missing("what did microsoft's boss say", "Microsoft's chief executive said nothing.")


def test_a_person_asked_for_by_role_needs_a_full_name_not_in_the_question() -> None:
    reports = "This came after reports from various publications, including Mashable, claimed Microsoft would drop Twitter."
    assert role_missing("which mashable reporter broke the microsoft-dropping-twitter story", reports)
    assert role_missing("whats the name of the business insider reporter who broke the reddit story", "As reported by Business Insider, Reddit wants pay.")
    assert role_missing("who at mashable broke the story, whats the reporter's name", reports)
    assert not role_missing("which mashable reporter broke the story", "Mashable reporter Matt Binder first reported the change.")
    # a view of the reporter's is no person asked for
    assert not role_missing("what did the reporter say about it", reports)


def test_a_person_asked_by_role_anywhere_in_the_question_must_be_named() -> None:
    mashable = "This came after reports from various publications, including Mashable, claimed that Microsoft would act."
    assert role_missing("who is the mashable reporter that broke the microsoft news", mashable)
    assert role_missing("name the mashable reporter who broke the story", mashable)
    # a polite lead read away leaves "the name of ...": still the role asked
    assert role_missing("the name of Reddit's CEO, who announced the data charges?", "Reddit would begin to charge.", {"reddit"})
    assert not role_missing("name the reporter who broke the story", "Mashable reporter Jane Smith broke the story.")
    # "who at UMG said that": a person at the company, which the company's name is not
    umg = 'Universal Music Group spoke out this week claiming that any use of its artists' + "'" + ' music would be "a breach".'
    assert role_missing("Who at UMG said that?", umg)
    assert not role_missing("who at microsoft confirmed it", "Microsoft spokesperson Frank Shaw confirmed it.")
    assert not role_missing("who is musk's lawyer in the lawsuit", "Musk's lawyer Alex Spiro said it was false.")


def test_an_owners_person_asked_with_what_it_is_for_must_be_named(pipeline: Pipeline) -> None:
    # "musks lawyer for the microsoft lawsuit": not Musk, Twitter nor Microsoft of "end up in court over Musk's claim"
    assert pipeline.ask("whos musks lawyer for the microsoft lawsuit").abstained

def test_an_editor_a_program_opens_is_no_person() -> None:
    told = "CALCURSE_EDITOR, VISUAL, EDITOR: Specifies the external editor to use for writing notes."
    assert not role_missing("i never set $EDITOR, so what editor will calcurse open when i write a note", told)
    assert role_missing("which editor at verdict wrote the piece", "Verdict covered the lawsuit threat.")


def test_two_words_of_a_longer_name_are_no_person() -> None:
    # "Universal Music Group spoke out ...": no exec of theirs is named, "Music Group" is no first and last name
    assert role_missing("who said that, which exec?", "Universal Music Group spoke out this week claiming ...")
    assert not role_missing("which twitter exec said that?", "Twitter CEO Elon Musk said it in a tweet.")


def test_which_exec_said_it_is_refused_where_the_text_names_only_the_company(pipeline: Pipeline) -> None:
    first = pipeline.ask("what did universal music say about ai training on its music?")
    assert pipeline.ask("who said that, which exec?", first.conversation_id).abstained
