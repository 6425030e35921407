"""Answers and sources as Discord embeds, within Discord's length limits: pure functions, no network.

Discord rejects a message whose embed is over a limit (title 256, description 4096, 25 fields,
field name 256, field value 1024, footer 2048, 6000 characters in all); these functions never
build one. Text that does not fit is shortened at a sentence boundary, else a word boundary,
and ends with "…".
"""

from __future__ import annotations

import re
from typing import NamedTuple

import discord
from discord.utils import escape_markdown

from qa.models import Answer

MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
THREAD_NAME_LIMIT = 100

ELLIPSIS = "…"
NO_ANSWER = "I could not find that in the corpus."
ANSWER_COLOUR = discord.Colour.blurple()
ABSTAIN_COLOUR = discord.Colour.orange()
MIN_FIELD = 64  # a citation squeezed below this many characters says nothing
_QUOTES = ("“", "”")

# The end of a sentence: terminal punctuation, closing quotes or brackets, then whitespace.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
_TRAILING = " \t\n,;:([{“‘-–—"


def shorten(text: str, limit: int) -> str:
    """Return `text` (stripped) if it fits in `limit` characters, else its head cut at a sentence or word boundary plus "…"."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    head = text[: room + 1]  # one character more: a cut right before whitespace is a clean cut
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() <= room]
    if ends and ends[-1] >= room // 2:
        kept = head[: ends[-1]]
        return f"{kept} {ELLIPSIS}" if len(kept) + 2 <= limit else kept + ELLIPSIS
    spaces = [i for i, c in enumerate(head) if c.isspace()]
    kept = head[: spaces[-1]].rstrip(_TRAILING) if spaces else ""
    return kept + ELLIPSIS


def message_text(text: str) -> str:
    """Return `text` shortened to fit one Discord message."""
    return shorten(text, MESSAGE_LIMIT) or ELLIPSIS


def thread_name(question: str) -> str:
    """Return a thread name (1-100 characters) for a question."""
    return shorten(" ".join(question.split()), THREAD_NAME_LIMIT) or "Question"


def answer_embed(answer: Answer) -> discord.Embed:
    """Return the embed for an answer: question, answer, one field per citation, confidence; within every limit."""
    title = shorten(escape_markdown(answer.question), TITLE_LIMIT) or "Question"
    citations = answer.citations[:FIELD_COUNT_LIMIT]
    footer = _answer_footer(answer, len(citations))
    fixed = len(title) + len(footer)
    room = min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - fixed - MIN_FIELD * len(citations))
    text = answer.answer.strip() or NO_ANSWER
    description = shorten(escape_markdown(text), room) or ELLIPSIS
    embed = discord.Embed(
        title=title, description=description, colour=ABSTAIN_COLOUR if answer.abstained else ANSWER_COLOUR
    )
    if citations:
        share = min(
            FIELD_NAME_LIMIT + FIELD_VALUE_LIMIT, (EMBED_TOTAL_LIMIT - fixed - len(description)) // len(citations)
        )
        for c in citations:
            place = f" · {escape_markdown(c.where())}" if c.heading or c.line or c.page else ""
            name, value = _field(f"[{c.n}] {escape_markdown(c.title)}{place}", escape_markdown(c.text), share)
            embed.add_field(name=name, value=value, inline=False)
    embed.set_footer(text=footer)
    return embed


def _answer_footer(answer: Answer, shown: int) -> str:
    confidence = f"confidence {answer.confidence:.2f}"
    if answer.abstained:
        return f"No answer in the documents · {confidence}"
    total = len(answer.citations)
    sources = f"{total} source{'s' * (total != 1)}" + (f", first {shown} shown" if shown < total else "")
    return f"{confidence} · {sources}"


def _field(name: str, quote: str, share: int) -> tuple[str, str]:
    """A citation field's name and quoted value, together within `share` characters."""
    quote = quote.strip() or ELLIPSIS
    value_wanted = len(quote) + 2
    name = shorten(name, min(FIELD_NAME_LIMIT, max(share // 3, share - value_wanted))) or "Source"
    room = min(FIELD_VALUE_LIMIT, share - len(name)) - 2
    return name, f"{_QUOTES[0]}{shorten(quote, max(room, 1)) or ELLIPSIS}{_QUOTES[1]}"


class Source(NamedTuple):
    """A cited passage as the Sources button shows it."""

    n: int
    title: str
    text: str
    quote: str | None = None


def sources_embeds(sources: list[Source]) -> list[discord.Embed]:
    """Return one embed per cited passage (at most 10), the quoted sentence in bold, within every limit."""
    shown = sources[:EMBEDS_PER_MESSAGE]
    if not shown:
        return [discord.Embed(description="This answer cites no passage.", colour=ABSTAIN_COLOUR)]
    share = EMBED_TOTAL_LIMIT // len(shown)
    embeds = []
    for s in shown:
        title = shorten(f"[{s.n}] {escape_markdown(s.title)}", min(TITLE_LIMIT, share // 4)) or ELLIPSIS
        room = min(DESCRIPTION_LIMIT, share - len(title))
        embeds.append(discord.Embed(title=title, description=_bold_quote(s.text, s.quote, room), colour=ANSWER_COLOUR))
    return embeds


def _bold_quote(text: str, quote: str | None, limit: int) -> str:
    """The passage shortened to `limit`, with the quoted sentence in bold if it is still whole."""
    text, quote = escape_markdown(text), escape_markdown(quote or "").strip()
    kept = shorten(text, limit - 4) or ELLIPSIS
    if quote and quote in kept:
        kept = kept.replace(quote, f"**{quote}**", 1)
    return kept
