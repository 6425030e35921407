"""Follow-ups in a conversation, and the store that keeps conversations bounded."""

from __future__ import annotations

import re
import time

import pytest
from turns import asked

from qa.chat.conversation import Conversation, MemoryStore, Turn, leans_on_context, make_turn, named_back
from qa.errors import ConversationNotFound
from qa.pipeline import Pipeline
from qa.settings import Settings


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return Pipeline(Settings(index=tmp_path_factory.mktemp("index")))


@pytest.mark.parametrize(
    ("question", "leans"),
    [
        ("Why did they do that?", True),
        ("Who founded it?", True),
        ("And what about Getty Images?", True),
        ("Why?", True),
        ("since when?", True),
        ("anything else?", True),
        ("um and which other one is staying?", True),
        ("is anyone else complaining", True),
        ("says who?", True),
        ("source?", True),
        ("Why is Microsoft dropping Twitter from its ad platform?", False),
        ("What did Universal Music Group say about AI training?", False),
        ("What is OpenAI?", False),
        # a fragment ending the last question's sentence, not a question that opens with a preposition
        ("to train what?", True),
        ("with which tool?", True),
        ("for what kind of ai tool?", True),
        ("In what year did the Normans conquer England?", False),
        ("for what reason did microsoft drop twitter", False),
        # a value asked with measures alone is the last question's thing's
        ("how much per month?", True),
        ("how many times a year?", True),
        ("how much does the api cost per month?", False),
        # "why tho" asks why of what was just said, whatever words follow it
        ("why tho whats the claim", True),
        ("why then did they drop it", True),
        ("why is the claim false", False),
        # "one" stands for a thing the last turn named ("... suing some ai company", "which one?")
        ("which one?", True),
        ("which ones are free", True),
        ("Which one of OpenAI's founders left?", False),
    ],
)
def test_which_questions_lean_on_context(question: str, leans: bool) -> None:
    assert leans_on_context(question) is leans


def test_new_subject_keeps_the_frame_but_not_the_old_subject() -> None:
    conv = Conversation()
    conv.add(make_turn("What did Universal Music Group say about AI training?", [], "...", False))
    carried = conv.context_for("And what about Getty Images?")
    assert "training" in carried
    assert not {"universal", "music", "group"} & set(carried)


def test_the_short_answer_is_carried_as_a_name_but_a_time_is_not() -> None:
    conv = Conversation()
    conv.add(make_turn("who created chatgpt", [], "OpenAI. Musk is ... ChatGPT creator OpenAI ...", False, span="OpenAI."))
    assert "openai" in conv.context_for("when was it founded")
    assert "openai" not in conv.context_for("and what about Getty Images?")  # a new subject drops it
    conv.add(make_turn("when did he tweet it", [], "In a tweet in February, ...", False, span="February"))
    assert "february" not in conv.context_for("why did he post it")
    conv.add(make_turn("what did he say", [], "In a tweet ...", False, span="causing its drop"))
    assert "causing" not in conv.context_for("why")  # a phrase it did not lead with is not what "it" means
    conv.add(make_turn("what did microsoft invest", [], "Microsoft has ...", False, span="huge sums for AI tech"))
    assert "huge" not in conv.context_for("how much exactly?")  # a capital inside makes no name of it


def test_a_claim_asked_back_carries_no_other_name_the_answer_led_with(pipeline: Pipeline) -> None:
    conv = Conversation()
    said = "Companies like Reddit and Universal Music Group are charging ..."
    conv.add(make_turn("reddit is also charging for its data now?", [], said, False, span="Universal Music Group"))
    assert "universal" not in conv.context_for("who reported that")  # "that": the claim asked back
    conv.add(make_turn("musk's new ai company is x.ai?", [], "... his new company X.AI ...", False, span="X.AI"))
    assert "x" in conv.context_for("where is it based")  # one it names itself is carried
    first = pipeline.ask("reddit is also charging for its data now?")
    assert "Business Insider" in pipeline.ask("who reported that", first.conversation_id).answer


def test_a_refused_turn_still_says_what_the_next_one_is_about(pipeline: Pipeline) -> None:
    conv = Conversation()
    conv.add(make_turn("Who painted the Mona Lisa?", [], "I could not find that in the corpus.", True))
    assert "painted" in conv.context_for("Why did they do that?")
    # so a follow-up of a question the corpus cannot answer is refused too, not answered from anything,
    first = pipeline.ask("Who painted the Mona Lisa?")
    assert pipeline.ask("Why did they do that?", conversation_id=first.conversation_id).abstained
    # and one of a question refused for want of a date is answered by what it asks now
    first = pipeline.ask("when did twitter start charging for the api")
    assert "$42,000" in pipeline.ask("how much?", conversation_id=first.conversation_id).answer


def test_pronoun_follow_up_is_answered_from_the_earlier_topic(pipeline: Pipeline) -> None:
    first = pipeline.ask("What is OpenAI?")
    follow = pipeline.ask("Who founded it?", conversation_id=first.conversation_id)
    assert not follow.abstained
    assert "Musk" in follow.answer
    assert "OpenAI" in follow.citations[0].text


def test_who_makes_the_thing_just_named_is_its_owner(pipeline: Pipeline) -> None:
    # "... other generative-AI tools like Google's Bard ...": "it" is Bard, made by Google
    first = pipeline.ask("digital trends mentions another generative ai tool besides chatgpt")
    follow = pipeline.ask("who makes it?", conversation_id=first.conversation_id)
    assert not follow.abstained and "Google's Bard" in follow.answer
    # "It's currently unclear ..." owns nothing: no co-founder is named
    first = pipeline.ask("elon's x.ai company")
    assert pipeline.ask("who else cofounding it", conversation_id=first.conversation_id).abstained


def test_how_after_a_sentence_saying_the_deed_and_its_way_is_answered_by_it(pipeline: Pipeline) -> None:
    first = pipeline.ask("does trevor's article mention any ai besides chatgpt")
    assert "are trained using accessible data on the internet" in first.answer
    follow = pipeline.ask("how are they trained?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("ChatGPT, as well as other generative-AI tools like Google's Bard, are trained using")
    # "why?" still asks more than the sentence just quoted
    assert not pipeline.ask("why?", conversation_id=first.conversation_id).answer.startswith("ChatGPT, as well as")


def test_that_deal_names_what_the_last_answer_told_of(pipeline: Pipeline) -> None:
    # "deal" is in no sentence: "that deal" is the investment just told of, and its sentence dates it
    first = pipeline.ask("so microsoft put a bunch of money into openai right, how much was it?")
    follow = pipeline.ask("and when was that deal made", conversation_id=first.conversation_id)
    assert not follow.abstained and "In an unusual agreement last year" in follow.answer


def test_when_did_he_say_that_dates_what_the_last_answer_said(pipeline: Pipeline) -> None:
    # "say" names nothing here: "that" is the threat just quoted, and its sentence dates it.
    first = pipeline.ask("what is musk threatening microsoft with")
    follow = pipeline.ask("when did he say that", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Wednesday (19 April, 2023).")
    assert follow.citations[0].text == first.citations[0].text
    # standing alone, "say" is a word like any other: no date of some other saying
    assert not pipeline.ask("when did he say that").answer.startswith("Wednesday")


def test_a_bare_from_when_dates_what_the_last_answer_quoted(pipeline: Pipeline) -> None:
    # "from when" has no word of its own: the date is that of the last answer's sentences ("starting April
    # 25"), not of a sentence its carried words find elsewhere ("reports emerged on Wednesday")
    conversation = None
    for question in ("microsoft is dropping twitter from its ad tool right", "can ppl still schedule tweets thru it?", "from when"):
        answer = pipeline.ask(question, conversation_id=conversation)
        conversation = answer.conversation_id
    assert not answer.abstained and "April 25" in answer.answer.split(" [1]")[0]


def test_where_did_they_announce_it_asks_where_it_was_told(pipeline: Pipeline) -> None:
    # "announce" is what is asked of here: the medium ("confirmed on its website"), not a place in the last answer
    first = pipeline.ask("so msft is droppin twitter from its ad tool")
    follow = pipeline.ask("where'd they announce it", conversation_id=first.conversation_id)
    assert not follow.abstained and "website" in follow.answer.split(" [1]")[0]


def test_when_did_he_tweet_it_dates_the_tweet_just_quoted_not_a_more_exact_date_elsewhere(pipeline: Pipeline) -> None:
    # The last answer quoted "In a tweet in February, Musk tweeted: ...": "it" is that tweet. A sentence
    # with figures ("... quitting its board in 2018") dates something else.
    first = pipeline.ask("what did musk tweet")
    assert first.citations[0].text.startswith("In a tweet in February")
    follow = pipeline.ask("when did he tweet it", conversation_id=first.conversation_id)
    assert follow.answer.startswith("February.")
    assert follow.citations[0].text == first.citations[0].text


def test_when_was_a_quote_said_is_dated_by_the_sentence_before_it_not_another_documents_today(pipeline: Pipeline) -> None:
    # '"They trained illegally using Twitter data. Lawsuit time," the Twitter CEO said in a tweet': its article
    # dates it just before ("... threatened to sue Microsoft on Wednesday (19 April, 2023)"); another says "today"
    first = pipeline.ask("who tweeted 'they trained illegally using twitter data'?")
    assert first.citations[0].text.startswith('"They trained illegally')
    follow = pipeline.ask("when did he tweet that?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Wednesday (19 April, 2023).")


def test_why_after_when_finds_the_reason_said_apart_from_the_words_asked(pipeline: Pipeline) -> None:
    first = pipeline.ask("when is microsoft dropping twitter")
    follow = pipeline.ask("why?", conversation_id=first.conversation_id)
    assert "cutting costs" in follow.answer  # "... not keen on paying such a high amount to Twitter, causing its drop"


def test_says_who_names_the_article_the_last_answer_came_from(pipeline: Pipeline) -> None:
    first = pipeline.ask("how much does twitter charge for its api")
    follow = pipeline.ask("says who?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Verdict.") and follow.citations[0].text == first.citations[0].text
    # a lower-case acronym carried over as the name it stands for: "umg" is Universal Music Group
    first = pipeline.ask("what did umg say")
    follow = pipeline.ask("source?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Verdict.") and "Universal Music Group" in follow.answer


def test_a_follow_up_without_a_name_is_about_the_name_carried_over(pipeline: Pipeline) -> None:
    # "they" are Getty Images: the question weighs and requires that name as if it had said it.
    first = pipeline.ask("what is getty images doing")
    follow = pipeline.ask("who are they suing", conversation_id=first.conversation_id)
    assert not follow.abstained and "Stable Diffusion" in follow.answer
    # "it" is TruthGPT: a sentence about companies "building" AI that does not name it is no answer.
    first = pipeline.ask("what's truthgpt")
    follow = pipeline.ask("who is building it", conversation_id=first.conversation_id)
    assert follow.abstained or "TruthGPT" in follow.citations[0].text


def test_why_follow_up_gives_a_new_sentence(pipeline: Pipeline) -> None:
    first = pipeline.ask("Why is Microsoft dropping Twitter from its ad platform?")
    follow = pipeline.ask("Why did they do that?", conversation_id=first.conversation_id)
    assert not follow.abstained
    assert follow.citations[0].text != first.citations[0].text
    assert any(w in follow.answer for w in ("Microsoft", "Twitter", "API"))


def test_what_about_switches_subject(pipeline: Pipeline) -> None:
    first = pipeline.ask("What did Universal Music Group say about AI training?")
    follow = pipeline.ask("And what about Getty Images?", conversation_id=first.conversation_id)
    assert "Getty Images" in follow.citations[0].text
    assert follow.conversation_id == first.conversation_id


def test_what_about_a_name_the_last_answer_quoted_may_be_answered_by_that_sentence(pipeline: Pipeline) -> None:
    first = pipeline.ask("which companies are charging for their data")
    assert "Getty Images" in first.citations[0].text
    follow = pipeline.ask("what about getty", conversation_id=first.conversation_id)
    assert not follow.abstained
    assert "Getty Images" in follow.citations[0].text


def test_and_another_thing_typed_in_lower_case_drops_the_names_of_the_last_question(pipeline: Pipeline) -> None:
    # "chatgpt" is a name though typed in lower case: "his new ai company" asks the same of another thing
    first = pipeline.ask("whats musk's chatgpt competitor gonna be called")
    assert "TruthGPT" in first.answer
    follow = pipeline.ask("and his new ai company?", conversation_id=first.conversation_id)
    assert "X.AI" in follow.citations[0].text


def test_how_much_after_an_answer_holding_the_figures_gives_them(pipeline: Pipeline) -> None:
    # the figures the last answer gave are carried over; they are no words asked, so no value to skip
    first = pipeline.ask("twitter started charging for api access?")
    follow = pipeline.ask("how much?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Between $42,000 and $210,000")


def test_a_short_fragment_retells_the_last_question(pipeline: Pipeline) -> None:
    # "per year?" has no question word: it asks the last question again, about a year
    first = pipeline.ask("how much is twitter charging for the api")
    follow = pipeline.ask("per year?", conversation_id=first.conversation_id)
    assert "$210,000 per month" in follow.answer


def test_a_month_typed_short_is_the_month(pipeline: Pipeline) -> None:
    first = pipeline.ask("how much did microsoft invest in openai")
    follow = pipeline.ask("what did musk say about that in feb", conversation_id=first.conversation_id)
    assert not follow.abstained
    assert "In a tweet in February" in follow.citations[0].text


def test_what_for_asks_why_and_a_sentence_giving_the_reason_may_answer_it_again(pipeline: Pipeline) -> None:
    first = pipeline.ask("who is suing stable diffusion")
    assert "for allegedly stealing" in first.citations[0].text
    follow = pipeline.ask("what for", conversation_id=first.conversation_id)
    assert "stealing its content" in follow.answer


def test_unknown_conversation_is_an_error(pipeline: Pipeline) -> None:
    with pytest.raises(ConversationNotFound):
        pipeline.ask("Why?", conversation_id="no-such-conversation")


def test_store_drops_least_recently_used() -> None:
    store = MemoryStore(ttl=60, size=2)
    a, b, c = Conversation(), Conversation(), Conversation()
    store.put(a)
    store.put(b)
    assert store.get(a.id) is not None  # a is now the most recently used
    store.put(c)
    assert store.get(b.id) is None
    assert store.get(a.id) is not None and store.get(c.id) is not None
    assert len(store) == 2


def test_store_expires_idle_conversations() -> None:
    store = MemoryStore(ttl=0.05, size=10)
    conv = Conversation()
    store.put(conv)
    assert store.get(conv.id) is not None
    time.sleep(0.1)
    assert store.get(conv.id) is None


def test_turns_are_bounded() -> None:
    conv = Conversation()
    for i in range(30):
        conv.add(make_turn(f"question {i} about Twitter", [], "", False), keep=20)
    assert len(conv.turns) == 20
    assert conv.turns[-1].question == "question 29 about Twitter"


def test_a_follow_up_asking_when_finds_the_date_beyond_the_sentences_the_last_turn_lifts(pipeline: Pipeline) -> None:
    # The carried words ("say", "february") lift the tweet quoted last; "it" is OpenAI, formed in 2015.
    first = pipeline.ask("what did musk say about openai in february")
    follow = pipeline.ask("when was it founded", conversation_id=first.conversation_id)
    assert not follow.abstained and "2015" in follow.citations[0].text


def test_a_follow_up_asking_how_much_finds_the_figure_the_last_answer_did_not_give(pipeline: Pipeline) -> None:
    first = pipeline.ask("what did microsoft invest in openai")
    follow = pipeline.ask("how much exactly?", conversation_id=first.conversation_id)
    assert not follow.abstained and "$10 billion" in follow.answer


def test_a_fragment_follow_up_ends_the_last_question(pipeline: Pipeline) -> None:
    first = pipeline.ask("when did openai say it would stop using customer data")
    follow = pipeline.ask("to train what?", conversation_id=first.conversation_id)
    assert "to train its models like ChatGPT" in follow.answer


def test_leaving_a_board_is_quitting_it(pipeline: Pipeline) -> None:
    # "... of which Musk was a co-founder before quitting its board in 2018": "leave" and "quit" are one verb.
    first = pipeline.ask("who co-founded openai")
    follow = pipeline.ask("when did he leave the board", conversation_id=first.conversation_id)
    assert not follow.abstained and "quitting its board in 2018" in follow.citations[0].text


def test_when_was_that_tweeted_dates_the_statement_just_quoted(pipeline: Pipeline) -> None:
    # "tweet" is a verb of saying: "that" is the threat just quoted, dated "Wednesday (19 April, 2023)",
    # not the other sentence that says "tweet" ("In the latest tweet today ...").
    first = pipeline.ask("why is musk threatening to sue microsoft")
    follow = pipeline.ask("wait when did he tweet that", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Wednesday (19 April, 2023).")


def test_when_was_that_after_a_new_statement_dates_the_statement_not_the_last_answer(pipeline: Pipeline) -> None:
    # "that" is the quitting just told, not the founding the last answer dated ("Musk helped to form OpenAI in 2015")
    first = pipeline.ask("musk co-founded openai right?")
    follow = pipeline.ask("he quit its board tho, when was that?", conversation_id=first.conversation_id)
    assert not follow.abstained and "quitting its board in 2018" in follow.citations[0].text
    assert not follow.answer.startswith("2015")


def test_which_company_made_that_claim_asks_who_said_it_not_who_created_something(pipeline: Pipeline) -> None:
    first = pipeline.ask("what would the use of a record company's artists' music in ai training constitute?")
    follow = pipeline.ask("which company made that claim?", conversation_id=first.conversation_id)
    assert not follow.abstained and "Universal Music Group" in follow.answer


def test_how_big_a_stake_is_not_the_sum_invested(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI" tells the sum, no stake: "how big a stake" is not answered by it
    first = pipeline.ask("microsoft invested $10 billion in openai?")
    assert pipeline.ask("how big a stake does that get them?", conversation_id=first.conversation_id).abstained


def test_what_a_company_s_subsidiary_announced_is_no_response_of_the_company(pipeline: Pipeline) -> None:
    # "Microsoft's OpenAI announced ...": OpenAI says it; no sentence has Microsoft respond to the tweet
    first = pipeline.ask("what did musk tweet about microsoft?")
    assert pipeline.ask("how did microsoft respond to it?", conversation_id=first.conversation_id).abstained


def test_what_users_lose_is_what_they_will_be_unable_to_do(pipeline: Pipeline) -> None:
    first = pipeline.ask("when does microsoft drop twitter from its ad platform")
    follow = pipeline.ask("and what will users lose?", conversation_id=first.conversation_id)
    assert "users will be unable to access their Twitter account" in follow.answer


def test_a_possessive_name_is_the_maker_of_what_it_owns(pipeline: Pipeline) -> None:
    # "Elon has invested in Nvidia's AI chip GPUs": who makes them is named though no verb of making is
    first = pipeline.ask("which gpus has elon invested in")
    follow = pipeline.ask("who makes them", conversation_id=first.conversation_id)
    assert not follow.abstained and "Nvidia" in follow.answer
    assert pipeline.ask("who founded reddit").abstained  # "Reddit, a popular social media forum ...": no maker


def test_and_the_lowest_asks_the_low_end_of_the_range_just_given(pipeline: Pipeline) -> None:
    first = pipeline.ask("how much does twitter charge for the api per month")
    follow = pipeline.ask("and the lowest?", conversation_id=first.conversation_id)
    assert not follow.abstained and "$42,000" in follow.citations[0].text


def test_an_ellipsis_after_a_question_asking_a_value_asks_the_same_value(pipeline: Pipeline) -> None:
    # "and reddit?" after "how much ...?": Reddit's price, which no article states ("it would begin to
    # charge companies" names no sum).
    first = pipeline.ask("how much was twitter charging companies for api access")
    assert pipeline.ask("and reddit?", conversation_id=first.conversation_id).abstained


def test_a_correction_asks_the_last_question_again_of_another(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the digital trends article")
    assert first.answer.startswith("Trevor Mogg.")
    assert pipeline.ask("no i meant the bgr one", conversation_id=first.conversation_id).answer.startswith("Joe Wituschek.")


def test_does_it_mention_after_a_question_naming_an_article_asks_that_article(pipeline: Pipeline) -> None:
    # "it" is the BGR article: "Arguments can be made that ... it skirts with copyright infringement."
    first = pipeline.ask("what does bgr say about whether microsoft's actions are legal")
    follow = pipeline.ask("does it bring up copyright at all?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Yes.") and "copyright infringement" in follow.answer
    assert all(c.doc_id == "001_21e62f6ad766e5e3" for c in follow.citations)


def test_that_after_a_statement_points_to_the_statement_not_the_names_quoted_back(pipeline: Pipeline) -> None:
    # the reply to "reddit is charging too" names Universal Music Group; "who reported that?" asks of Reddit
    first = pipeline.ask("reddit is also charging for data apparently")
    follow = pipeline.ask("who reported that?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Business Insider")


def test_an_and_follow_up_asking_what_another_did_is_refused(pipeline: Pipeline) -> None:
    first = pipeline.ask("how much did microsoft put into openai")
    assert "$10 billion" in first.answer
    # only Microsoft invests in the articles: "and how much did google invest?" has no answer
    assert pipeline.ask("and how much did google invest?", conversation_id=first.conversation_id).abstained


def test_a_value_asked_with_measures_alone_is_of_the_last_questions_thing(pipeline: Pipeline) -> None:
    # "how much per month?" after Reddit's charging: no article gives Reddit's price, Twitter's is no answer
    first = pipeline.ask("reddit's also charging for data access?")
    assert pipeline.ask("how much per month?", first.conversation_id).abstained
    # after Twitter's charging, its price is the answer
    first = pipeline.ask("twitter is charging for api access now right?")
    answer = pipeline.ask("how much per month?", first.conversation_id)
    assert not answer.abstained and "$42,000" in answer.answer


def test_a_name_owning_a_noun_does_no_deed(pipeline: Pipeline) -> None:
    # "They've also refused to pay Twitter's API fees": "fees" is no deed of Twitter's, so the sentence
    # answers whether Microsoft paid, and says it refused.
    first = pipeline.ask("how much is twitter charging for api access now")
    follow = pipeline.ask("so did microsoft pay it?", conversation_id=first.conversation_id)
    assert not follow.abstained
    assert "refused to pay" in follow.answer


def test_the_outlet_a_statement_cites_is_no_topic_of_the_follow_up(pipeline: Pipeline) -> None:
    first = pipeline.ask("digital trends mentions bard as another tool thats trained on web data")
    # "whose is it?" asks of Bard, not of Digital Trends, which no sentence about Bard names
    answer = pipeline.ask("whose is it?", first.conversation_id)
    assert not answer.abstained and "Google's Bard" in answer.answer


def test_his_title_after_asking_an_outlets_author_is_that_authors(pipeline: Pipeline) -> None:
    first = pipeline.ask("bgr author?")
    assert first.answer.startswith("Joe Wituschek.")
    follow = pipeline.ask("his title there?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Tech News Contributor.")


@pytest.mark.parametrize("follow", ["and for which website he is working?", "and which site is he working for?"])
def test_which_site_he_works_for_after_asking_who_an_author_is_asks_that_authors_outlet(pipeline: Pipeline, follow: str) -> None:
    assert asked(pipeline, "hey who is Trevor Mogg? his name is under one article", follow).answer.startswith("Digital Trends.")


def test_where_an_author_worked_before_is_no_outlet_the_corpus_names(pipeline: Pipeline) -> None:
    assert asked(pipeline, "Who is Joe Wituschek?", "Where did he work before BGR?").abstained
    assert pipeline.ask("which outlet did trevor mogg work for before digital trends?").abstained


def test_what_someone_is_going_to_do_asks_what_they_do(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "which other companies complain about AI using their data?", "and reddit? what they going to do exactly?")
    assert not answer.abstained and "pay for access" in answer.answer


def test_who_else_is_doing_that_asks_of_others_than_the_last_questions_subject(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "reddit is also making companies pay for its data right", "and who else is doing that")
    assert not answer.abstained and "Universal Music Group" in answer.answer


def test_what_they_charge_for_is_the_thing_not_the_sum(pipeline: Pipeline) -> None:
    first = pipeline.ask("umg complaining about ai training?")
    follow = pipeline.ask("and what are they charging for", conversation_id=first.conversation_id)
    assert not follow.abstained and "charging businesses for access to their data" in follow.answer


def test_his_in_a_question_of_its_own_words_carries_the_person_named_first(pipeline: Pipeline) -> None:
    # "his" is Musk's; ChatGPT, named in the turn before too, is no subject of "his new ai company"
    first = pipeline.ask("so musk is building his own chatgpt rival huh")
    assert "X.AI" in pipeline.ask("and what's his new ai company called?", first.conversation_id).answer.split("[1]")[0]
    # a question of one word of its own: "he" is who the answer named, every name of the turn before stays
    first = pipeline.ask("who tweeted that openai was meant to be 'a counterweight to google'?")
    assert "February" in pipeline.ask("is that right? when did he tweet that?", first.conversation_id).answer


def test_a_follow_up_asking_what_that_thing_is_called_asks_no_word_called(pipeline: Pipeline) -> None:
    # "whats that thing called again": the name of what the last answer told of ("... tools, Smart Campaigns, ...")
    first = pipeline.ask("when does microsoft stop supporting twitter in its ad stuff")
    answer = pipeline.ask("wait whats that thing called again", first.conversation_id)
    assert not answer.abstained and "Smart Campaigns" in answer.answer


def test_a_thing_named_elliptically_then_asked_of_by_a_pronoun(pipeline: Pipeline) -> None:
    from qa.chat.conversation import thing_named

    assert thing_named("and reddit? are they doing smth similar") == "and are reddit doing smth similar"
    assert thing_named("and reddit?") == "and reddit?"
    first = pipeline.ask("ok so why is musk mad at microsoft")
    answer = pipeline.ask("and reddit? are they doing smth similar", first.conversation_id)
    assert not answer.abstained and answer.answer.startswith("Yes.") and "Reddit" in answer.answer.split("[1]")[0]


def test_a_name_written_with_a_dot_is_carried_whole(pipeline: Pipeline) -> None:
    # "X.AI": the index splits it into "x" and "ai"; "it" in the next question is still X.AI, which the
    # sentences about OpenAI's founding or Microsoft's money never name
    turn = make_turn("what's musk's new ai company called?", [], "X.AI. With Elon's plan ...", False, span="X.AI")
    assert turn.topic[0] == "x.ai" and "x.ai" in turn.names
    first = pipeline.ask("What is the name of Musk's new AI company?")
    assert first.answer.startswith("X.AI")
    assert pipeline.ask("When was it founded?", first.conversation_id).abstained
    again = pipeline.ask("what's musk's new ai company called?")
    assert pipeline.ask("who else is funding it?", again.conversation_id).abstained
    assert pipeline.ask("who is funding x.ai?").abstained  # no funding told: "his new company X.AI" tells whose


def test_what_he_said_after_who_did_it_is_his_words(pipeline: Pipeline) -> None:
    # "say" is what is asked here, not a verb pointing back ("when did he say that?"); the quote stands a little
    # below the sentences telling the threat the last turn's words lift
    first = pipeline.ask("who's threatening to sue microsoft?")
    answer = pipeline.ask("what did he actually say?", first.conversation_id)
    assert "Lawsuit time" in answer.answer.split("[2]")[0]



def test_how_much_one_asks_for_after_a_lawsuit_is_damages_not_the_api_price(pipeline: Pipeline) -> None:
    # Musk's price for the API is no sum asked of Microsoft in a lawsuit, which no article gives
    assert asked(pipeline, "musk says he's gonna sue microsoft", "how much is he asking for?").abstained
    # the lawsuit told by the last answer, not its question
    assert asked(pipeline, "yo whos suing who here", "how much is he askin for").abstained
    # without a lawsuit, what twitter asks is its price
    follow = asked(pipeline, "why did microsoft drop twitter from the ad tool", "how much per month was twitter asking tho")
    assert not follow.abstained and "$42,000" in follow.answer


def test_an_opening_and_with_a_pronoun_keeps_the_subject_the_pronoun_stands_for(pipeline: Pipeline) -> None:
    # "they" is Reddit: what Reddit charges, which no article gives, not Twitter's price
    assert asked(pipeline, "which outlet reported reddit wanting payment for its data", "ok and how much are they charging").abstained
    # "so why's he mad at it now?": "it" is OpenAI, which Musk says Microsoft controls
    follow = asked(pipeline, "musk co-founded openai didnt he", "so why's he mad at it now?")
    assert not follow.abstained and re.search(r"(?:controlled|driven) by Microsoft", follow.answer), follow.answer
    # a thing named before the pronoun is the new subject: "they" is Universal Music
    follow = asked(pipeline, "what did reddit say about ai training", "and universal music? what'd they say")
    assert not follow.abstained and "Universal Music" in follow.answer


def test_its_ceo_is_the_ceo_of_the_name_the_last_answer_gave(pipeline: Pipeline) -> None:
    # "its" is Universal Music Group; "Twitter CEO" is another's, and no article names UMG's
    assert asked(pipeline, "Which music company objected to AI being trained on its artists' songs?", "Who is its CEO?").abstained


def test_the_music_one_is_the_music_company_of_the_last_answer(pipeline: Pipeline) -> None:
    follow = asked(pipeline, "which companies besides twitter are making ai firms pay for data", "what did the music one say exactly")
    assert not follow.abstained and "violation of copyright law" in follow.answer, follow.answer


def test_such_a_high_amount_is_the_sum_the_sentence_before_tells(pipeline: Pipeline) -> None:
    # "Microsoft ... is not keen on paying such a high amount to Twitter": "... as high as $42,000", just before it
    follow = asked(pipeline, "why did microsoft drop twitter", "how much would they have had to pay tho?")
    assert not follow.abstained and "$42,000" in follow.answer
    # a sum no sentence asked of gives: musk's price for twitter, the damages he seeks
    assert pipeline.ask("how much did musk pay to buy twitter").abstained
    assert pipeline.ask("how much is musk actually suing microsoft for, like what amount").abstained


def test_what_that_stands_for_is_the_abbreviation_just_named(pipeline: Pipeline) -> None:
    # "that" is the capitals the last question named; "that api thing" names its own, whatever came before
    assert asked(pipeline, "which article mentions DMC", "what's that stand for").answer.startswith("Digital Marketing Center")
    follow = asked(pipeline, "why did microsoft drop twitter anyway", "hmm whats that api thing stand for")
    assert follow.answer.startswith("Application Developer Interface")


def test_what_did_he_tweet_exactly_asks_the_tweet(pipeline: Pipeline) -> None:
    # "wait", "exactly" around it: still a post asked, whose words are the question's own
    follow = asked(pipeline, "why is musk threatening microsoft", "wait what did he tweet exactly")
    assert not follow.abstained and "Lawsuit time" in follow.answer, follow.answer


def test_what_outlet_is_that_names_the_article_just_cited_and_who_owns_it_its_owner(pipeline: Pipeline) -> None:
    second = asked(pipeline, "which article quotes universal music", "what outlet is that")
    assert second.answer.startswith("Verdict.")
    assert pipeline.ask("who owns it", conversation_id=second.conversation_id).answer.startswith("GlobalData")


def test_who_reported_that_first_is_the_source_credited(pipeline: Pipeline) -> None:
    # "reports from various publications, including Mashable": not Musk, of whose post "it was reported"
    follow = asked(pipeline, "whats microsoft doing with twitter on its ad platform", "who reported that first")
    assert not follow.abstained and "Mashable" in follow.answer.split("[1]")[0]
    assert pipeline.ask("who first reported that microsoft was dropping twitter from its ad platform").answer.startswith("Mashable")


def test_which_one_is_an_outlet_names_its_article_the_next_turns_ask_of(pipeline: Pipeline) -> None:
    turns = ["hmm what outlets are these articles from", "ok which one is digital trends", "who wrote it", "where does he live now lol"]
    assert "“Elon Musk threatens to sue Microsoft over AI training”" in asked(pipeline, *turns[:2]).answer
    assert asked(pipeline, *turns[:3]).answer.startswith("Trevor Mogg") and "(Japan)" in asked(pipeline, *turns).answer


def test_at_what_time_after_when_an_article_came_out_asks_its_clock(pipeline: Pipeline) -> None:
    answer = asked(pipeline, "When was the BGR article published?", "At what time?")
    assert answer.answer.startswith("5:07PM EDT"), answer.answer


def test_a_follow_up_asking_the_date_its_place_or_an_abbreviation_in_it_asks_the_last_turns(pipeline: Pipeline) -> None:
    # "the date" names no thing to find; "where's" is "where is"; "in it" is the article the last turn named
    assert "19 April" in asked(pipeline, "which day did musk make the threat", "and whats the date").answer.split("[1]")[0]
    assert "(Japan)" in asked(pipeline, "who wrote the digital trends piece on musk and microsoft", "where's he based these days?").answer
    follow = asked(pipeline, "the verdict piece keeps saying api", "what does that stand for in it?")
    assert follow.answer.startswith("Application Developer Interface"), follow.answer


def test_spelling_out_the_acronym_asks_the_abbreviation_the_last_turn_named(pipeline: Pipeline) -> None:
    first = "Verdict mentions that Microsoft's move coincides with Twitter cutting its free API support."
    follow = asked(pipeline, first, "How does that article spell out the acronym?")
    assert follow.answer.startswith("Application Developer Interface"), follow.answer


def test_whether_an_article_has_a_photo_and_who_took_it(pipeline: Pipeline) -> None:
    # "does the bgr article have a photo of musk": its credit line says so; "who took it?" then asks that credit
    first = pipeline.ask("does the bgr article have a photo of musk")
    assert first.answer.startswith("Yes.") and "Britta Pedersen-Pool/Getty Images" in first.answer
    follow = pipeline.ask("who took it?", conversation_id=first.conversation_id)
    assert follow.answer.startswith("Britta Pedersen-Pool/Getty Images"), follow.answer


def test_a_correction_asked_anew_carries_nothing_of_the_turn_it_corrects(pipeline: Pipeline) -> None:
    # "i meant the musk thing, who's he ...": Getty Images' lawsuit is not this question's subject.
    first = pipeline.ask("who is getty images going after")
    answer = pipeline.ask("no wait i meant the musk thing, who's he threatening to sue", conversation_id=first.conversation_id)
    assert answer.answer.startswith("Microsoft.")


def test_the_thing_a_statement_just_named_is_the_one_asked_about(pipeline: Pipeline) -> None:
    # "the company" is the new company the statement before it spoke of.
    first = pipeline.ask("one of the articles says musk is getting into ai with a new company")
    assert "X.AI" in pipeline.ask("what's the company called lol", conversation_id=first.conversation_id).answer


def test_a_period_asked_of_a_price_is_checked_against_the_price_told(pipeline: Pipeline) -> None:
    first = pipeline.ask("What did Twitter plan to charge companies for API access?")
    answer = pipeline.ask("Is that a yearly price?", conversation_id=first.conversation_id)
    assert not answer.abstained and "per month" in answer.answer


def test_whether_one_of_the_articles_is_from_an_outlet_names_it_for_the_next_turn(pipeline: Pipeline) -> None:
    first = pipeline.ask("is one of these from bgr?")
    assert first.answer.startswith("Yes: ") and "(BGR)" in first.answer
    assert pipeline.ask("who wrote it", conversation_id=first.conversation_id).answer.startswith("Joe Wituschek.")
    assert pipeline.ask("do you have anything from the verge").abstained


def test_his_handle_asks_the_handle_of_the_one_the_last_turn_asked_about(pipeline: Pipeline) -> None:
    first = pipeline.ask("what did musk tweet at microsoft")
    assert pipeline.ask("whats his handle", conversation_id=first.conversation_id).answer.startswith("@elonmusk.")
    assert pipeline.ask("whats his handle").abstained  # no one asked about


def test_which_publication_reported_that_names_the_outlet_a_sentence_about_it_credits(pipeline: Pipeline) -> None:
    # "This came after reports from various publications, including Mashable, claimed that Microsoft was planning ..."
    first = pipeline.ask("Is it true that Microsoft is removing Twitter from its advertising platform?")
    assert pipeline.ask("Which publication reported that?", conversation_id=first.conversation_id).answer.startswith("Mashable.")


def test_who_owns_that_site_asks_the_owner_of_the_outlet_the_last_question_or_answer_named(pipeline: Pipeline) -> None:
    first = pipeline.ask("what does the verdict article say about the lawsuit thing")
    assert pipeline.ask("who owns that site", conversation_id=first.conversation_id).answer.startswith("GlobalData.")
    first = pipeline.ask("Which article quotes Universal Music Group saying AI training breaks copyright law?")
    assert first.answer.startswith("Verdict.")
    assert pipeline.ask("who owns that publication?", conversation_id=first.conversation_id).answer.startswith("GlobalData.")


def test_that_guy_after_a_question_about_the_author_is_the_author(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the digital trends one")
    assert "Japan" in pipeline.ask("where does that guy live", conversation_id=first.conversation_id).answer


def test_whose_photo_after_a_question_about_a_picture_asks_its_credit(pipeline: Pipeline) -> None:
    first = pipeline.ask("bgr article has a musk pic right")
    assert pipeline.ask("whose photo", conversation_id=first.conversation_id).answer.startswith("Britta Pedersen-Pool/Getty Images.")


def test_when_did_he_say_that_dates_the_sentence_just_quoted_even_when_the_search_misses_it(pipeline: Pipeline) -> None:
    # "Musk himself announced in December that Twitter would "pause" OpenAI's database access ...": its date,
    # though "when did musk say that" with the words carried finds other sentences first.
    first = pipeline.ask("did twitter ever cut openai off")
    assert "in December that Twitter would" in first.answer
    assert pipeline.ask("when did musk say that", conversation_id=first.conversation_id).answer.startswith("December.")


def test_the_other_one_then_its_name_asks_the_last_question_of_it(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the bgr article")
    answer = pipeline.ask("and the other one? the digital trends piece", conversation_id=first.conversation_id)
    assert answer.answer.startswith("Trevor Mogg.")


def test_their_ceo_after_a_question_of_microsoft_is_not_twitters(pipeline: Pipeline) -> None:
    # "... the Twitter CEO said in a tweet": another's CEO; after a question of Twitter's price, the one meant.
    first = pipeline.ask("did microsoft respond to the lawsuit thing")
    assert pipeline.ask("what did their ceo say", conversation_id=first.conversation_id).abstained
    first = pipeline.ask("how much is twitter charging for api access")
    assert "the Twitter CEO said" in pipeline.ask("what did their ceo say about it", conversation_id=first.conversation_id).answer


def test_how_did_he_make_the_threat_asks_its_medium(pipeline: Pipeline) -> None:
    first = pipeline.ask("Musk really threatened Microsoft with a lawsuit?")
    answer = pipeline.ask("How did he make the threat? A statement? A letter?", conversation_id=first.conversation_id)
    assert not answer.abstained and "took to Twitter" in answer.answer.split(" [1]")[0]


def test_the_abbreviation_for_those_models_is_the_one_the_last_answer_spelled_out(pipeline: Pipeline) -> None:
    # "Microsoft creates its own large language models (LLMs) ...": not "AI", which the question named
    first = pipeline.ask("Does Microsoft build its own AI models or just license OpenAI's?")
    answer = pipeline.ask("What does the abbreviation for those models stand for?", conversation_id=first.conversation_id)
    assert answer.answer.startswith("Large language models.")


def test_a_why_follow_up_asking_nothing_new_is_refused_when_no_sentence_found_gives_a_reason(pipeline: Pipeline) -> None:
    first = pipeline.ask("when did musk leave openai")
    assert pipeline.ask("why did he leave", conversation_id=first.conversation_id).abstained
    first = pipeline.ask("microsoft dropped twitter from its ad tool")
    assert not pipeline.ask("why though?", conversation_id=first.conversation_id).abstained  # "... coincide with ..."
    first = pipeline.ask("musk co-founded openai didnt he")
    assert not pipeline.ask("so why's he mad at it now?", conversation_id=first.conversation_id).abstained  # asks of "mad"
    first = pipeline.ask("Is Musk happy about OpenAI's relationship with Microsoft?")
    answer = pipeline.ask("Why not?", conversation_id=first.conversation_id)  # "..., lamenting that it has become ...": his grievance
    assert "maximum-profit" in answer.answer, answer.answer


def test_a_contributor_of_an_outlet_is_its_writer_whose_bio_tells_his_years(pipeline: Pipeline) -> None:
    first = pipeline.ask("Who is the BGR contributor who covered Musk's threat against Microsoft?")
    assert first.answer.startswith("Joe Wituschek"), first.answer
    answer = pipeline.ask("How many years of tech expertise does he have?", conversation_id=first.conversation_id)
    assert answer.answer.startswith("Over 10 years"), answer.answer


def test_a_source_credited_in_the_last_answer_is_not_what_the_next_turn_carries(pipeline: Pipeline) -> None:
    # "As reported by Business Insider, Reddit ...": Reddit answers "which companies", the outlet is no name to carry
    first = pipeline.ask("which companies besides twitter want to get paid for their data")
    answer = pipeline.ask("also what about getty images what are they doing", conversation_id=first.conversation_id)
    assert "prosecuting Stable Diffusion" in answer.answer.split("[1]")[0], answer.answer


def test_shown_proof_is_evidence_provided(pipeline: Pipeline) -> None:
    # "show any proof": the light verb of giving it; "no further evidence provided by Musk" tells it
    first = pipeline.ask("ok who runs twitter")
    then = pipeline.ask("so why is he mad at microsoft", conversation_id=first.conversation_id)
    answer = pipeline.ask("did he actually show any proof", conversation_id=then.conversation_id)
    assert "no further evidence" in answer.answer.split("[1]")[0], answer.answer


def test_a_site_making_companies_pay_for_data_is_one_charging_them(pipeline: Pipeline) -> None:
    answer = pipeline.ask("what other social media site is making companies pay for its data")
    assert answer.answer.startswith("Reddit"), answer.answer


def test_the_other_founders_set_aside_the_one_the_last_turn_named(pipeline: Pipeline) -> None:
    # "the other co-founders": besides Musk, whom the text names alone ("of which Musk was a co-founder")
    first = pipeline.ask("When did Musk help found OpenAI?")
    assert pipeline.ask("Who were the other co-founders?", conversation_id=first.conversation_id).abstained
    first = pipeline.ask("ok one is tesla, what companies does musk run")
    assert not pipeline.ask("whats the other one", conversation_id=first.conversation_id).abstained


def test_that_same_article_is_the_one_the_last_answer_quoted(pipeline: Pipeline) -> None:
    first = pipeline.ask("According to the article that mentions Microsoft's DMC, what new company is Musk entering AI with?")
    answer = pipeline.ask("What does that same article say Microsoft is looking for an alternative to?", conversation_id=first.conversation_id)
    assert "Nvidia" in answer.answer and {c.doc_id for c in answer.citations} == {first.citations[0].doc_id}, answer.answer


def test_which_site_was_that_on_names_the_outlet_of_the_last_answer(pipeline: Pipeline) -> None:
    first = pipeline.ask("hmm when did musk help start openai")
    answer = pipeline.ask("which site was that on", conversation_id=first.conversation_id)
    assert answer.answer.startswith("Digital Trends"), answer.answer


def test_an_outlet_named_before_reads_only_an_owner_question_not_an_ellipsis() -> None:
    last = Turn(question="what does the verdict article say about twitter's api price", topic=["verdict", "twitter", "api", "price"])
    assert named_back("who owns that site", last, False, "verdict") == "who owns verdict"
    assert named_back("and reddit? are they charging too", last, False, "verdict") == "and are reddit charging too"


def test_which_article_gave_that_figure_names_the_outlet_the_last_answer_quoted(pipeline: Pipeline) -> None:
    first = pipeline.ask("How much is Twitter charging for API access now?")
    outlet = pipeline.ask("which article gave that figure?", conversation_id=first.conversation_id)
    assert outlet.answer.startswith("Verdict") and outlet.citations[0].doc_id == first.citations[0].doc_id, outlet.answer
    again = pipeline.ask("which piece is that from", conversation_id=first.conversation_id)
    assert again.answer.startswith("Verdict"), again.answer


def test_who_does_it_say_reads_the_article_the_last_question_named(pipeline: Pipeline) -> None:
    # "does it say" frames the question; "it" is the article the turn before chose ("the piece about ...")
    first = pipeline.ask("According to the piece about Musk's X.AI ambitions, why did Microsoft drop Twitter?")
    answer = pipeline.ask("And who does it say the data allegations were really aimed at?", conversation_id=first.conversation_id)
    assert "OpenAI" in answer.answer and not answer.abstained, answer.answer


def test_an_outlet_named_in_a_follow_up_is_no_new_subject(pipeline: Pipeline) -> None:
    # "Verdict" in capitals names an article, not a new topic: Twitter and its API are still what is asked of
    first = pipeline.ask("According to the Digital Trends article, how much would Twitter start charging per month for API access?")
    answer = pipeline.ask("Does the Verdict piece give the same upper figure?", conversation_id=first.conversation_id)
    assert "$210,000" in answer.answer and answer.citations[0].doc_id == "003_eb8d1d1d17b4e45c", answer.answer



def test_a_follow_up_without_its_auxiliary_is_read_as_the_question_it_is(pipeline: Pipeline) -> None:
    # "what time of the day they published it": when the article the last turn named was published
    first = pipeline.ask("hi, the BGR article say Musk is going to war with Microsoft, I think it was published on the same day as the tweet?")
    assert pipeline.ask("what time of the day they published it", conversation_id=first.conversation_id).answer.startswith("5:07PM EDT"), first.answer
    # "where BGR got this information, from which site": the source the article credits
    first = pipeline.ask("I think Reddit also want money from AI companies now, which article say this, maybe the BGR one?")
    answer = pipeline.ask("and where BGR got this information, from which site?", conversation_id=first.conversation_id)
    assert not answer.abstained and "Business Insider" in answer.citations[0].text, answer.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "told"),
    [
        # a guess after "maybe" is an aside, not the words asked
        ("so Microsoft will remove Twitter from the ads tool, the date I think is end of April?", "and what is the reason they do it, maybe the money thing?", "API"),
        # what a thing is meant to compete with is what it is a competitor of
        ("Which articles mention TruthGPT?", "According to the Digital Trends one, what is it meant to compete with?", "ChatGPT competitor"),
        # "and his job title there, what it says?": what is his job title there
        ("who wrote the Digital Trends one about Musk and the lawsuit, I think the writer moved to Japan?", "and his job title there, what it says?", "Contributing Editor"),
        # a statement, then "what's it called": the two messages read as one ("..., what's it called")
        ("one of the articles says musk is starting a new ai company", "what's it called", "X.AI"),
    ],
)
def test_a_follow_up_written_as_people_write_is_answered_from_the_turn_before(pipeline: Pipeline, first: str, follow_up: str, told: str) -> None:
    conversation = pipeline.ask(first).conversation_id
    answer = pipeline.ask(follow_up, conversation_id=conversation)
    assert not answer.abstained and told in answer.answer.split("[1]")[0], answer.answer


def test_he_after_a_new_name_is_still_the_person_the_last_answer_named(pipeline: Pipeline) -> None:
    # "msft" names Microsoft anew; "hes" is Elon Musk, whom "who's ceo of twitter" was answered with
    first = pipeline.ask("who's ceo of twitter")
    pipeline.ask("so hes the one threatening msft?", conversation_id=first.conversation_id)
    answer = pipeline.ask("what other companies does he run", conversation_id=first.conversation_id)
    assert "Tesla and SpaceX" in answer.answer.split("[1]")[0], answer.answer


@pytest.mark.parametrize(
    ("turns", "told"),
    [
        # the first turn's many words weigh together no more than the follow-up's own ("chips", "invested")
        (["Which article says Musk plans to enter AI with a new company called X.AI?", "And what chips has he invested in, according to it?"], "Nvidia"),
        (["So Microsoft is dropping Twitter from its ad platform?", "why are they doing that?", "how much are those fees?"], "$42,000"),
        # ... but a unit asked is no word of its own: "per year" is asked of the figure the turn before gave
        (["what's twitter charging companies for api access, like 42k up to 210k?", "is that per year or what"], "per month"),
    ],
)
def test_a_long_turn_before_does_not_outweigh_the_follow_ups_own_words(pipeline: Pipeline, turns: list[str], told: str) -> None:
    conversation = None
    for turn in turns:
        answer = pipeline.ask(turn, conversation)
        conversation = answer.conversation_id
    assert not answer.abstained and told in answer.answer


def test_a_pronoun_before_a_remark_after_the_question_mark_points_back(pipeline: Pipeline) -> None:
    # "they" stands for the company just named; the asker's remark after "?" names nothing new
    first = pipeline.ask("there was a music company also complaining about AI using their songs, which one was it?")
    answer = pipeline.ask("and what they said exactly? something about the law I think", first.conversation_id)
    assert not answer.abstained and answer.answer.startswith("Universal Music Group spoke out")


def test_a_phrase_ending_the_last_question_carries_its_words_to_the_next(pipeline: Pipeline) -> None:
    # "over twitter data right" has no verb: it leans on "musk threatened to sue microsoft", and "when did he do it"
    # then asks of the threat, not of Twitter's data
    third = asked(pipeline, "musk threatened to sue microsoft", "over twitter data right", "when did he do it")
    assert "19 April" in third.answer.split("[1]")[0], third.answer


def test_whats_he_say_asks_what_he_said(pipeline: Pipeline) -> None:
    follow = asked(pipeline, "musk threatening microsoft w a lawsuit lol", "wat's he say they did")
    assert "Lawsuit time" in follow.answer.split("[1]")[0], follow.answer


def test_a_refused_turn_about_him_leaves_him_the_one_the_next_asks_of(pipeline: Pipeline) -> None:
    # "is he british?" is refused; "where does he live now" still asks of the writer just named
    first = pipeline.ask("the digital trends article on this, who wrote it")
    second = pipeline.ask("is he british?", conversation_id=first.conversation_id)
    assert second.abstained
    third = pipeline.ask("where does he live now", conversation_id=second.conversation_id)
    assert "(Japan)" in third.answer, third.answer


def test_the_article_described_by_what_it_also_talks_about_is_no_words_to_find(pipeline: Pipeline) -> None:
    # "the one that talks also about Getty and about Bill Gates" names the article; "pause" is then found
    first = (
        "In one article, I think the one that talks also about Getty and about Bill Gates, it says that Musk stopped"
        " OpenAI's access to the Twitter database, the word 'pause' they used, is that right?"
    )
    follow = asked(pipeline, first, "And when did he announce that? The month is enough.")
    assert "December" in follow.answer.split("[1]")[0], follow.answer


def test_what_the_letters_mean_asks_the_abbreviation_the_last_turn_wrote(pipeline: Pipeline) -> None:
    first = "in one article they write LLMs, that Microsoft makes its own LLMs, I don't know this word"
    assert asked(pipeline, first, "what it means, the letters?").answer.startswith("Large language models")


def test_who_is_credited_for_the_photo_with_a_remark_after_it_asks_the_credit(pipeline: Pipeline) -> None:
    first = "On the BGR article there is a photo of Musk at the top, I need to put the source of the picture correctly."
    follow = asked(pipeline, first, "So who is credited for it? The name of the photographer, or the agency, whatever they wrote there.")
    assert follow.answer.startswith("Britta Pedersen-Pool/Getty Images"), follow.answer


def test_a_remark_after_the_follow_up_naming_a_month_does_not_cut_it_from_the_turn_before(pipeline: Pipeline) -> None:
    # "May" in the remark is no new name: "that" is still the change the first turn told of
    first = "Microsoft will stop to support Twitter in its advertising platform, so the users cannot manage their tweets there. Is this correct?"
    follow = asked(pipeline, first, "From which day does that start? Maybe I mix it with another story, because I remember a date in May.")
    assert "April 25" in follow.answer.split("[1]")[0], follow.answer


def test_the_parent_company_of_that_site_is_the_owner_of_the_outlet_just_quoted(pipeline: Pipeline) -> None:
    first = "In one article I read the abbreviation API written in full as 'Application Developer Interface'. Which article is this?"
    follow = asked(pipeline, first, "And who is the parent company of that site? It is at the end of the article, I think.")
    assert follow.answer.startswith("GlobalData"), follow.answer


def test_which_publication_they_say_reported_it_asks_the_source_cited(pipeline: Pipeline) -> None:
    first = "BGR wrote that Reddit also wants that companies pay for its data if they use it for AI. Is this correct, or was it another social network?"
    follow = asked(pipeline, first, "Which publication did they say reported that first? I ask because I want to read the original.")
    assert not follow.abstained and "Business Insider" in follow.answer.split("[1]")[0], follow.answer


def test_adding_it_back_asks_a_restoring_no_text_tells(pipeline: Pipeline) -> None:
    # "add it back" is "restore": not "... Elon Musk fired back ...", which holds "back"
    assert asked(pipeline, "when does microsoft drop twitter from the ad tool", "will they ever add it back?").abstained


def test_where_the_asker_met_the_news_is_no_topic_and_no_proof_is_a_no(pipeline: Pipeline) -> None:
    first = pipeline.ask("saw this on reddit earlier. who is suing who?")
    assert "Reddit" not in first.answer.split("[1]")[0]  # the threat to sue Microsoft, not Reddit's charging
    answer = pipeline.ask("did he show any proof", first.conversation_id)
    assert answer.answer.startswith("No. Despite the threat, there has been no further evidence"), answer.answer


def test_he_after_a_question_naming_an_author_or_typed_with_a_slip_is_that_author(pipeline: Pipeline) -> None:
    first = pipeline.ask("which outlet has the piece by trevor mogg")
    assert "Japan" in pipeline.ask("lol where did he move to", first.conversation_id).answer  # his bio, not Musk's "move"
    first = pipeline.ask("who wrote the bgr artcle")  # "artcle": the last question read with its slip fixed
    answer = pipeline.ask("how long has he been coverin tech", first.conversation_id)
    assert answer.answer.startswith("Over 10 years."), answer.answer


def test_a_message_pointing_at_the_thing_its_first_sentence_names_stands_alone(pipeline: Pipeline) -> None:
    first = pipeline.ask("why did microsoft cut twitter off")
    fees = pipeline.ask("oh the api fees. how much are those", first.conversation_id)
    assert not fees.abstained and "$42,000" in fees.answer  # of the fees it names, not of Microsoft's cutting off
    assert pipeline.ask("whats the top end", first.conversation_id).answer.startswith("$210,000.")


def test_after_the_writers_origin_or_byline_he_is_the_writer(pipeline: Pipeline) -> None:
    first = pipeline.ask("the digital trends writer, where is he from originally")
    assert "Japan" in pipeline.ask("and where does he live now", first.conversation_id).answer  # his bio, asked again
    first = pipeline.ask("who wrote the digital trends article about musk and microsoft?")
    role = pipeline.ask("who is this person? a journalist?", first.conversation_id)
    assert role.answer.startswith("Contributing Editor."), role.answer
    assert "Japan" in pipeline.ask("and in which country he is living now?", first.conversation_id).answer


def test_where_an_article_got_what_was_just_told_is_the_source_it_credits(pipeline: Pipeline) -> None:
    first = pipeline.ask("what was reddit doing about AI and its data?")
    source = pipeline.ask("where did BGR get that from?", first.conversation_id)
    assert source.answer.startswith("Business Insider."), source.answer  # "As reported by Business Insider, Reddit ..."
