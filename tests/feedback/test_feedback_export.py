"""Votes exported in the bundled eval set's format."""

from __future__ import annotations

import json

from sample_votes import sample_vote

from qa.feedback import Exchange, Feedback
from qa.feedback.export import eval_jsonl, eval_line, gold_answer, latest_per_question, votes_jsonl


def test_a_thumbs_up_makes_the_span_and_cited_documents_gold() -> None:
    assert eval_line(sample_vote()) == {
        "id": "fb-c0ffee00c0ff-0",
        "question": "Who threatened to sue Microsoft?",
        "answers": ["Elon Musk"],
        "doc_ids": ["003_eb8d1d1d17b4e45c"],
        "answerable": True,
    }


def test_without_a_span_the_answer_sentence_is_gold() -> None:
    vote = sample_vote(span=None, answer="Musk threatened to sue Microsoft over Twitter data [1][2].")
    assert gold_answer(vote) == "Musk threatened to sue Microsoft over Twitter data"


def test_a_thumbs_up_on_a_refusal_is_an_unanswerable_question() -> None:
    vote = sample_vote(
        question="How many employees does Microsoft have?",
        answer="I could not find that in the corpus.",
        abstained=True,
        span=None,
        citations=[],
    )
    line = eval_line(vote)
    assert (line["answerable"], line["answers"], line["doc_ids"]) == (False, [], [])
    assert "needs_review" not in line


def test_a_thumbs_down_is_marked_for_review_with_what_the_bot_said() -> None:
    line = eval_line(sample_vote(vote="down", comment="it was Twitter's owner"))
    assert line["needs_review"] is True
    assert line["answers"] == [] and line["doc_ids"] == []
    assert line["bot_answer"].startswith("Elon Musk.")
    assert line["bot_cited"] == ["003_eb8d1d1d17b4e45c"]
    assert line["comment"] == "it was Twitter's owner"


def test_a_follow_up_keeps_the_questions_before_it() -> None:
    vote = sample_vote(
        turn=1, question="Why?", context=[Exchange(question="Who threatened to sue?", answer="Musk [1].")]
    )
    line = eval_line(vote)
    assert line["turns"] == ["Who threatened to sue?", "Why?"] and line["id"].endswith("-1")


def test_a_question_asked_again_is_exported_once_with_its_latest_vote() -> None:
    votes = [
        sample_vote(conversation_id="a" * 32, vote="down", minutes=0),
        sample_vote(conversation_id="b" * 32, question="When will Microsoft stop supporting Twitter?", minutes=1),
        sample_vote(conversation_id="c" * 32, question="who threatened to  sue Microsoft?", vote="up", minutes=2),
    ]
    latest = latest_per_question(votes)
    assert [v.conversation_id[0] for v in latest] == ["b", "c"]
    lines = [json.loads(line) for line in eval_jsonl(votes)]
    assert [line["id"][:4] for line in lines] == ["fb-b", "fb-c"]


def test_the_raw_export_is_every_vote() -> None:
    votes = [sample_vote(turn=0), sample_vote(turn=1, vote="down")]
    assert [Feedback.model_validate_json(line) for line in votes_jsonl(votes)] == votes


def test_a_thumbs_up_without_sources_left_is_marked_for_review() -> None:
    line = eval_line(sample_vote(citations=[]))
    assert line["needs_review"] is True and line["answers"] == []
