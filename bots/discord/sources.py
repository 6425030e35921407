"""The "Sources" button: its custom_id names the cited passages, so it keeps working after a restart.

custom_id = "qa:src:<first 8 hex of the index fingerprint>:<ref>.<ref>…", one ref per citation in
order: "<passage position, base 36>-<offset of the quoted sentence in the passage>" ("_": not
found), or "<document position>-M" for an answer taken from a document's metadata. Discord allows
100 characters; citations that do not fit are left out. A button from an index that has since
been rebuilt says so instead of showing the wrong passages.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import discord

from bots.discord.embed import Source, sources_embeds
from qa.models import Answer, Citation
from qa.search.index import Index

log = logging.getLogger("bots.discord")

CUSTOM_ID_LIMIT = 100
PREFIX = "qa:src:"
_REF = r"[0-9a-z]+-[0-9a-zM_]"
TEMPLATE = rf"{PREFIX}(?P<fp>[0-9a-f]{{8}}):(?P<refs>{_REF}(?:\.{_REF})*)"
META = "M"
STALE = "These sources come from an older version of the documents; ask again to see them."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def base36(n: int) -> str:
    """Return `n` (>= 0) in base 36, lowercase."""
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = _DIGITS[d] + out
        if n == 0:
            return out


def sources_custom_id(answer: Answer, index: Index) -> str | None:
    """Return the Sources button's custom_id for `answer`, or None if it cites nothing the index holds."""
    head = f"{PREFIX}{index.fingerprint[:8]}:"
    refs: list[str] = []
    for c in answer.citations:
        ref = _ref(c, index)
        if ref is None:
            continue
        if len(head) + len(".".join([*refs, ref])) > CUSTOM_ID_LIMIT:
            break
        refs.append(ref)
    return head + ".".join(refs) if refs else None


def _ref(c: Citation, index: Index) -> str | None:
    positions = _positions(index)
    if c.passage_id.endswith("#meta"):
        doc = list(index.documents).index(c.doc_id) if c.doc_id in index.documents else None
        return None if doc is None else f"{base36(doc)}-{META}"
    pos = positions.get(c.passage_id)
    if pos is None:
        return None
    sentences = [index.sentences[i].text.strip() for i in index.passages[pos].sentences]
    offset = sentences.index(c.text.strip()) if c.text.strip() in sentences else None
    return f"{base36(pos)}-{'_' if offset is None or offset >= 36 else _DIGITS[offset]}"


_positions_cache: tuple[str, dict[str, int]] = ("", {})


def _positions(index: Index) -> dict[str, int]:
    """Passage id -> position; indexes with the same fingerprint hold the same passages."""
    global _positions_cache
    if _positions_cache[0] != index.fingerprint:
        _positions_cache = (index.fingerprint, {p.id: i for i, p in enumerate(index.passages)})
    return _positions_cache[1]


def sources_from_custom_id(custom_id: str, index: Index) -> list[Source] | None:
    """Return the cited passages a Sources custom_id names, or None if it belongs to another index."""
    match = re.fullmatch(TEMPLATE, custom_id)
    if match is None or not index.fingerprint.startswith(match["fp"]):
        return None
    sources = []
    for n, ref in enumerate(match["refs"].split("."), start=1):
        pos, kind = ref.split("-")
        source = _source(n, int(pos, 36), kind, index)
        if source is None:
            return None
        sources.append(source)
    return sources


def _source(n: int, pos: int, kind: str, index: Index) -> Source | None:
    if kind == META:
        docs = list(index.documents.values())
        if pos >= len(docs):
            return None
        d = docs[pos]
        facts = " · ".join(f for f in (d.author and f"By {d.author}", d.outlet, d.date) if f)
        return Source(n, d.title or d.id, facts or "(no details)")
    if pos >= len(index.passages):
        return None
    p = index.passages[pos]
    quote = None
    if kind != "_" and int(kind, 36) < len(p.sentences):
        quote = index.sentences[p.sentences[int(kind, 36)]].text
    return Source(n, p.title or p.doc_id, p.text, quote)


class SourcesButton(discord.ui.DynamicItem[discord.ui.Button], template=TEMPLATE):
    """A "Sources" button that shows the cited passages to whoever clicks it, ephemerally."""

    def __init__(self, custom_id: str) -> None:
        super().__init__(discord.ui.Button(label="Sources", style=discord.ButtonStyle.secondary, custom_id=custom_id))

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SourcesButton:
        """Rebuild the button from a clicked component (discord.py calls this)."""
        return cls(match.string)

    async def callback(self, interaction: discord.Interaction) -> None:
        """Answer the click with the full cited passages, visible only to the one who clicked."""
        try:
            pipeline = interaction.client.pipeline  # type: ignore[attr-defined]
            index = await asyncio.to_thread(lambda: pipeline.index)
            sources = sources_from_custom_id(self.item.custom_id or "", index)
            if sources is None:
                await interaction.response.send_message(STALE, ephemeral=True)
            else:
                await interaction.response.send_message(embeds=sources_embeds(sources), ephemeral=True)
        except Exception:
            log.exception("the Sources button failed (custom_id %r)", self.item.custom_id)
            await apologise(interaction)


def sources_view(answer: Answer, index: Index) -> discord.ui.View | None:
    """Return a view holding the Sources button for `answer`, or None when it cites nothing."""
    custom_id = sources_custom_id(answer, index)
    if custom_id is None:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(SourcesButton(custom_id))
    return view


async def apologise(interaction: discord.Interaction) -> None:
    """Tell the user, ephemerally, that something went wrong (never a traceback); log if even that fails."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(APOLOGY, ephemeral=True)
        else:
            await interaction.response.send_message(APOLOGY, ephemeral=True)
    except discord.HTTPException:
        log.exception("could not send the apology")
