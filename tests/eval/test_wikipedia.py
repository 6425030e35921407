"""Wikipedia articles as a user's corpus: the bot and the naive method on the same questions."""

from __future__ import annotations

import json
from pathlib import Path

from qa.eval.wikipedia import run_wikipedia


def _article(title: str, facts: list[tuple[str, str, str]]) -> dict:
    return {
        "title": title,
        "paragraphs": [
            {
                "context": text,
                "qas": [{"id": f"{title}{n}", "question": q, "answers": [{"text": a, "answer_start": 0}]}],
            }
            for n, (text, q, a) in enumerate(facts)
        ],
    }


def test_groups_of_articles_are_asked_their_questions_and_an_unrelated_articles(tmp_path: Path) -> None:
    lighthouses = _article(
        "Lighthouse",
        [
            (
                "The Eddystone Lighthouse was first lit in 1698. It stands on rocks south of Plymouth.",
                "When was the Eddystone Lighthouse first lit?",
                "1698",
            ),
            (
                "Its keeper Henry Hall died in 1755 after swallowing molten lead.",
                "Who was the keeper who died in 1755?",
                "Henry Hall",
            ),
        ],
    )
    bees = _article(
        "Honey_bee",
        [
            (
                "A honey bee colony has one queen, who lays up to 2000 eggs a day.",
                "How many eggs does a queen lay a day?",
                "2000",
            )
        ],
    )
    squad = tmp_path / "squad.json"
    squad.write_text(json.dumps({"data": [lighthouses, bees]}), encoding="utf-8")
    figures = run_wikipedia(squad, "dev", size=1)
    assert figures.questions == 3 and figures.unrelated == 3  # each article's questions asked of the other too
    assert figures.ours == 3  # every gold answer found
    assert figures.unrelated_refused >= 2  # a lighthouse question is no bee question
    assert 0 <= figures.naive <= 3
