"""The composer: answer kinds, spans, abstention, agreement and citations, on the bundled corpus."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from qa.answer.compose import ABSTAIN
from qa.answer.spans import best_span, names
from qa.ingest import boilerplate as bp
from qa.pipeline import Pipeline
from qa.question.kinds import classify
from qa.settings import Settings

BotOver = Callable[[dict[str, str]], Pipeline]


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    p = Pipeline(Settings(index=tmp_path_factory.mktemp("index")))
    p.index  # noqa: B018
    return p


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When did Musk threaten to sue?", "when"),
        ("What date will the change take effect?", "when"),
        ("In what year did Musk help form OpenAI?", "year"),
        ("How much will Twitter charge for API access?", "how_much"),
        ("How many features will users lose?", "how_many"),
        ("Who threatened to sue Microsoft?", "who"),
        ("Which company did Microsoft invest in?", "who"),
        ("Why is Microsoft dropping Twitter?", "why"),
        ("Has Musk filed a lawsuit?", "yes_no"),
        ("Who wrote the BGR article?", "author"),
        ("Which outlet published the article by Trevor Mogg?", "outlet"),
        ("which outlets covered this", "outlet"),  # several documents: each one's outlet
        ("what outlet?", "outlet"),  # after a question about an article or its author: that article's
        ("which site reported that microsoft was dropping twitter", "who"),  # a site the text names
        ("When was the Verdict article published?", "published"),
        ("Who wrote the eulogy?", "who"),  # names no article: a question about the text
        ("who wrote it", "author"),
        ("what date did the bgr article come out", "published"),
        ("what time did it go up", "published"),
        ("what time did bgr put their story out", "published"),  # a phrasal verb around the document
        ("bgr article publish date and time?", "published"),
        ("trevor mogg's outlet?", "outlet"),
        ("ok dumb question but what was the actual date of musk's lawsuit tweet", "when"),  # a label before the question
        ("when i merge two contacts in khard what happens to the first one", "what"),  # the clause first sets the scene
        ("At what time does the nightly backup run?", "when"),
        ("whos the ceo of microsoft", "who"),  # chat drops the apostrophe
        ("wheres musk from", "where"),
        ("which article mentions nvidia", "source"),
        ("which outlet reported that reddit is charging", "who"),  # an outlet the text cites
        ("which outlet says musk wants to sue", "source"),  # the article's own outlet
        ("which outlets covered this", "outlet"),  # each article's outlet, not the ones saying "this"
        ("whats his title there", "role"),  # an author's only right after a question about one
        ("what is the author's job title", "role"),
        ("what did he do after the threat", "what"),
        ("when did the iphone come out", "when"),  # no article: a question about the text
        ("What is Musk accusing Microsoft of?", "what"),
        ("what is microsoft's stock price", "how_much"),  # a possessive before the measure asked
        ("what is bill gates's weight", "how_many"),
    ],
)
def test_question_kinds(question: str, kind: str) -> None:
    assert classify(question).kind == kind


def test_names_skip_sentence_openers_and_months() -> None:
    found = [s.text for s in names("In February, Elon Musk said Universal Music Group and Getty Images agree.")]
    assert found == ["Elon Musk", "Universal Music Group", "Getty Images"]


def test_span_is_never_the_question_subject() -> None:
    sentence = "Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday."
    assert (
        best_span(sentence, "who", {"threaten", "sue", "microsoft"}, "Who threatened to sue Microsoft?").text
        == "Elon Musk"
    )


@pytest.mark.parametrize(
    ("question", "expected", "doc"),
    [
        ("Who threatened to sue Microsoft?", "Elon Musk", None),
        ("When did Musk threaten to sue Microsoft?", "19 April, 2023", "003_eb8d1d1d17b4e45c"),
        ("How much will Twitter charge for API access?", "$210,000 per month", None),
        ("How much did Microsoft invest in OpenAI?", "$10 billion", "002_890c5c9d10bfe8b2"),
        ("In what year did Musk help form OpenAI?", "2015", "000_3eae4d3813b44498"),
        # The "2018." (when Musk quit its board): "co-founder" says who, not when it was founded.
        ("When was OpenAI founded?", "2015", "000_3eae4d3813b44498"),
        ("What is Musk's planned AI chatbot called?", "TruthGPT", None),
        # The text says "Twitter boss Elon Musk"; who owns a company is asked as who heads it.
        ("Who owns Twitter?", "Elon Musk", None),
    ],
)
def test_typed_answers_lead_with_the_span(pipeline: Pipeline, question: str, expected: str, doc: str | None) -> None:
    result = pipeline.explain(question)
    assert not result.answer.abstained
    assert expected in result.composition.span
    assert result.answer.answer.startswith(result.composition.span[:1].upper())
    if doc:
        assert result.answer.citations[0].doc_id == doc


def test_a_span_chosen_among_several_names_does_not_lead(pipeline: Pipeline) -> None:
    # Reddit, Universal Music Group and Stable Diffusion are all named in the sentence and no other
    # article agrees: the nearest name is found (the short answer), but a guess is not put first.
    result = pipeline.explain("Who is Getty Images prosecuting?")
    assert result.composition.span == "Stable Diffusion"
    assert result.answer.citations[0].doc_id == "002_890c5c9d10bfe8b2"
    assert result.answer.answer.startswith("Companies like Reddit")


def test_no_name_leads_where_a_place_or_a_thing_that_is_no_name_is_asked(pipeline: Pipeline) -> None:
    # The confident wrong answer: "Microsoft." to "Where did Musk move from?" (no "from", "in" before it).
    assert not pipeline.ask("Where did Musk move from?").answer.startswith("Microsoft.")
    # A "which"/"what <noun>" question asks a thing more often than a name: no name is put first.
    for question in ("what ai products does microsoft build", "which tool did microsoft drop twitter from"):  # "Musk.", "Elon."
        composition = pipeline.explain(question).composition
        assert composition.answer.startswith(composition.sentence[:30]), composition.answer


def test_yes_no_reads_negation(pipeline: Pipeline) -> None:
    assert pipeline.ask("Has a lawsuit been filed yet?").answer.startswith("No.")


@pytest.mark.parametrize("question", ["summarize the bgr article", "whats the gist of the bgr piece", "tl;dr of the bgr one"])
def test_a_summary_of_an_article_is_its_title_and_first_sentence(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert answer.answer.startswith("“Elon Musk claims Microsoft illegally trained its AI using Twitter data")
    assert "Elon Musk has chosen his next major technology company to go to war with" in answer.answer
    assert [c.passage_id for c in answer.citations] == ["001_21e62f6ad766e5e3#0"]


def test_what_the_corpus_is_about_lists_its_articles_and_a_follow_up_means_the_one_cited(pipeline: Pipeline) -> None:
    answer = pipeline.ask("what are the articles about")
    assert answer.answer.startswith("The 5 documents: “Elon Musk threatens to sue Microsoft over AI training”")
    assert len(answer.citations) == 5 and not answer.abstained
    first = pipeline.ask("who wrote the digital trends article")
    about = pipeline.ask("what is it about", first.conversation_id)
    assert about.citations[0].doc_id == "000_3eae4d3813b44498" == first.citations[0].doc_id
    assert len(about.citations) == 1


@pytest.mark.parametrize(
    "question", ["how many articles r there", "what docs do you have", "list the articles", "whats in the corpus"]
)
def test_a_question_about_the_corpus_itself_lists_every_article_even_mid_conversation(
    pipeline: Pipeline, question: str
) -> None:
    first = pipeline.ask("who wrote the bgr article")
    answer = pipeline.ask(question, first.conversation_id)
    assert answer.answer.startswith("The 5 documents: “Elon Musk threatens to sue Microsoft over AI training”")
    assert len(answer.citations) == 5 and not answer.abstained


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is musk suing openai or microsoft", "Microsoft."),
        ("did musk threaten microsoft or google lol", "Microsoft."),
        ("did musk co-found openai or google", "OpenAI."),
    ],
)
def test_a_question_offering_two_answers_is_answered_by_the_one_a_sentence_says(
    pipeline: Pipeline, question: str, lead: str
) -> None:
    answer = pipeline.ask(question)
    assert not answer.abstained and answer.answer.startswith(lead)


def test_an_offered_answer_is_no_name_or_stands_after_a_negation_gives_no_choice(pipeline: Pipeline) -> None:
    # "free or paid": no names; the sentence says "will no longer keep its API free".
    assert not pipeline.ask("is the twitter api free or paid").answer.startswith(("Free.", "Paid."))


@pytest.mark.parametrize("question", ["did musk sue google too", "Did Musk sue Google too?"])
def test_a_yes_no_question_about_a_name_no_sentence_holds_is_refused(pipeline: Pipeline, question: str) -> None:
    # Sentences say Musk threatened to sue Microsoft; none says anything of suing Google ("google"
    # typed in lower case is a name too: the corpus only writes it with a capital).
    assert pipeline.ask(question).abstained
    assert not pipeline.ask("did musk threaten to sue microsoft").abstained


def test_a_value_asked_for_may_come_from_a_lower_sentence_that_says_every_word_asked(pipeline: Pipeline) -> None:
    # The best sentences say Microsoft is dropping Twitter but not when; a lower one says it ceases
    # supporting Twitter "starting April 25": it holds every word asked (cease for drop) and the date.
    answer = pipeline.ask("when will microsoft drop twitter")
    assert not answer.abstained and answer.answer.startswith("April 25.")
    # A lower sentence that lacks a word asked ("Musk" is only in the title) gives no value.
    assert pipeline.ask("How much did Musk pay for Twitter?").abstained


def test_a_question_about_several_articles_lists_each_ones_metadata(pipeline: Pipeline) -> None:
    outlets = pipeline.ask("which outlets covered this")
    assert not outlets.abstained and all(o in outlets.answer for o in ("Digital Trends", "BGR", "Verdict"))
    assert len(outlets.citations) == 3 and all(c.passage_id.endswith("#meta") for c in outlets.citations)
    assert "2 of the 5 documents do not say" in outlets.answer
    dates = pipeline.ask("when were these articles published")
    assert dates.answer.startswith("Published on April 19, 2023 [1][2][3][4]")
    # One article named: its own metadata, not a list; a site that reported something is no outlet question.
    assert pipeline.ask("who wrote the bgr articles").answer.startswith("Joe Wituschek.")
    assert "Mashable" in pipeline.ask("which site reported that microsoft was dropping twitter from its ad platform").answer


def test_a_writer_asked_of_an_outlet_named_is_that_articles_byline(pipeline: Pipeline) -> None:
    for q in ("whats the name of the bgr writer", "bgr author?", "who wrote for digital trends"):
        answer = pipeline.ask(q)
        assert not answer.abstained and answer.citations[0].passage_id.endswith("#meta"), q
    assert pipeline.ask("who's the bgr writer").answer.startswith("Joe Wituschek.")
    assert pipeline.ask("who is the digital trends reporter").answer.startswith("Trevor Mogg.")
    # No outlet named: a writer asked for is looked for in the text.
    assert not pipeline.ask("who is the writer of the hymn").citations or all(
        not c.passage_id.endswith("#meta") for c in pipeline.ask("who is the writer of the hymn").citations
    )


def test_a_bare_outlet_question_in_a_conversation_means_the_article_just_cited(pipeline: Pipeline) -> None:
    first = pipeline.ask("whos joe wituschek")
    assert pipeline.ask("what outlet", first.conversation_id).answer.startswith("BGR.")
    first = pipeline.ask("who wrote the digital trends article")
    assert pipeline.ask("which publication", first.conversation_id).answer.startswith("Digital Trends.")


def test_proof_is_evidence(pipeline: Pipeline) -> None:
    answer = pipeline.ask("was there any proof microsoft used twitter data")
    assert answer.answer.startswith("No.") and "no further evidence" in answer.citations[0].text


def test_a_hedged_sentence_is_no_plain_yes(pipeline: Pipeline) -> None:
    # "Musk threatened to sue Microsoft" does not say Twitter is suing: "no lawsuits have been filed" does
    answer = pipeline.ask("is twitter suing microsoft")
    assert not answer.abstained and "threatened to sue" in answer.answer
    assert not answer.answer.startswith("Yes")
    assert "no lawsuits have been filed" in answer.citations[0].text


@pytest.mark.parametrize(
    "question",
    [
        "Who painted the Mona Lisa?",
        "zzkq vlorp",
        "What is the capital of France?",
        "Who is the CEO of Apple?",
        "How many employees does Microsoft have?",
        "clear",  # one word, no question: every sentence holding it matches all of it
    ],
)
def test_out_of_corpus_questions_are_refused(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert answer.abstained
    assert answer.answer == ABSTAIN
    assert answer.citations == []
    assert answer.confidence < 0.5


@pytest.mark.parametrize("question", ["wat did univrsal musik say abut ai trainng", "OPENAI NONPROFIT???"])
def test_typos_and_shouting_still_answer(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert not answer.abstained
    assert answer.confidence >= 0.5


def test_a_name_typed_without_its_vowels_is_the_corpus_name(pipeline: Pipeline) -> None:
    answer = pipeline.ask("how much did msft put into openai")
    assert answer.answer.startswith("$10 billion")


def test_a_yes_no_answer_names_what_it_asks_of_in_its_own_words(pipeline: Pipeline) -> None:
    # "... of which Musk was a co-founder before quitting its board" stops something too, and its title names
    # Twitter; "... Twitter would "pause" OpenAI's database access" names Twitter itself
    answer = pipeline.ask("did twitter cut off openai at some point")
    assert answer.citations[0].text.startswith("Musk himself announced in December that Twitter would")


def test_a_year_in_a_clause_setting_the_time_need_not_be_told(pipeline: Pipeline) -> None:
    # "after musk cofounded openai in 2016, ...": a side detail (wrongly) recalled; the question is the rest
    answer = pipeline.ask("after musk cofounded openai in 2016, he said twitter would do what to openai's database access?")
    assert not answer.abstained and '"pause"' in answer.answer.replace("“", '"').replace("”", '"')
    assert pipeline.ask("did elon really buy like 10,000 nvidia gpus for x.ai?").abstained  # the figure is what is asked


def test_chat_clippings_of_words_are_read_whole(pipeline: Pipeline) -> None:
    # "biz" is business: "meant for small biz" asks of businesses, which the text names ("for large companies")
    answer = pipeline.ask("the 42k enterprise api tier is meant for small biz right")
    assert answer.answer.startswith("No.") and "large companies" in answer.answer


def test_what_a_seller_is_asking_is_its_price(pipeline: Pipeline) -> None:
    # "how much is X asking / does X want for Y": what it charges ("charging companies from $42,000")
    for question in ("How much money is Twitter asking at the minimum for using its API?", "how much does twitter want for using its api"):
        assert "$42,000" in pipeline.ask(question).answer
    assert pipeline.ask("how much does musk want to sue microsoft for").abstained  # "want to" asks no price


def test_citations_point_at_the_quoted_text(pipeline: Pipeline) -> None:
    answer = pipeline.ask("Which companies charge for access to their data?")
    for c in answer.citations:
        doc = pipeline.document(c.doc_id)
        passage = next(p for p in pipeline.index.passages if p.id == c.passage_id)
        assert c.text in passage.text
        assert passage.text == doc.text[passage.start : passage.end]
        assert f"[{c.n}]" in answer.answer


def test_agreeing_articles_are_cited_together(pipeline: Pipeline) -> None:
    answer = pipeline.ask("Who threatened to sue Microsoft?")
    docs = [c.doc_id for c in answer.citations]
    assert len(set(docs)) == len(docs) >= 2
    assert "articles agree" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who wrote the BGR article?", "Joe Wituschek"),
        ("Which outlet published Trevor Mogg's story?", "Digital Trends"),
        ("When was the BGR article published?", "April 19, 2023"),
        ("what date did the bgr piece come out", "Apr 19th, 2023"),  # the page's own words are quoted
        ("what time did the bgr article go up", "5:07PM EDT"),
        ("Which publication put out the article that mentions GlobalData's sister publications?", None),
        ("when did bgr publish its article", "April 19, 2023."),
        ("what time did bgr publish its story on this", "5:07PM EDT"),
        ("what's the title of the digital trends article", "“Elon Musk threatens to sue Microsoft over AI training”"),
        ("what does trevor mogg do", "Contributing Editor."),
    ],
)
def test_questions_about_the_articles_use_metadata(pipeline: Pipeline, question: str, expected: str | None) -> None:
    answer = pipeline.ask(question)
    if expected is None:
        return
    assert expected in answer.answer
    assert answer.citations and answer.citations[0].passage_id.endswith("#meta")


def test_a_follow_up_about_the_article_means_the_one_just_cited(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the bgr article about musk and microsoft")
    assert "Joe Wituschek" in first.answer
    answer = pipeline.ask("what time did it go up", first.conversation_id)
    assert answer.answer.startswith("5:07PM EDT")
    assert answer.citations[0].doc_id == first.citations[0].doc_id


def test_a_follow_up_about_his_title_after_who_wrote_it_gives_the_bylines_role(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the digital trends one")
    assert first.answer.startswith("Trevor Mogg")
    answer = pipeline.ask("whats his title there", first.conversation_id)
    assert answer.answer.startswith("Contributing Editor.")
    assert answer.citations[0].doc_id == first.citations[0].doc_id
    # So it does after "who is <an author>?" (one of the ways to ask about an author).
    by_name = pipeline.ask("who is trevor mogg")
    assert pipeline.ask("whats his title", by_name.conversation_id).answer.startswith("Contributing Editor.")
    # After a question about someone in the text, "his title" is about them, not an author.
    other = pipeline.ask("who is the ceo of twitter")
    assert "Contributing Editor" not in pipeline.ask("what is his title", other.conversation_id).answer


@pytest.mark.parametrize("question", ["what did trevor mogg write about", "which article did Trevor Mogg write?"])
def test_what_an_author_wrote_is_their_articles_title(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert answer.answer.startswith("Trevor Mogg wrote “Elon Musk threatens to sue Microsoft over AI training”")
    assert answer.citations[0].doc_id == "000_3eae4d3813b44498"


def test_what_he_wrote_after_a_question_about_an_author_is_that_authors_article(pipeline: Pipeline) -> None:
    first = pipeline.ask("who is joe wituschek")
    answer = pipeline.ask("what did he write about", first.conversation_id)
    assert answer.answer.startswith("Joe Wituschek wrote “Elon Musk claims Microsoft illegally trained")
    assert answer.citations[0].doc_id == "001_21e62f6ad766e5e3"
    # Someone in the text "writes" too: what Musk wrote is asked of the text, not of a byline.
    other = pipeline.ask("who threatened to sue microsoft")
    assert "wrote “" not in pipeline.ask("what did he write about", other.conversation_id).answer
    assert "wrote “" not in pipeline.ask("what did musk write").answer


def test_a_typo_of_a_word_asking_about_the_article_is_corrected(pipeline: Pipeline) -> None:
    # "author" is in no sentence of the corpus: it is still a word questions about articles use.
    assert pipeline.ask("whos the autohr of the bgr peice").answer.startswith("Joe Wituschek.")


@pytest.mark.parametrize("question", ["where does he work", "who does he write for", "what outlet is that"])
def test_where_an_author_works_is_their_articles_outlet(pipeline: Pipeline, question: str) -> None:
    first = pipeline.ask("who is joe wituschek")
    assert pipeline.ask(question, first.conversation_id).answer.startswith("BGR.")
    other = pipeline.ask("who threatened to sue microsoft")  # Musk: the text says where he works
    assert not pipeline.ask(question, other.conversation_id).answer.startswith(("BGR", "Digital Trends"))


@pytest.mark.parametrize("question", ["who is joe wituschek", "Who is Joe Wituschek?"])
def test_who_is_an_author_is_answered_from_the_byline(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    assert answer.answer.startswith("Tech News Contributor. Joe Wituschek, who wrote")
    assert answer.citations[0].doc_id == "001_21e62f6ad766e5e3"


@pytest.mark.parametrize("question", ["joe wituschek job title at bgr?", "what is joe wituschek's job title"])
def test_an_authors_title_asked_by_name_is_the_bylines_role(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).answer.startswith("Tech News Contributor. Joe Wituschek, who wrote")
    # the title of an author's article is its headline
    assert pipeline.ask("what's the title of trevor mogg's article").answer.startswith("Trevor Mogg wrote “Elon Musk threatens")


def test_his_title_after_who_wrote_an_article_is_its_authors_role(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the bgr one")
    assert pipeline.ask("his title?", first.conversation_id).answer.startswith("Tech News Contributor.")


def test_and_another_author_after_who_an_author_is_asks_who_that_one_is(pipeline: Pipeline) -> None:
    first = pipeline.ask("who is trevor mogg")
    answer = pipeline.ask("and joe wituschek?", first.conversation_id)
    assert answer.answer.startswith("Tech News Contributor. Joe Wituschek, who wrote")


@pytest.mark.parametrize(
    ("question", "outlet"),
    [
        ("what outlet is trevor mogg with", "Digital Trends."),
        ("where does joe wituschek work", "BGR."),
        ("Trevor Mogg is writing for which website?", "Digital Trends."),
        ("which news site does joe wituschek write for", "BGR."),
    ],
)
def test_an_authors_outlet_asked_by_name(pipeline: Pipeline, question: str, outlet: str) -> None:
    assert pipeline.ask(question).answer.startswith(outlet)


def test_how_many_of_the_articles_mention_it_lists_them(pipeline: Pipeline) -> None:
    assert pipeline.ask("how many of the articles mention reddit").answer.startswith("3 of the 5 documents")


def test_typos_are_fixed_before_the_kind_and_the_article_named_are_read(pipeline: Pipeline) -> None:
    answer = pipeline.ask("who wrote the digitl trends artcle")
    assert answer.answer.startswith("Trevor Mogg.")
    assert answer.question == "who wrote the digitl trends artcle"  # as asked


def test_which_article_mentions_names_the_article_and_quotes_it(pipeline: Pipeline) -> None:
    answer = pipeline.ask("which story mentions nvidia")
    assert "Nvidia" in answer.answer and answer.citations[0].doc_id == "004_d348144b868c9696"
    title = pipeline.document("004_d348144b868c9696").title
    assert answer.answer.startswith(f"“{title}”. ")  # the article has no outlet: its title names it
    assert pipeline.ask("which article mentions the pope").abstained


def test_which_articles_mention_lists_every_article_saying_it(pipeline: Pipeline) -> None:
    # OpenAI is in all five articles, Reddit in three; the search reaches past the 8 best passages for them.
    everyone = pipeline.ask("how many articles mention openai")
    assert everyone.answer.startswith("5 of the 5 documents: ") and len(everyone.citations) == 5
    assert all("OpenAI" in c.text for c in everyone.citations)
    some = pipeline.ask("which docs talk about reddit")
    assert some.answer.startswith("3 of the 5 documents: ") and all("Reddit" in c.text for c in some.citations)
    assert len({c.doc_id for c in some.citations}) == 3
    assert pipeline.ask("which articles mention the pope").abstained
    agree = pipeline.ask("how many articles agree musk threatened to sue")
    assert agree.answer.startswith("3 of the 5 documents: ") and all("threat" in c.text.lower() for c in agree.citations)
    every = pipeline.ask("do all the articles mention openai")
    assert every.answer.startswith("Yes, all 5 documents: ") and len(every.citations) == 5
    both = pipeline.ask("do all articles mention reddit")  # three say it; no "no": another may in other words
    assert both.answer.startswith("3 of the 5 documents: ")


def test_a_why_answered_by_a_conclusion_quotes_the_sentence_before_it(pipeline: Pipeline) -> None:
    # "So, there's an AI rivalry going on between the two." follows the reasons (X.AI, Nvidia).
    answer = pipeline.ask("why does the article say theres an ai rivalry between elon and microsoft?")
    assert answer.answer.startswith("So, there's an AI rivalry")
    assert "Nvidia" in answer.answer


def test_an_elliptical_follow_up_asks_the_same_about_another_article(pipeline: Pipeline) -> None:
    first = pipeline.ask("who wrote the bgr article")
    assert first.answer.startswith("Joe Wituschek")
    answer = pipeline.ask("and the digital trends one?", first.conversation_id)
    assert answer.answer.startswith("Trevor Mogg.")
    assert answer.citations[0].doc_id == "000_3eae4d3813b44498"


def test_since_when_finds_the_date_further_down_when_the_answer_quoted_none(pipeline: Pipeline) -> None:
    # The price sentences carry no date; "Earlier in February, Twitter announced ..." ranks ninth.
    first = pipeline.ask("how much does twitter charge for its api")
    assert "$42,000" in first.answer
    answer = pipeline.ask("since when?", first.conversation_id)
    assert not answer.abstained
    assert "February" in answer.answer.split("[1]")[0]


def test_unknown_metadata_is_refused_not_invented(pipeline: Pipeline) -> None:
    # The 002 article names no author anywhere.
    doc = pipeline.document("002_890c5c9d10bfe8b2")
    assert doc.author is None
    answer = pipeline.ask(f"Who wrote the article titled {doc.title}?")
    assert answer.abstained or "002_890c5c9d10bfe8b2" not in [c.doc_id for c in answer.citations]


def test_no_citation_is_boilerplate(pipeline: Pipeline) -> None:
    for q in [
        "Who wrote the article?",
        "Read more",
        "Skip to main content",
        "affiliate commission",
        "Recommended videos",
        "Stargate Project",
        "DeepSeek",
        "Perplexity assistant",
        "Getty Images photo credit",
    ]:
        for c in pipeline.ask(q).citations:
            assert not (bp.is_chrome(c.text) or bp.is_notice(c.text) or bp.is_bio_sentence(c.text)), (q, c.text)
            for teaser in ("Stargate", "DeepSeek", "Perplexity", "Trevor moved"):
                assert teaser not in c.text


def test_a_question_after_what_one_article_says_asks_the_others(pipeline: Pipeline) -> None:
    answer = pipeline.ask("digital trends says musk helped found openai in 2015, what year does the other article say he quit the board")
    assert answer.answer.startswith("2018")
    assert "000_3eae4d3813b44498" not in {c.doc_id for c in answer.citations}  # Digital Trends is the scene


def test_why_answered_by_a_sentence_without_a_reason_quotes_the_one_after(pipeline: Pipeline) -> None:
    answer = pipeline.ask("why does the bgr writer think ai companies should compensate others for their data")
    assert "copyright infringement" in answer.answer  # the sentence after the one restating the question


def test_what_an_abbreviation_stands_for_leads_with_its_words(pipeline: Pipeline) -> None:
    answer = pipeline.ask("what does DMC stand for")
    assert answer.answer.startswith("Digital Marketing Center.")
    # asked as people type it: short for, a source named first, "stands"
    assert pipeline.ask("whats dmc short for").answer.startswith("Digital Marketing Center.")
    assert pipeline.ask("what does the verdict article say API stands for").answer.startswith(
        "Application Developer Interface."
    )
    # the meaning of letters written in capitals is what they stand for
    assert pipeline.ask("so Twitter is removed from some tool, DMC I think? what DMC means, I am not sure").answer.startswith("Digital Marketing Center.")
    # GPT is never spelled out in the articles: a sentence that only names it is no answer.
    assert pipeline.ask("what does gpt stand for").abstained
    # letters typed in lower case, an apology first: all the letters spelled out ("large", not "language models")
    assert pipeline.ask("sorry if dumb q, what does llm mean").answer.startswith("Large language models.")


@pytest.mark.parametrize(
    "question", ["did musk actually sue microsoft", "has elon sued microsoft yet", "is musk suing microsoft"]
)
def test_whether_a_threatened_act_happened_is_answered_by_the_sentence_saying_it_did_not(
    pipeline: Pipeline, question: str
) -> None:
    # the best match has the suing only threatened; "... and no lawsuits have been filed" tells it
    answer = pipeline.ask(question)
    assert answer.answer.startswith("No. Despite the threat")
    assert "no lawsuits have been filed" in answer.citations[0].text


def test_the_threat_itself_is_still_told_by_the_sentence_threatening(pipeline: Pipeline) -> None:
    assert pipeline.ask("did musk threaten to sue microsoft").answer.startswith("Yes. ")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the question proper says nothing itself: the sentence before it is its topic
        ("did openai stop using customer data to train its models? when was that", "The beginning of March."),
        ("microsoft invested in openai. how much was it", "$10 billion."),
        ("saw musk did something to openai's twitter access in december. what was it", "would \"pause\" OpenAI's"),
    ],
)
def test_a_message_that_sets_its_topic_before_a_bare_question_is_answered_about_it(
    pipeline: Pipeline, message: str, expected: str
) -> None:
    assert expected in pipeline.ask(message).answer


@pytest.mark.parametrize(
    "question",
    [
        "how much did microsoft sink into openai",  # "sink" money into is to invest it
        "real quick, how much did microsoft invest in openai",  # an opener, no words to find
    ],
)
def test_chat_wording_of_an_investment_is_answered(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).answer.startswith("$10 billion.")


def test_the_name_of_a_thing_is_the_one_standing_beside_it(pipeline: Pipeline) -> None:
    # "Microsoft dropping Twitter from its social management and advertising tool" names no tool, and
    # "Elon" in it is no tool's name; "... advertising tools, Smart Campaigns, and Multi-platform" is
    answer = pipeline.ask("what's the name of the microsoft tool that's dropping twitter")
    assert "Smart Campaigns" in answer.citations[0].text
    assert not answer.answer.startswith("Elon")


def test_a_thing_named_by_its_kind_only_is_named_by_the_initialled_name_after_it(pipeline: Pipeline) -> None:
    # "... dropping Twitter from its social management and advertising tool." then, a sentence on, "... from
    # Microsoft's Digital Marketing Center (DMC)": the name, with the sentence the question matched
    answer = pipeline.ask("what's microsoft's social management tool called where twitter is getting removed?")
    assert answer.answer.startswith("Digital Marketing Center.")
    assert [c.text.endswith("advertising tool.") for c in answer.citations[:2]] == [True, False]
    assert "Digital Marketing Center (DMC)" in answer.citations[1].text


def test_a_year_no_text_names_is_no_year_to_answer_for(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI" last year; no text says 2019
    assert pipeline.ask("how much did microsoft invest in openai in 2019").abstained
    assert pipeline.ask("how much did microsoft invest in openai").answer.startswith("$10 billion.")


def test_a_vague_last_word_is_no_object_the_corpus_must_name(pipeline: Pipeline) -> None:
    # "openai's stuff" asks of its models; "stuff" is in no text, and need not be
    answer = pipeline.ask("does microsoft build its own llms or does it just use openai's stuff")
    assert "Microsoft creates its own large language models" in answer.answer


def test_how_many_of_what_a_sentence_lists_counts_its_items(pipeline: Pipeline) -> None:
    # "... will no longer be able to access the following features:" and four bullets
    assert pipeline.ask("how many features are users losing on the 25th").answer.startswith("Four. ")
    # "following" is no list of followers
    assert pipeline.ask("how many followers does musk have on twitter").abstained


@pytest.mark.parametrize("question", ["Who is the CEO of Microsoft?", "who's the ceo of microsoft according to the articles"])
def test_another_companys_ceo_is_no_answer(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).abstained  # the articles name Twitter's CEO, not Microsoft's


def test_a_turn_carries_its_words_as_analysed(pipeline: Pipeline) -> None:
    first = pipeline.ask("why is musk mad w microsfot rn")
    topic = pipeline.conversation(first.conversation_id).turns[-1].topic
    assert "microsoft" in topic and not {"w", "rn", "microsfot"} & set(topic)  # typo fixed, shorthand dropped


def test_a_date_that_is_no_calendar_date_is_quoted_not_a_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    doc = {"id": "a", "title": "Harbour news", "text": "The council voted to close the old pier to cars.", "date": "spring 2023"}
    (corpus / "a.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    answer = Pipeline(Settings(corpus=corpus, index=tmp_path / "index")).ask("When was the harbour article published?")
    assert answer.answer.startswith("Spring 2023.")


def test_who_owns_an_outlet_is_answered_from_its_publishers_notice(pipeline: Pipeline) -> None:
    answer = pipeline.ask("who owns verdict")
    assert answer.answer.startswith("GlobalData.") and answer.citations[0].passage_id.endswith("#meta")
    assert "publisher: GlobalData" in answer.citations[0].text
    assert not pipeline.ask("who owns twitter").answer.startswith("GlobalData")  # not an outlet: the text answers
    assert pipeline.ask("Which company is the parent of Verdict?").answer.startswith("GlobalData.")  # "parent" alone


@pytest.mark.parametrize(
    "question",
    ["which article came out first", "is the verdict piece newer than the bgr one", "which one is the most recent"],
)
def test_which_article_came_out_first_is_answered_from_the_dates(pipeline: Pipeline, question: str) -> None:
    answer = pipeline.ask(question)
    # All four dated articles are of April 19, 2023; BGR's dateline alone gives a time; one has no date.
    assert answer.answer.startswith("They came out the same day, April 19, 2023: ")
    assert "BGR (5:07PM EDT)" in answer.answer and answer.answer.endswith("1 of the 5 documents does not say when.")
    assert len(answer.citations) == 4 and all(c.passage_id.endswith("#meta") for c in answer.citations)
    assert not pipeline.ask("is musk the first one to claim microsoft did something illegal").answer.startswith("They came")


def test_a_title_made_of_a_pages_opening_words_is_no_title(pipeline: Pipeline) -> None:
    # Verdict's page has no headline: the stand-in made of its first words is not given as one.
    assert pipeline.ask("whats the headline of the verdict piece").abstained


def test_does_an_article_mention_what_only_another_says_is_no_and_the_other(pipeline: Pipeline) -> None:
    answer = pipeline.ask("does digital trends mention reddit")
    assert answer.answer.startswith("No: Digital Trends does not mention it; ")
    other = answer.answer.split(" does: ", 1)[1]  # another article, and its sentence naming Reddit
    assert "Reddit" in other.split("[1]")[0] and answer.citations[0].doc_id != "000_3eae4d3813b44498"
    assert pipeline.ask("does verdict mention the pope").abstained  # no article does
    said = pipeline.ask("does the bgr article mention reddit")  # it does: answered from it alone
    assert not said.answer.startswith("No") and said.citations[0].doc_id == "001_21e62f6ad766e5e3"


def test_a_time_of_day_asked_is_not_answered_by_a_day(pipeline: Pipeline) -> None:
    # The articles date the threat to a Wednesday but give no hour: "what time" is not answered by the day.
    assert pipeline.ask("what day did musk tweet the threat").answer.startswith("Wednesday")  # "Wednesday (19 April, 2023)."
    refused = pipeline.ask("at what time did musk tweet the threat")
    assert refused.abstained and refused.citations == []


def test_a_sentence_without_a_name_asked_about_does_not_answer(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "harbour.txt": "Harbour notes\n\nThe Globex company paid 5 million pounds for the Initech licence in 2001, "
            "and its engineers moved to the old mill the same year.\n",
            "acme.txt": "Acme history\n\nAcme was founded in 1990 by Jane Roe in a garage.\n",
        }
    )
    assert bot.ask("How much did Globex pay for the Initech licence?").answer.startswith("5 million pounds.")
    # The sentence says what Globex paid and when it moved: nothing about Acme.
    for question in ("How much did Acme pay for the Initech licence?", "When did Acme move to the old mill?"):
        assert bot.ask(question).abstained, question


def test_a_founding_date_of_another_name_does_not_date_the_one_asked(pipeline: Pipeline) -> None:
    # "Musk helped to form OpenAI in 2015": OpenAI's founding, not Microsoft's, whatever the case typed.
    assert pipeline.ask("When was OpenAI founded?").answer.startswith("2015.")
    for question in ("when was microsoft founded", "When was Microsoft founded?"):
        assert pipeline.ask(question).abstained, question


def test_a_question_ending_in_a_preposition_prefers_the_sentence_that_ends_alike(pipeline: Pipeline) -> None:
    # The README's first question: "accused Microsoft of training ..." over "accused Microsoft co-founder Bill Gates of ...".
    first = pipeline.ask("What is Musk accusing Microsoft of?").answer.split("[1]")[0]
    assert "Twitter data" in first and "Bill Gates" not in first


def test_what_another_name_did_does_not_answer_what_the_one_asked_did(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI, of which Musk was a co-founder": Microsoft's money, not Musk's.
    assert "$10 billion" in pipeline.ask("how much did microsoft invest in openai").answer
    assert pipeline.ask("how much did musk invest in openai").abstained
    # typed without its auxiliary, as people writing fast do
    assert pipeline.ask("how much musk donate to openai when he co-found it").abstained
    assert "$10 billion" in pipeline.ask("how much microsoft invest in openai").answer
    # an amount Microsoft spent tells nothing it saved or earned
    assert pipeline.ask("how much money does microsoft save per year by dropping twitter").abstained
    assert "$10 billion" in pipeline.ask("how much money did microsoft put into openai").answer  # money given, said otherwise
    # whatever the verb, the amount is what the one before it spent: Musk's purchase of Twitter is told nowhere
    assert pipeline.ask("how much did musk pay for twitter when he bought it last year").abstained
    # a deed told as a noun has its doer before it: "Microsoft's decision to remove Twitter from its ad platform"
    assert pipeline.ask("why did google drop twitter from its ad platform").abstained
    assert pipeline.ask("why google remove twitter from its ad platform on april 25").abstained  # no auxiliary, nor past
    assert not pipeline.ask("why did microsoft drop twitter from its ad platform").abstained
    # "he" stands for one named before, not for OpenAI named after it: "Musk helped to form OpenAI in 2015"
    assert "2015" in pipeline.ask("i know musk was involved early on but what year did he help form openai").answer
    # "the Twitter CEO said in a tweet": a role, who may be the one asked about
    assert "19 April" in pipeline.ask("so when exactly did musk tweet the 'lawsuit time' thing? like what day").answer


def test_the_date_asked_is_one_in_figures_even_where_the_deed_is_said_otherwise(pipeline: Pipeline) -> None:
    # "the date" asks a date in figures, not the weekday of the sentence holding every word asked; the one dating
    # it names the deed otherwise ("threatened to sue" for "posted the lawsuit tweet")
    assert pipeline.ask("do u know the date musk posted the lawsuit tweet").answer.startswith("Wednesday (19 April, 2023)")
    assert pipeline.ask("when did musk post the lawsuit tweet").answer.startswith("Wednesday")


def test_a_vague_count_of_something_else_does_not_answer_how_many(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "mill.txt": "Mill notes\n\nSeveral companies bought grain from the mill in 1900. "
            "The mill employed several millers that year.\n",
            "office.txt": "Office notes\n\nOrders were written by hand in the office.\n",
        }
    )
    # "several companies" counts no orders, "several millers" counts millers.
    assert bot.ask("how many orders did the mill get in 1900").abstained
    assert not bot.ask("how many millers did the mill employ").abstained


def test_a_name_typed_apart_is_held_by_the_word_the_text_writes_it_as(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "net.txt": "Networking\n\nAppleTalk was a suite of networking protocols developed by Apple Inc. in 1985.\n",
            "print.txt": "Printers\n\nThe printer was sold from 1985. A talk about it was given in 1990.\n",
        }
    )
    # "Talk" is no missing name: "AppleTalk" holds it.
    answer = bot.ask("When did Apple Inc. develop the Apple Talk networking protocols?")
    assert answer.answer.startswith("1985.")


def test_a_sentence_announcing_a_list_is_quoted_with_its_items_beyond_its_passage(pipeline: Pipeline) -> None:
    # BGR's "... no longer be able to access the following features:" heads four bullets that run into
    # the next passages: the answer lists every one, each cited to the passage holding it.
    answer = pipeline.ask("what features are users losing")
    assert answer.answer.startswith("The company says that starting on April 25th")
    for item in ("Access your Twitter account", "Create and manage drafts", "View past Tweets", "Schedule Tweets"):
        assert item in answer.answer
    by_id = {p.id: p.text for p in pipeline.index.passages}
    assert all(c.text in by_id[c.passage_id] for c in answer.citations)


@pytest.mark.parametrize(
    "question", ["what is microsoft's market cap", "what is the capital of australia", "what version of gpt does bing use"]
)
def test_a_value_of_a_thing_the_corpus_never_names_is_refused(pipeline: Pipeline, question: str) -> None:
    # No article uses "cap", "capital" or "version": none gives one, whatever sentence holds the other words.
    assert pipeline.ask(question).abstained


def test_a_kind_of_thing_asked_for_is_no_value_the_corpus_must_name(pipeline: Pipeline) -> None:
    # "chip maker" is in no article, but the answer is a name of one ("Nvidia"); "the name of" asks none.
    assert "Nvidia" in pipeline.ask("which chip maker has elon invested in").answer
    assert not pipeline.ask("what is the name of the company musk co-founded").abstained
    # nor is the kind of value asked: no article says "range", "between $42,000 and $210,000" is one
    answer = pipeline.ask("i read twitter wanted like crazy money for api access, what was the monthly range exactly?")
    assert not answer.abstained and "$210,000" in answer.answer
    # but the thing it is the value of is: no article prices "twitter blue"
    assert pipeline.ask("whats the monthly price of twitter blue these days").abstained


@pytest.mark.parametrize("question", ["when was chatgpt released", "when will the trial start"])
def test_a_date_of_an_event_the_corpus_never_names_is_refused(pipeline: Pipeline, question: str) -> None:
    # Nothing is "released" and no "trial" is in any article: the dates there are of other events.
    assert pipeline.ask(question).abstained
    assert not pipeline.ask("when did musk leave openai's board").abstained  # "before quitting its board in 2018"


def test_a_measure_asked_of_someone_needs_a_figure(pipeline: Pipeline) -> None:
    # "... and even made fun of his weight": the sentence names the weight, not what it is.
    assert pipeline.ask("what is bill gates's weight").abstained


def test_still_asks_what_continues(pipeline: Pipeline) -> None:
    # '... "other social media channels such as Facebook, Instagram, and LinkedIn will continue to be available."'
    answer = pipeline.ask("which social networks will still work on microsoft's platform")
    assert "Instagram" in answer.citations[0].text


def test_a_sum_of_money_is_no_count_of_people(pipeline: Pipeline) -> None:
    # "... which has poured billions of dollars into the startup's development": no count of users.
    assert pipeline.ask("how many users does chatgpt have").abstained
    # "... charging between $42,000 and $210,000 per month ...": no count of developers
    assert pipeline.ask("how many developers were using twitters api before they started charging").abstained
    assert "$10 billion" in pipeline.ask("how many dollars did microsoft invest in openai").answer
    # "... comes almost two months after reports ...": a count of time, not of users ("monthly" is not counted)
    assert pipeline.ask("how many monthly users does twitter have rn").abstained


def test_a_date_of_a_threat_is_no_date_of_the_act_threatened(pipeline: Pipeline) -> None:
    # "Elon Musk threatened to sue Microsoft on Wednesday (19 April, 2023)": no one sued on Wednesday.
    assert pipeline.ask("when did musk sue microsoft").abstained
    assert pipeline.ask("when will twitter sue microsoft").abstained
    assert pipeline.ask("when did musk threaten to sue microsoft").answer.startswith("Wednesday")


def test_a_sum_of_money_is_no_measure_of_another_thing(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI ... last year": no revenue of Twitter's, no equity.
    assert pipeline.ask("how much revenue did twitter make from its api last year").abstained
    assert not pipeline.ask("how much dose the twitter api cost").abstained  # "dose": a slip, no noun measured
    # "... charging between $42,000 and $210,000 per month for access to its API": a price, no damages
    assert pipeline.ask("how much money in damages is musk asking microsoft for?").abstained
    # "... Microsoft invested $10 billion in OpenAI": no valuation of OpenAI's
    assert pipeline.ask("what was openai's valuation after the microsoft investment?").abstained


def test_another_kind_of_the_thing_asked_or_an_unsettled_clause_is_no_answer(pipeline: Pipeline) -> None:
    # "the Enterprise Tier API" is no basic tier, which no article names; "We'll have to see if Twitter and
    # Microsoft actually end up in court" names no court.
    assert pipeline.ask("how much does the basic api tier cost").abstained
    assert "$42,000" in pipeline.ask("how much does the twitter api cost").answer
    # a superlative compares, names no kind; the cheapest is no price told only as a top ("as high as $42,000")
    cheapest = pipeline.ask("twitter api cheapest tier per month?")
    assert cheapest.abstained or "between $42,000 and $210,000" in cheapest.answer, cheapest.answer
    # a kind is said before a noun, not a verb: "label spoke" is no kind of "Universal Music Group spoke out"
    assert "Universal Music Group" in pipeline.ask("which record label spoke out against ai training on its music").answer
    assert pipeline.ask("which court did musk file the lawsuit against microsoft in").abstained
    assert "Business Insider" in pipeline.ask("which outlet reported that reddit wants companies to pay for its data").answer


def test_what_a_claim_meant_told_unknown_answers_which_it_meant(pipeline: Pipeline) -> None:
    # "It's currently unclear exactly what AI products Musk is accusing Microsoft of using Twitter data to train"
    answer = pipeline.ask("so which ai products did musk even mean")
    assert not answer.abstained and "unclear exactly what AI products" in answer.answer.split("[1]")[0]
    assert pipeline.ask("which ai products exactly did microsoft train on twitter data? like names pls").abstained


def test_who_did_it_to_whom_the_wrong_way_round_is_refused(pipeline: Pipeline) -> None:
    # "Twitter CEO, Elon Musk, threatened to sue Microsoft": Microsoft sued no one.
    assert pipeline.ask("wait when did microsoft sue twitter? i missed that").abstained
    assert pipeline.ask("why did microsoft sue twitter first").abstained
    assert pipeline.ask("when did musk threaten to sue microsoft").answer.startswith("Wednesday")


def test_a_why_question_about_a_name_its_sentence_lacks_is_refused(pipeline: Pipeline) -> None:
    # Microsoft drops Twitter, not Instagram (which its platform keeps): no reason is told for that.
    assert pipeline.ask("why did microsoft drop instagram from smart campaigns").abstained
    assert not pipeline.ask("why did microsoft drop twitter from smart campaigns").abstained


def test_money_put_into_something_is_invested(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI": Microsoft's money, not Musk's, however the verb is typed.
    assert pipeline.ask("how much did musk originally put into openai").abstained
    assert "$10 billion" in pipeline.ask("how much did microsoft put into openai").answer


def test_a_date_the_question_gives_is_no_answer(pipeline: Pipeline) -> None:
    # "Earlier in February, Twitter announced ...": the day in February asked is not told.
    assert pipeline.ask("what exact day in february did twitter announce the api pricing").abstained


def test_a_verb_acting_on_another_name_is_no_answer(pipeline: Pipeline) -> None:
    # "Elon Musk, threatened to sue Microsoft": no one threatened Google, which the sentence never names.
    # The right name after the verb still answers.
    assert pipeline.ask("why did musk threaten to sue google over bard").abstained
    assert not pipeline.ask("why did musk threaten to sue microsoft").abstained
    assert "Musk" in pipeline.ask("who founded openai").answer


def test_a_sentence_without_a_date_is_dated_by_the_one_before_it_that_tells_the_same_event(pipeline: Pipeline) -> None:
    # '"... Lawsuit time," the Twitter CEO said in a tweet.' follows "Twitter CEO, Elon Musk, threatened to
    # sue Microsoft on Wednesday (19 April, 2023) ...": between them they hold every word asked.
    answer = pipeline.ask("when did musk tweet about the lawsuit")
    assert answer.answer.startswith("Wednesday (19 April, 2023).")
    assert any("Lawsuit time" in c.text for c in answer.citations)
    assert pipeline.ask("when did reddit tweet about the lawsuit").abstained  # Reddit tweeted nothing
    # "Musk's post came after ..." stands in the passage after the one dating the threat, two sentences on.
    assert pipeline.ask("what day of the week did musk post the threat").answer.startswith("Wednesday (19 April, 2023).")
    # to post it is to tweet it: the quote's sentence says "in a tweet", the one before dates it
    assert pipeline.ask("so when exactly did musk post the 'lawsuit time' tweet?").answer.startswith("Wednesday (19 April, 2023).")
    # a question naming no one: the sentence before need name no one either
    assert pipeline.ask("lawsuit time tweet - what date?").answer.startswith("Wednesday (19 April, 2023).")


def test_a_follow_up_is_dated_by_the_sentence_before_its_answer(pipeline: Pipeline) -> None:
    # "Earlier in February, Twitter announced ..." stands before "... the Enterprise Tier API which will cost
    # as high as $42,000": the name dating it, Twitter, was asked about in the first turn.
    first = pipeline.ask("whats twitters enterprise api tier")
    second = pipeline.ask("how much does it cost", conversation_id=first.conversation_id)
    third = pipeline.ask("when was that announced", conversation_id=second.conversation_id)
    assert third.answer.startswith("February.")


def test_which_ones_after_a_question_asks_of_its_things(pipeline: Pipeline) -> None:
    first = pipeline.ask("when is microsoft dropping twitter from its ad platform")
    answer = pipeline.ask("and which ones are staying?", conversation_id=first.conversation_id)
    assert "Instagram" in answer.answer


def test_how_many_counts_a_list_announced_of_the_things_asked(pipeline: Pipeline) -> None:
    # "... no longer be able to access the following features:" and its four items, not "in one spot".
    assert pipeline.ask("how many features is microsoft removing").answer.startswith("Four.")


def test_a_date_asked_by_its_part_names_that_part(pipeline: Pipeline) -> None:
    # "Musk helped to form OpenAI in 2015 (though he left soon after)": no month.
    assert pipeline.ask("what month did musk leave openai, like exactly").abstained
    assert pipeline.ask("what day of the week did musk threaten to sue microsoft").answer.startswith("Wednesday")


def test_money_put_in_by_another_or_a_sum_of_another_thing_is_no_answer(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI": not Musk's money, no ad revenue of Twitter's.
    assert pipeline.ask("how much money did musk put into openai when he co-founded it").abstained
    assert pipeline.ask("how much ad revenue does twitter get from microsoft each year").abstained


def test_a_follow_ups_pronoun_stands_for_the_name_carried_when_another_did_it(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI": "he" is Musk, who put in nothing the articles tell.
    first = pipeline.ask("who helped form openai in 2015")
    assert pipeline.ask("how much money did he put in", conversation_id=first.conversation_id).abstained


def test_a_question_about_an_event_the_sentence_denies_is_refused(pipeline: Pipeline) -> None:
    # "... and no lawsuits have been filed": no court, no date of filing.
    assert pipeline.ask("which court did musk file the suit in").abstained
    assert pipeline.ask("which court did twitter file the lawsuit against microsoft in").abstained
    assert pipeline.ask("did musk actually file the lawsuit").answer.startswith("No.")


def test_what_a_pointed_at_abbreviation_stands_for_is_spelled_out(pipeline: Pipeline) -> None:
    # "... from Microsoft's Digital Marketing Center (DMC).": "that" is the DMC the message named.
    answer = pipeline.ask("ngl i keep seeing DMC in one of the articles, what does that stand for")
    assert answer.answer.startswith("Digital Marketing Center.")


def test_a_quoted_sentence_announcing_a_list_brings_its_items(pipeline: Pipeline) -> None:
    # "... no longer be able to access the following features:" quoted after the best sentence: its four
    # items follow it, not only the first.
    answer = pipeline.ask("what exactly can ppl no longer do with twitter in microsofts tool after the 25th")
    assert "the following features:" in answer.answer
    assert "Schedule Tweets" in answer.answer and "View past Tweets" in answer.answer


def test_a_doer_no_text_names_is_refused(pipeline: Pipeline) -> None:
    # No article names Apple: whatever dropped Twitter, it was not Apple. A doer that classifies the name
    # after it ("the company Microsoft") or is the text's author is no such doer.
    assert pipeline.ask("did apple also drop twitter from its ad platform").abstained
    assert pipeline.ask("why did apple drop twitter from its ad platform").abstained
    assert pipeline.ask("how much did apple invest in openai?").abstained  # "Microsoft invested $10 billion in OpenAI"
    assert not pipeline.ask("did microsoft drop twitter from its ad platform").abstained
    assert not pipeline.ask("why does the author think ai firms should pay for data").abstained
    # a doer named by a word too short to search ("the eu regulators") is the word after it; "the articles" is the text's
    assert pipeline.ask("what did the eu regulators say about this").abstained
    assert not pipeline.ask("do the articles agree on when microsoft stops supporting twitter").abstained


def test_who_runs_a_thing_asks_its_head_in_relation_to_it(pipeline: Pipeline) -> None:
    # "Twitter CEO Elon Musk" heads Twitter; no sentence names a head of Microsoft's advertising.
    assert pipeline.ask("who runs microsoft advertising").abstained
    assert pipeline.ask("who runs microsoft's advertising division").abstained
    assert "Musk" in pipeline.ask("who runs twitter").answer


def test_a_sentence_that_says_when_itself_is_not_dated_by_the_one_before(pipeline: Pipeline) -> None:
    # "In a tweet in February, Musk tweeted: ..." then "Musk recently confirmed ... plans to launch ...
    # TruthGPT": February is the tweet's month, not the launch's; the quote before a date is still dated.
    first = pipeline.ask("what's musk's chatgpt competitor called")
    assert pipeline.ask("when's it launching", conversation_id=first.conversation_id).abstained
    assert "19 April" in pipeline.ask("when did musk tweet about the lawsuit").answer


def test_chat_fragments_and_trailing_words_keep_the_kind_asked(pipeline: Pipeline) -> None:
    assert "19 April" in pipeline.ask("exact date of musk's lawsuit tweet?").answer
    assert pipeline.ask("what is openai valued at rn").abstained  # no figure values OpenAI
    assert pipeline.ask("how much of his own money did musk put into openai when he co-founded it").abstained


def test_a_source_named_before_say_leaves_the_question_it_frames(pipeline: Pipeline) -> None:
    assert pipeline.ask("what does verdict say api stands for").answer.startswith("Application Developer Interface.")
    assert pipeline.ask("joe wituschek's piece, which site was that on").answer.startswith("BGR.")


def test_a_how_to_question_about_a_thing_of_a_kind_no_text_names_is_refused(pipeline: Pipeline) -> None:
    # "starter" is a form of "starting", but no text says "sourdough".
    assert pipeline.ask("how do i make a sourdough starter lol").abstained


def test_which_outlet_reported_a_thing_asks_a_publication_the_text_names(pipeline: Pipeline) -> None:
    # "reports from various publications, including Mashable, claimed that Microsoft was planning to remove
    # Twitter": the name beside the kind asked, not the article's own outlet.
    answer = pipeline.ask("which outlet first reported that microsoft is removing twitter from the ad platform")
    assert answer.answer.startswith("Mashable.")
    assert pipeline.ask("which outlet published the bgr story").answer.startswith("BGR.")


def test_a_sentence_announcing_a_list_holds_the_words_of_its_items(pipeline: Pipeline) -> None:
    # "... no longer be able to access the following features:" then "• Access your Twitter account through our
    # social management tool": the "tool" asked about is in an item; "loose" is lose as often typed.
    answer = pipeline.ask("what features do users loose on microsoft's tool after the cutoff")
    assert not answer.abstained and "Schedule Tweets" in answer.answer


def test_the_price_of_a_thing_no_text_names_is_refused(pipeline: Pipeline) -> None:
    assert pipeline.ask("how much does twitter blue cost").abstained
    assert not pipeline.ask("how much does the enterprise tier cost").abstained


def test_whether_an_article_mentions_a_thing_is_yes_when_a_sentence_of_it_names_it(pipeline: Pipeline) -> None:
    # "... without doing so, it skirts with copyright infringement": a negation, but a mention all the same
    assert pipeline.ask("does the bgr article mention copyright").answer.startswith("Yes.")



def test_a_feature_asked_for_may_be_one_of_the_tools_the_text_names(pipeline: Pipeline) -> None:
    # "... across its online social advertising tools, Smart Campaigns, and Multi-platform"
    assert "Smart Campaigns" in pipeline.ask("whats the name of the microsoft ad feature that won't support twitter anymore").answer


def test_a_sentence_naming_neither_the_thing_nor_the_event_dates_neither(pipeline: Pipeline) -> None:
    # "... Microsoft invested $10 billion in OpenAI, of which Musk was a co-founder before quitting its board
    # in 2018": in an article about Twitter, but no founding of Twitter.
    assert pipeline.ask("When was Twitter founded?").abstained
    assert "2015" in pipeline.ask("when was openai founded").answer


def test_where_a_thing_is_by_a_verb_no_text_uses_is_refused(pipeline: Pipeline) -> None:
    # no article says where anything is headquartered; "... his new company X.AI" names it, no seat
    assert pipeline.ask("where is x.ai headquartered").abstained


def test_typed_slips_and_hedges_do_not_hide_the_frame(pipeline: Pipeline) -> None:
    # as the noise generator types them: a hedge before "say", a filler before "date of", an acronym in
    # lower case before "what does that stand for", an author's piece without a comma before "which site"
    assert pipeline.ask("what does exactyl verdict say api stands for i think").answer.startswith("Application Developer")
    assert "19 April" in pipeline.ask("um exaact date of musk's lawsuit tweet i think").answer
    assert pipeline.ask("um one article calls microsoft's tool dmc what does that stad for").answer.startswith(
        "Digital Marketing Center."
    )
    assert pipeline.ask("um joe wituschek's pece whcih site was that on i think").answer.startswith("BGR.")


def test_an_adverb_inside_a_phrasal_verb_keeps_it_one_verb(pipeline: Pipeline) -> None:
    # "put really into" is "invest" as "put into" is: Microsoft invested, not Musk
    assert pipeline.ask("how much money did musk put really into openai when he co-founded it").abstained


def test_the_name_of_a_thing_the_text_mentions_unnamed_is_refused(pipeline: Pipeline, bot_over: BotOver) -> None:
    # "OpenAI using a specific data set, that Elon feels is illegal": the set is never named.
    assert pipeline.ask("what's the name of the specific data set openai supposedly used").abstained
    assert pipeline.ask("what's the name of the specific dataset musk says openai used illegally?").abstained  # closed up
    # best answered by another sentence ("They trained illegally using Twitter data"): the one mentioning the set is read
    assert pipeline.ask("what's the name of the data set musk says is illegal?").abstained
    # "that data set", "whats its name" after the question naming it
    assert pipeline.ask("the x.ai article mentions a specific data set openai used, what is that data set actually called?").abstained
    assert pipeline.ask("which exact data set does musk think openai used illegaly? whats its name?").abstained
    bot = bot_over(
        {
            "history.txt": "City history\n\nPawiak, an infamous German Gestapo prison, is now a museum. "
            "The final was an American football game called the Super Bowl. "
            "The engineer built a trio of locomotives, concluding with the Catch Me Who Can in 1808.\n",
        }
    )
    # A name before the thing ("Pawiak, an ... prison"), after it ("... called the Super Bowl") or a mention of
    # something else ("a trio of locomotives") is no unnamed thing.
    assert "Pawiak" in bot.ask("what was the name of the infamous german gestapo prison").answer
    assert "Super Bowl" in bot.ask("what is the name of the american football game").answer
    assert "Catch Me Who Can" in bot.ask("what was the name of the locomotive that debuted in 1808").answer


def test_which_thing_a_sentence_mentions_only_as_its_owners_is_refused(pipeline: Pipeline, bot_over: BotOver) -> None:
    # "Musk ... accused Microsoft of training its AI products": which products is never said
    assert pipeline.ask("which microsoft ai product was trained on the tweets").abstained
    assert pipeline.ask("what specific data set does elon think openai used illegally, like whats it called").abstained
    # asked by its verb, no auxiliary: "Universal Music Group ... claiming that any use of its artists' music ..."
    assert pipeline.ask("which universal music artists complained about ai training").abstained
    # the owner named with the kind of thing asked is the one asked: "Universal Music Group ... its artists' music"
    assert "Universal Music Group" in pipeline.ask("which music label is complaining about ai training on its songs").answer
    bot = bot_over(
        {
            "suits.txt": "Lawsuits\n\nGetty Images is prosecuting Stable Diffusion for stealing its content to train its "
            "image generator. Ctenophores form an animal phylum that is more complex than sponges.\n",
        }
    )
    # "its" is another's than the question names: the generator's owner is the answer; a name before the verb
    assert "Stable Diffusion" in bot.ask("which image generator is getty suing").answer
    assert "Ctenophores" in bot.ask("which phylum is more complex than sponges").answer


def test_an_exact_date_asked_is_not_answered_by_a_part_of_a_month(pipeline: Pipeline) -> None:
    # "at the beginning of March" names no day
    assert pipeline.ask("what's the exact date in march openai stopped using customer data").abstained
    assert "19" in pipeline.ask("what is the exact date musk threatened microsoft").answer
    assert "19 April" in pipeline.ask("whats the actual date of musk's lawsuit tweet").answer  # dated the sentence before


def test_a_fragment_asking_a_price_wants_an_amount(pipeline: Pipeline) -> None:
    assert pipeline.ask("reddit api price?").abstained  # Reddit will charge, no price is given
    assert "$42,000" in pipeline.ask("twitter api price?").answer


def test_a_when_question_about_a_start_is_not_dated_by_an_end(pipeline: Pipeline) -> None:
    # the articles date when Microsoft stops supporting Twitter, never when it added it
    assert pipeline.ask("when did microsoft first add twitter support to its ad platform").abstained
    assert "April 25" in pipeline.ask("when does microsoft stop supporting twitter").answer
    assert not pipeline.ask("what year did musk help start openai").abstained  # "co-founded": a start told


def test_where_a_thing_is_by_a_word_the_corpus_never_uses_is_refused(pipeline: Pipeline) -> None:
    assert pipeline.ask("where is x.ai headquarterd").abstained  # read as "headquarters", which no text says


def test_a_yes_no_question_is_not_answered_unclear_by_a_sentence_unclear_of_another_event(pipeline: Pipeline) -> None:
    # "We'll have to see if Twitter and Microsoft actually end up in court": unclear of court, not of a reply
    assert pipeline.ask("did microsoft ever respond to musk's lawsuit threat?").abstained
    assert pipeline.ask("will twitter and microsoft end up in court?").answer.startswith("It is not clear.")


def test_a_short_question_after_a_question_refines_it(pipeline: Pipeline) -> None:
    answer = pipeline.ask("how much is twitter asking per month for api access? whats the range").answer
    assert "$42,000" in answer and "$210,000" in answer
    dated = pipeline.ask("musk lawsuit threat date?")  # a fragment asking a date: "date" is no word to find
    assert not dated.abstained and ("19 April" in dated.answer or dated.answer.startswith("Wednesday"))


def test_when_a_change_kicks_in_is_when_it_takes_effect(pipeline: Pipeline) -> None:
    # "... starting April 25": "kick in" reads "start", not a word no text uses
    answer = pipeline.ask("so microsoft is cutting twitter off from its ad platform, what day does that kick in")
    assert "April 25" in answer.answer


def test_others_asked_besides_one_the_sentence_tells_only_of_are_refused(pipeline: Pipeline) -> None:
    # "... OpenAI, of which Musk was a co-founder ...": no other co-founder is named
    assert pipeline.ask("who else co-founded openai alongside musk").abstained
    assert pipeline.ask("which other companies besides microsoft removed twitter from their tools").abstained
    # "ChatGPT, as well as other generative-AI tools like Google's Bard": another is named after the word asked
    answer = pipeline.ask("besides chatgpt, what other generative ai tool does the digital trends article mention")
    assert "Bard" in answer.answer and not answer.abstained
    # "do with twitters data": a thing of Twitter's, no Twitter set aside ("The previous API system allowed ...")
    answer = pipeline.ask("what did the old free api let other companies do with twitters data")
    assert "look through Twitter's data" in answer.answer and not answer.abstained


def test_what_they_said_after_a_question_naming_them_asks_what_that_one_said(pipeline: Pipeline) -> None:
    # "they" is Microsoft: "It's too early to say ..." and the Twitter CEO's tweet tell nothing Microsoft said
    assert pipeline.ask("did microsoft respond to musk's lawsuit threat? what did they say").abstained
    assert pipeline.ask("has microsoft responded publicly to musks threat yet? what did they say").abstained
    # asked by its noun: "In response to the announcement, Musk suddenly accused Microsoft ..." is Musk's
    assert pipeline.ask("what was microsoft's official response to musk's accusation").abstained


def test_whether_one_does_it_when_the_sentence_has_another_do_it_is_refused(pipeline: Pipeline) -> None:
    # "... Universal Music Group are charging ..., and ... Getty Images is prosecuting Stable Diffusion"
    assert pipeline.ask("is univeral music group suing stable diffusion too?").abstained
    assert pipeline.ask("is twitter suing universal music group too?").abstained
    # the doer named in full ("Getty Images") is the one asked
    assert "Stable Diffusion" in pipeline.ask("Which image generator is Getty suing?").answer


def test_a_share_asked_with_a_percent_sign_needs_a_share(pipeline: Pipeline) -> None:
    # "Microsoft invested $10 billion in OpenAI" tells a sum, no share of it
    assert pipeline.ask("wat % of openai does msft own after the 10b").abstained
    assert pipeline.ask("what percent of openai does microsoft own").abstained


def test_an_option_no_text_names_is_no_reason_to_refuse_when_the_other_is_told(pipeline: Pipeline) -> None:
    # "The tweet reply read, ..." tells the first option; no text says "standalone"
    assert "reply" in pipeline.ask("was musks tweet a reply to smth or standalone").answer
    # neither option told: refused
    assert pipeline.ask("was musks tweet a haiku or a limerick").abstained


def test_an_article_named_as_the_one_read_before_the_question_is_the_one_searched(pipeline: Pipeline) -> None:
    # "digital trends" is whose article it is, no name its sentence must hold
    answer = pipeline.ask(
        "so i was reading the digital trends one and it says microsoft's 'change of heart' came a while after the "
        "reports about twitter charging for the api... how long after exactly? like weeks or months?"
    )
    assert "almost two months" in answer.answer
    assert answer.citations[0].doc_id == "000_3eae4d3813b44498"
    # one named to set another aside is not the one searched
    other = pipeline.ask("digital trends says the api goes up to 210k a month but what does the x.ai article say the enterprise tier costs?")
    assert "$42,000" in other.answer


def test_a_name_no_text_mentions_in_the_question_before_a_follow_on_is_refused(pipeline: Pipeline) -> None:
    # "what'd he say" leans on the question before it, which asks of someone the articles never name
    assert pipeline.ask("did yusuf mehdi respond to musk? what'd he say").abstained
    # "what'd" is "what did": did microsoft respond? no sentence says so
    assert pipeline.ask("did microsoft respond to musk? what'd they say").abstained


def test_why_a_deed_told_only_in_an_aside_happened_is_refused(pipeline: Pipeline, bot_over: BotOver) -> None:
    # "Musk helped to form OpenAI in 2015 (though he left soon after)": that he left, not why
    assert pipeline.ask("why did musk leave openai").abstained
    bot = bot_over(
        {
            "club.txt": "Club history\n\nMara founded the rowing club in 2001 (she left in 2005 because of a knee injury). "
            "The club rowed its first race in 2002.\n",
        }
    )
    # an aside giving the reason answers it
    assert "knee injury" in bot.ask("why did mara leave the rowing club").answer



def test_a_default_in_parentheses_is_no_aside(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "iperf3.1": ".TH IPERF3 1\n.SH OPTIONS\n.TP\n.BR -b \", \" --bitrate \" n\"[KMGT]\n"
            "Set target bitrate to n bits/sec (default 1 Mbit/sec for UDP, unlimited for TCP). Setting the target "
            "bitrate to 0 will disable bitrate limits (particularly useful for UDP tests).\n",
        }
    )
    # the UDP limit is told in the default's parenthesis: the answer, though another parenthesis is an aside
    assert "default 1 Mbit/sec for UDP" in bot.ask("iperf3 udp test stuck at 1 mbit/s, why?").answer


def test_where_a_company_is_based_needs_a_sentence_placing_it(pipeline: Pipeline, bot_over: BotOver) -> None:
    # "... his new company X.AI, he came directly under the crosshairs of the tech giant": no place
    assert pipeline.ask("where's x.ai based, sf?").abstained
    assert pipeline.ask("where is x.ai headquartered, is it in austin or sf").abstained
    bot = bot_over({"firms.txt": "Firms\n\nEnergiprojekt AB, a company based in Gothenburg, makes steam engines.\n"})
    assert "Gothenburg" in bot.ask("where is energiprojekt ab based").answer


def test_which_law_one_says_was_broken_is_not_told_by_another_saying_it(pipeline: Pipeline) -> None:
    # "Universal Music Group spoke out ... claiming ... a violation of copyright law": UMG says it, not Musk
    assert pipeline.ask("which specific law or statute does musk say microsoft broke by training on twitter data").abstained


def test_old_is_past_as_the_text_says_it(pipeline: Pipeline) -> None:
    answer = pipeline.ask("after the 25th can u still look at ur old tweets + engagement thru msft's tool?")
    assert not answer.abstained and "View past Tweets and engagement" in answer.answer


def test_what_a_deed_lines_up_with_is_what_it_coincides_with(pipeline: Pipeline) -> None:
    answer = pipeline.ask("verdict says msft gave no reason, but what did the timing line up with tho")
    assert "coincide with Twitter cutting its free Application Developer Interface" in answer.answer


def test_whether_an_article_predicts_something_is_its_own_view(pipeline: Pipeline) -> None:
    # "We'll have to see if ... end up in court ..., but there are likely more lawsuits ...": a view, no "predict"
    answer = pipeline.ask("do any of these articles predict more lawsuits over ai training data or is this a one off")
    assert not answer.abstained and "likely more lawsuits" in answer.answer


def test_whats_that_one_called_after_a_statement_asks_the_name_of_what_it_describes(pipeline: Pipeline) -> None:
    answer = pipeline.ask(
        "digital trends mentions chatgpt and also some other generative ai tool from google thats trained on "
        "internet data, whats that one called again"
    )
    assert "Google's Bard" in answer.answer


def test_a_sentence_saying_it_is_unclear_which_thing_does_not_tell_which(pipeline: Pipeline) -> None:
    # "It's currently unclear exactly what AI products Musk is accusing Microsoft of using Twitter data to train"
    assert pipeline.ask("which microsoft ai product got trained on the tweets").abstained
    assert pipeline.ask("what ai does microsoft use").abstained


def test_an_amount_told_by_another_rate_than_asked_is_refused(pipeline: Pipeline) -> None:
    # "between $42,000 and $210,000 per month" is no yearly sum; asked per month, it answers
    assert pipeline.ask("how much would microsoft have had to pay twitter per year for api access").abstained
    assert "$210,000 per month" in pipeline.ask("how much does the twitter api cost monthly").answer


def test_a_tie_asked_between_two_is_no_thing_no_text_names(pipeline: Pipeline) -> None:
    # "involved" is in no article: a tie between Musk and OpenAI is asked ("Musk helped to form OpenAI in 2015")
    first = pipeline.ask("who did microsoft put $10 billion into last year?")
    answer = pipeline.ask("was musk involved with them at all?", first.conversation_id)
    assert not answer.abstained and ("co-founder" in answer.answer or "helped to form OpenAI" in answer.answer)
