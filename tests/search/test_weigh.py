"""Sentence weighing: what a sentence holds, and what its article's title holds for it."""

from __future__ import annotations

from qa.models import Sentence
from qa.question.query import analyse
from qa.search.retrieve import Evidence, weigh
from qa.text import stems

QUESTION = "What kind of homes is Fresno known for?"


def evidence(text: str, title: str) -> Evidence:
    return Evidence(Sentence(doc_id=title, start=0, end=len(text), text=text), stems(text), title, title, 1.0)


def test_a_name_the_title_holds_counts_as_held_by_each_sentence_of_the_article() -> None:
    query = analyse(QUESTION, None, {s: 1 for s in stems("fresno kind homes known area city")})
    assert query.subjects == {"fresno"}
    weights = {t: 1.0 for t in query.terms}
    implicit = evidence("The area is known for its old homes.", "Fresno")
    explicit = evidence("Fresno is known for its old homes.", "A city in California")
    elsewhere = evidence("The area is known for its old homes.", "Modesto")
    weigh([implicit, explicit, elsewhere], query, weights)
    assert implicit.matched == explicit.matched  # the article is about Fresno: its sentences need not say so
    assert elsewhere.matched < implicit.matched  # another article's sentence lacks the name
