"""The Discord embed names where each quote is, for documents that know (Markdown, text, HTML, PDF)."""

from __future__ import annotations

from bots.discord.embed import answer_embed
from qa.models import Answer, Citation


def cite(**where: object) -> Citation:
    return Citation(n=1, doc_id="install", title="tool", passage_id="install#3", text="pip install tool", score=2.0, **where)


def answer(c: Citation) -> Answer:
    return Answer(question="How do I install it?", answer="pip install tool [1]", abstained=False, confidence=0.8, citations=[c])


def test_field_name_says_file_heading_and_lines() -> None:
    embed = answer_embed(answer(cite(file="install.md", heading=["Extras"], line=40, end_line=41)))
    assert embed.fields[0].name == "[1] tool · install.md › Extras, lines 40–41"


def test_a_web_capture_keeps_its_title_alone() -> None:
    embed = answer_embed(answer(cite(file="install.txt")))
    assert embed.fields[0].name == "[1] tool"
