"""Cleaning: the boilerplate of each bundled capture goes, the story stays; the rules carry to other pages."""

from __future__ import annotations

import pytest
from conftest import BUNDLED

from qa.ingest import boilerplate as bp
from qa.ingest.clean import clean, split_sentences
from qa.ingest.load import load_corpus, with_metadata
from qa.models import Document


@pytest.fixture(scope="module")
def raw_and_clean() -> dict[str, tuple[Document, Document]]:
    return {d.id: (d, clean(d)) for d in load_corpus(BUNDLED)}


# Boilerplate of each raw capture, in the words of the raw file (quotes as typed there).
BOILERPLATE = {
    "000_3eae4d3813b44498": [
        "Skip to main content",
        "Recommended Videos",
        "Please enable Javascript",
        "(@elonmusk)",
        "Digital Trends has reached out",
        "Trevor Mogg",
        "Contributing Editor",
        "Not so many moons ago",
        "Stargate",
        "DeepSeek",
        "Perplexity",
        "Sam Altman",
        "Read more",
    ],
    "001_21e62f6ad766e5e3": [
        "Click to Skip Ad",
        "Closing in",
        "Published Apr 19th",
        "Twitter owner Elon Musk",
        "Image: Britta Pedersen-Pool/Getty Images",
        "Getty Images",
        "affiliate commission",
        "Joe Wituschek",
        "Joe Wituschek is a",
        "Tech News Contributor",
        "With expertise in tech",
    ],
    "002_890c5c9d10bfe8b2": ["Related Reading", "Recessions in Economic Growth"],
    "003_eb8d1d1d17b4e45c": ["GlobalData is the parent company", "sister publications"],
    "004_d348144b868c9696": ["No Image", "Read Also", "Athena", "Show More", "Leave a Reply"],
}

# Story sentences (as cleaned: plain quotes) that must survive, two or more per article.
STORY = {
    "000_3eae4d3813b44498": [
        "Musk helped to form OpenAI in 2015 (though he left soon after)",
        "Twitter would start charging between $42,000 and $210,000 per month for access to its API",
        # The last paragraph before the author's signature.
        "It's too early to say if Twitter's CEO will follow through on his threat to sue Microsoft",
    ],
    "001_21e62f6ad766e5e3": [
        "Elon Musk has chosen his next major technology company to go to war with: Microsoft.",
        "Reddit is also now demanding that companies looking to use its data must pay for access.",
        "• Schedule Tweets",
    ],
    "002_890c5c9d10bfe8b2": [
        "Microsoft invested $10 billion in OpenAI, of which Musk was a co-founder",
        "image stock database Getty Images is prosecuting Stable Diffusion",
    ],
    "003_eb8d1d1d17b4e45c": [
        "Universal Music Group spoke out this week claiming that any use of its artists' music in training AI",
        "charging companies from $42,000 all the way up to $210,000 per month to access its API.",
        "Microsoft's OpenAI announced at the beginning of March",
    ],
    "004_d348144b868c9696": [
        "Enterprise Tier API which will cost as high as $42,000 for large companies.",
        "Whether this is a legitimate threat or a statement to spur the rivalry, remains to be seen.",
    ],
}


@pytest.mark.parametrize("doc_id", sorted(BOILERPLATE))
def test_bundled_boilerplate_is_gone(raw_and_clean: dict[str, tuple[Document, Document]], doc_id: str) -> None:
    raw, cleaned = raw_and_clean[doc_id]
    for line in BOILERPLATE[doc_id]:
        assert line in raw.text, f"test data: {line!r} is not in the raw capture"
        assert line not in cleaned.text


@pytest.mark.parametrize("doc_id", sorted(STORY))
def test_bundled_story_survives(raw_and_clean: dict[str, tuple[Document, Document]], doc_id: str) -> None:
    cleaned = raw_and_clean[doc_id][1]
    for sentence in STORY[doc_id]:
        assert sentence in cleaned.text


@pytest.mark.parametrize("doc_id", sorted(STORY))
def test_no_cleaned_line_is_boilerplate(raw_and_clean: dict[str, tuple[Document, Document]], doc_id: str) -> None:
    cleaned = raw_and_clean[doc_id][1]
    for paragraph in cleaned.text.split("\n\n"):
        assert paragraph == paragraph.strip() and paragraph
        assert not bp.is_chrome(paragraph), paragraph
        assert not bp.is_embed(paragraph), paragraph
        for sentence in split_sentences(paragraph):
            assert not bp.is_notice(sentence), sentence
            assert not bp.is_bio_sentence(sentence), sentence


@pytest.mark.parametrize("doc_id", sorted(STORY))
def test_headline_is_metadata_not_text(raw_and_clean: dict[str, tuple[Document, Document]], doc_id: str) -> None:
    raw, cleaned = raw_and_clean[doc_id]
    assert cleaned.title
    assert cleaned.title not in cleaned.text.split("\n\n")
    # Cleaning keeps what loading found about the document.
    assert (cleaned.author, cleaned.outlet, cleaned.date) == (raw.author, raw.outlet, raw.date)


def test_embedded_tweet_is_dropped_but_the_story_quote_stays(
    raw_and_clean: dict[str, tuple[Document, Document]],
) -> None:
    text = raw_and_clean["000_3eae4d3813b44498"][1].text
    assert "They trained illegally using Twitter data. Lawsuit time." not in text.split("\n\n")
    assert '"They trained illegally using Twitter data," Musk tweeted' in text


def test_cleaning_is_idempotent(raw_and_clean: dict[str, tuple[Document, Document]]) -> None:
    for _raw, cleaned in raw_and_clean.values():
        assert clean(cleaned).text == cleaned.text


# ---- Other web captures, written for these tests: the rules must generalise. ----

HEADLINE = "Harbour city votes to ban cars from the old town"
PARAGRAPHS = [
    "The city council of Port Ellis voted on Tuesday to close the old town to private cars from next spring.",
    "Mayor Tom Briggs said the ban would cut traffic noise by half and make the streets safer for children.",
    "Shop owners fear that fewer drivers will mean fewer customers, and some plan to appeal the decision.",
    "The council will publish a map of the new delivery routes in March, along with a timetable for buses.",
    "Buses will run every ten minutes through the ring road once the ban starts, the transport office said.",
    "A public meeting on the plan is set for next month at the town library.",
    "Similar bans in Bruges and Ghent cut air pollution by a third within two years, a study found.",
    "Residents who own garages in the old town will be given permits until 2027.",
]


def capture(*inserts: tuple[int, str], tail: str = "", story: list[str] = PARAGRAPHS) -> Document:
    """A page: headline and story, with (position in the story, block) inserts and a tail after it."""
    blocks = [HEADLINE]
    for i, paragraph in enumerate([*story, ""]):
        blocks += [block for pos, block in inserts if pos == i]
        blocks.append(paragraph)
    text = "\n\n".join(b for b in blocks if b) + (f"\n\n{tail}" if tail else "")
    return with_metadata(Document(id="page", text=text))


def assert_story_intact(cleaned: Document, story: list[str] = PARAGRAPHS) -> None:
    assert cleaned.text.split("\n\n") == story


def test_plain_page_is_left_alone() -> None:
    cleaned = clean(capture())
    assert cleaned.title == HEADLINE
    assert_story_intact(cleaned)


def test_skip_links_and_navigation() -> None:
    doc = with_metadata(
        Document(id="page", text="Skip to content\nJump to navigation\nMenu\nWorld\n\n" + capture().text)
    )
    cleaned = clean(doc)
    assert doc.title == HEADLINE
    assert_story_intact(cleaned)


@pytest.mark.parametrize(
    "banner",
    [
        "By continuing to browse, you accept our cookie policy.",
        "Manage your cookie preferences",
        pytest.param("We use cookies to improve your experience on our site."),
        pytest.param("We use cookies to personalise content. Accept all cookies"),
        pytest.param("This website uses cookies. By continuing to browse, you agree to our use of cookies."),
    ],
)
def test_cookie_banner(banner: str) -> None:
    assert_story_intact(clean(capture((0, banner))))


@pytest.mark.parametrize(
    "credit", ["Photo: Jane Doe/Reuters", "Image: Jane Doe/Getty Images", "(Photo by Jane Doe/AFP via Getty Images)"]
)
def test_photo_credit_and_its_caption(credit: str) -> None:
    cleaned = clean(capture((2, "Cyclists gathered outside the council hall on Tuesday"), (2, credit)))
    assert_story_intact(cleaned)


@pytest.mark.parametrize(
    "byline", ["By Jane Doe", "By Jane Doe, Senior Reporter", "BY JANE DOE", "Jane Doe | Reporter"]
)
def test_top_byline_is_dropped_and_does_not_end_the_story(byline: str) -> None:
    doc = capture((0, byline))
    assert doc.author is not None and doc.author.lower() == "jane doe"
    assert_story_intact(clean(doc))


def test_top_byline_on_a_short_page() -> None:
    story = PARAGRAPHS[:2]
    assert_story_intact(clean(capture((0, "By Jane Doe"), story=story)), story)


def test_author_bio_ends_the_story_and_the_teasers_after_it_go() -> None:
    tail = (
        "Jane Doe is a senior reporter at The Daily Planet.\n\n"
        "Ten gadgets you will want this summer\n"
        "A new phone takes the world by storm with its folding screen.\n"
        "Celebrity chef opens a floating restaurant\n"
        "The menu changes with the tide, and tables are booked until autumn."
    )
    doc = capture(tail=tail)
    assert (doc.author, doc.outlet) == ("Jane Doe", "The Daily Planet")
    assert_story_intact(clean(doc))


def test_read_more_teaser_in_the_middle() -> None:
    teaser = (
        "Ferry prices rise for the summer season\n"
        "Operators blamed fuel costs for the increase, the third this year.\n"
        "Read more"
    )
    assert_story_intact(clean(capture((4, teaser))))


@pytest.mark.parametrize(
    "ad",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        pytest.param("Story continues below advertisement"),
        pytest.param("Advertisement - Scroll to continue"),
    ],
)
def test_advertisement_lines(ad: str) -> None:
    assert_story_intact(clean(capture((1, ad), (5, ad))))


@pytest.mark.parametrize(
    "signup",
    [
        "Sign up for our newsletter",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter to get the best stories in your inbox.",
    ],
)
def test_newsletter_sign_up(signup: str) -> None:
    assert_story_intact(clean(capture((3, signup))))


def test_everything_at_once() -> None:
    """A page with all the furniture above: only the story is left, in order."""
    text = (
        "Skip to content\nMenu\n\n"
        f"{HEADLINE}\n\nBy Jane Doe\n\n"
        "By continuing to browse, you accept our cookie policy.\n\n"
        + "\n\n".join(PARAGRAPHS[:3])
        + "\n\nCyclists gathered outside the council hall\nPhoto: Jane Doe/Reuters\n\nAdvertisement\n\n"
        + "\n\n".join(PARAGRAPHS[3:5])
        + "\n\nFerry prices rise for the summer season\nOperators blamed fuel costs.\nRead more\n\n"
        + "Sign up for our newsletter\n\n"
        + "\n\n".join(PARAGRAPHS[5:])
        + "\n\nJane Doe is a senior reporter at The Daily Planet.\n\nTen gadgets you will want this summer\n"
        "A new phone takes the world by storm with its folding screen."
    )
    doc = with_metadata(Document(id="page", text=text))
    assert (doc.title, doc.author, doc.outlet) == (HEADLINE, "Jane Doe", "The Daily Planet")
    assert_story_intact(clean(doc))


def test_expert_introduced_mid_story_does_not_end_it() -> None:
    story = [
        *PARAGRAPHS[:4],
        "Dan Ives is a senior analyst at Wedbush Securities who follows carmakers.",
        *PARAGRAPHS[4:],
    ]
    assert_story_intact(clean(capture(story=story)), story)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor first announced the plan in the council's weekly newsletter.",
        "Reddit changed its terms of service in April to charge companies for access to its data.",
        "Critics said the parking app's privacy policy lets it sell drivers' locations.",
    ],
)
def test_story_sentence_about_a_newsletter_or_policy_survives(sentence: str) -> None:
    story = [*PARAGRAPHS[:3], sentence, *PARAGRAPHS[3:]]
    assert_story_intact(clean(capture(story=story)), story)


def test_a_capture_keeps_its_letters() -> None:
    text = "Martin Luther\n\n" + "Luther wrote Von den Juden und Ihren Lügen in 1543, a “treatise” read in every café. " * 2
    cleaned = clean(Document(id="x", text=text))
    assert "Ihren Lügen" in cleaned.text and "café" in cleaned.text  # accents are letters, not decoration
    assert '"treatise"' in cleaned.text  # typographic quotes made plain, as before


def test_cleaning_keeps_the_sources_dashes_and_makes_quotes_plain() -> None:
    text = "The Dutch Revolt (1568–1609) was long — and the “Sea Beggars” weren’t idle.\n"
    doc = clean(Document(id="d", title="Revolt", text=text))
    assert "(1568–1609) was long — and" in doc.text  # quoted as the source writes it
    assert "the \"Sea Beggars\" weren't idle" in doc.text


def test_a_publishers_notice_names_the_outlets_owner_and_is_not_cited() -> None:
    doc = capture(tail="The Harbour Post is part of our network. Tidewater Media is the parent company of The Harbour Post.")
    assert doc.publisher == "Tidewater Media"
    assert "parent company" not in clean(doc).text
    # A sentence of the story saying who owns a company is no publisher's notice.
    story = [*PARAGRAPHS[:-1], "The ferry line is owned by Tidewater Media, the council said."]
    assert capture(story=story).publisher is None


def test_a_notice_asking_for_comment_is_kept_as_the_pages_own_fact_and_is_not_cited() -> None:
    notice = "The Harbour Post has reached out to the ferry line for comment and will update this story when it hears back."
    doc = capture(tail=notice)
    assert doc.comment_sought == notice
    assert "reached out" not in clean(doc).text
    # A story sentence telling of someone contacted is no notice of the page.
    story = [*PARAGRAPHS[:-1], "Residents contacted the council in March about the ferry timetable."]
    assert capture(story=story).comment_sought is None


def test_reference_marks_are_dropped_and_what_looks_like_them_in_prose_is_kept() -> None:
    text = (
        "Nikola Tesla\n\n"
        "He was profoundly influenced by a math teacher Martin Sekulic.:32 The classes were held in German.\n\n"
        'Edison said "you do not understand our humor.":54-57 :64 Tesla resigned.[citation needed] He left in 1885.[12][13]\n\n'
        "The server listens on localhost:8080 and reads args[1] at 10:30 each day, as Genesis 1:1 says.\n"
    )
    cleaned = clean(Document(id="wiki", text=text)).text
    assert "Sekulic. The classes" in cleaned and ":32" not in cleaned
    assert 'humor." Tesla resigned. He left in 1885.' in cleaned
    assert "localhost:8080 and reads args[1] at 10:30 each day, as Genesis 1:1 says." in cleaned
    assert "He was profoundly influenced by a math teacher Martin Sekulic." in split_sentences(cleaned)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Share: Facebook Twitter Email", True),
        ("Related Reading: Musk’s Comments Spark Debate Over the Role of Recessions in Economic Growth", True),
        # a setting's definition whose name is a word of page furniture is real content
        ("COMMENT: Specifies a comment to embed in the ID3 or Ogg comment field of each finished track.", False),
        ("Search: Searches the archive for messages matching all the given terms and prints their paths.", False),
    ],
)
def test_a_label_of_page_furniture_is_chrome_but_a_definition_is_not(line: str, chrome: bool) -> None:
    assert bp.is_chrome(line) is chrome
