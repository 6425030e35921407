"""The pure answer -> embed function and the shortening it relies on, checked against Discord's limits."""

from __future__ import annotations

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bots.discord.embed import (
    ABSTAIN_COLOUR,
    DESCRIPTION_LIMIT,
    ELLIPSIS,
    EMBED_TOTAL_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    MESSAGE_LIMIT,
    TITLE_LIMIT,
    Source,
    answer_embed,
    message_text,
    shorten,
    sources_embeds,
    thread_name,
)
from qa.models import Answer, Citation

WORDS = st.text(alphabet=st.sampled_from("abcdefghij KLM.,!?;:\n\"'”)é—"), max_size=400)
# Fixed examples, no example database in the checkout: the same cases every run.
EXAMPLES = settings(derandomize=True, database=None, deadline=None)
PROSE = " ".join(
    f"Sentence number {i} says something about {w} and then it stops."
    for i, w in enumerate(["AI", "data", "music"] * 40)
)


def assert_within_limits(embed: discord.Embed) -> None:
    """Every limit Discord checks on an embed."""
    assert embed.title and len(embed.title) <= TITLE_LIMIT
    assert embed.description and len(embed.description) <= DESCRIPTION_LIMIT
    assert len(embed.fields) <= FIELD_COUNT_LIMIT
    for f in embed.fields:
        assert f.name and f.value and f.name.strip() and f.value.strip()
        assert len(f.name) <= FIELD_NAME_LIMIT and len(f.value) <= FIELD_VALUE_LIMIT
    assert len(embed.footer.text or "") <= FOOTER_LIMIT
    assert len(embed) <= EMBED_TOTAL_LIMIT  # discord.py's own count: title, description, fields, footer, author


def assert_clean_cut(original: str, short: str, limit: int) -> None:
    """`short` is `original`, or a head of it ending on a word boundary, plus "…"; never over `limit`."""
    assert len(short) <= limit
    original = original.strip()
    if len(original) <= limit:
        assert short == original
        return
    assert short.endswith(ELLIPSIS)
    kept = short[: -len(ELLIPSIS)].rstrip()
    assert original.startswith(kept)
    if kept:
        after = original[len(kept)]
        assert not (kept[-1].isalnum() and after.isalnum()), f"cut mid-word: {kept[-10:]!r} | {after!r}"


def citation(n: int, title: str = "A title", text: str = "A quoted sentence.") -> Citation:
    """A citation with the given number, title and quote."""
    return Citation(n=n, doc_id=f"d{n}", title=title, passage_id=f"d{n}#0", text=text, score=1.0)


def make_answer(question: str, text: str, cites: list[Citation], abstained: bool = False) -> Answer:
    """An answer from its parts."""
    return Answer(question=question, answer=text, abstained=abstained, confidence=0.42, citations=cites)


# -- shorten


def test_short_text_is_kept_as_is() -> None:
    assert shorten("  Who sued whom?  ", 100) == "Who sued whom?"


def test_long_text_stops_at_a_sentence() -> None:
    text = "Musk threatened to sue Microsoft. He said they trained illegally on Twitter data."
    assert shorten(text, 50) == "Musk threatened to sue Microsoft. …"


def test_without_a_sentence_end_it_stops_at_a_word() -> None:
    assert shorten("alpha beta gamma delta", 12) == "alpha beta…"
    assert shorten("alpha beta, gamma delta", 13) == "alpha beta…"  # no dangling comma


def test_a_sentence_end_too_early_gives_way_to_a_word_boundary() -> None:
    text = "Hi. " + "word " * 40
    out = shorten(text, 60)
    assert out.startswith("Hi. word word") and len(out) <= 60


def test_one_long_word_is_never_cut() -> None:
    assert shorten("x" * 50, 10) == ELLIPSIS


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        shorten("text", 0)


@pytest.mark.parametrize("limit", [1, 2, 3, 10, 99, 100, 101, 255, 256, 1023, 1024, 2000, 4095, 4096, 6000])
def test_prose_shortened_at_many_lengths(limit: int) -> None:
    out = shorten(PROSE, limit)
    assert_clean_cut(PROSE, out, limit)
    if limit >= 200:
        assert out.endswith(". …") or out.endswith(".…")  # prose this regular always has a sentence end


@settings(EXAMPLES, max_examples=300)
@given(text=WORDS, limit=st.integers(min_value=1, max_value=300))
def test_shorten_never_overflows_or_cuts_a_word(text: str, limit: int) -> None:
    assert_clean_cut(text, shorten(text, limit), limit)


@EXAMPLES
@given(text=st.text(max_size=5000))
def test_message_text_and_thread_names_fit(text: str) -> None:
    assert len(message_text(text)) <= MESSAGE_LIMIT and message_text(text)
    assert 1 <= len(thread_name(text)) <= 100


# -- answer_embed


def test_an_answer_becomes_question_answer_citations_and_confidence() -> None:
    cites = [citation(1, "Musk sues", "Musk threatened to sue."), citation(2, "Verge", "He said so.")]
    embed = answer_embed(make_answer("Who threatened to sue?", "Musk [1][2].", cites))
    assert embed.title == "Who threatened to sue?"
    assert embed.description == "Musk [1][2]."
    assert [(f.name, f.value) for f in embed.fields] == [
        ("[1] Musk sues", "“Musk threatened to sue.”"),
        ("[2] Verge", "“He said so.”"),
    ]
    assert embed.footer.text == "confidence 0.42 · 2 sources"
    assert_within_limits(embed)


def test_an_abstention_says_so_plainly() -> None:
    embed = answer_embed(make_answer("Capital of Peru?", "I could not find that in the corpus.", [], abstained=True))
    assert embed.description == "I could not find that in the corpus."
    assert embed.footer.text == "No answer in the documents · confidence 0.42"
    assert embed.colour == ABSTAIN_COLOUR and embed.fields == []


def test_an_empty_answer_text_still_says_something() -> None:
    assert answer_embed(make_answer("Q?", "  ", [], abstained=True)).description


def test_markdown_in_questions_and_quotes_is_shown_literally() -> None:
    embed = answer_embed(make_answer("Is *this* __bold__?", "No [1].", [citation(1, "T_i_t_l_e", "a*b*c")]))
    assert embed.title == r"Is \*this\* \_\_bold\_\_?"
    assert embed.fields[0].value == r"“a\*b\*c”"


def test_more_than_25_citations_show_the_first_25_and_say_so() -> None:
    embed = answer_embed(make_answer("Q?", "A.", [citation(n) for n in range(1, 31)]))
    assert len(embed.fields) == 25 and embed.fields[-1].name.startswith("[25] ")
    assert embed.footer.text.endswith("30 sources, first 25 shown")
    assert_within_limits(embed)


@pytest.mark.parametrize("size", [0, 1, 100, 255, 256, 257, 1023, 1024, 1025, 2000, 4095, 4096, 4097, 6001, 20000])
def test_every_part_at_many_lengths_stays_within_limits(size: int) -> None:
    long = PROSE[:size] or "x"
    cites = [citation(n, title=long, text=long) for n in range(1, 6)]
    embed = answer_embed(make_answer(long, long, cites))
    assert_within_limits(embed)
    assert_clean_cut(long, embed.description, DESCRIPTION_LIMIT)
    assert len(embed.fields) == 5


TEXTS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=3000)


@settings(EXAMPLES, max_examples=150)
@given(
    question=TEXTS,
    text=st.text(max_size=9000),
    cites=st.lists(st.tuples(TEXTS, TEXTS), max_size=40),
    abstained=st.booleans(),
    confidence=st.floats(min_value=0, max_value=1),
)
def test_any_answer_fits_discord(
    question: str, text: str, cites: list[tuple[str, str]], abstained: bool, confidence: float
) -> None:
    made = [citation(n, t, q) for n, (t, q) in enumerate(cites, start=1)]
    a = Answer(question=question, answer=text, abstained=abstained, confidence=confidence, citations=made)
    embed = answer_embed(a)
    assert_within_limits(embed)
    assert len(embed.fields) == min(len(made), FIELD_COUNT_LIMIT)
    assert [f.name.split("]")[0] for f in embed.fields] == [f"[{n}" for n in range(1, len(embed.fields) + 1)]
    assert discord.Embed.from_dict(embed.to_dict()) == embed  # what is sent reads back the same


# -- the Sources embeds


def test_sources_bold_the_quote_in_the_full_passage() -> None:
    (embed,) = sources_embeds([Source(1, "Title", "One. Two is here. Three.", "Two is here.")])
    assert embed.title == "[1] Title" and embed.description == "One. **Two is here.** Three."


@settings(EXAMPLES, max_examples=60)
@given(st.lists(st.tuples(TEXTS, TEXTS), min_size=1, max_size=14))
def test_any_sources_fit_one_message(parts: list[tuple[str, str]]) -> None:
    sources = [Source(n, t, text, text[: len(text) // 2]) for n, (t, text) in enumerate(parts, start=1)]
    embeds = sources_embeds(sources)
    assert 1 <= len(embeds) <= 10
    assert sum(len(e) for e in embeds) <= EMBED_TOTAL_LIMIT
    for e in embeds:
        assert e.title and len(e.title) <= TITLE_LIMIT
        assert e.description and len(e.description) <= DESCRIPTION_LIMIT
