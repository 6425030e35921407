"""The open-mode harness: chat-typed questions, refusal and calibration figures, the fitted confidence."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from qa.answer import calibration
from qa.eval.answers import Paragraph
from qa.eval.calibrate import fit
from qa.eval.noise import chatty
from qa.eval.squad_open import (
    Record,
    coverage_at,
    ece,
    gold_paragraphs,
    holds,
    in_split,
    run_naive,
    run_pipeline,
    summarize,
)
from qa.text import stems


def _paragraph(title: str, context: str, questions: list[tuple[str, str, list[str]]], article: int) -> Paragraph:
    sentences = [s.strip() + "." for s in context.split(".") if s.strip()]
    return Paragraph(title, context, sentences, [stems(s) for s in sentences], questions, article)


PARAGRAPHS = [
    _paragraph(
        "Apollo",
        "The Apollo program landed astronauts on the Moon in 1969. Neil Armstrong was the first to walk on it.",
        [("q1", "When did the Apollo program land astronauts on the Moon?", ["1969"])],
        0,
    ),
    _paragraph(
        "Apollo",
        "The Saturn V rocket launched the Apollo missions. It was designed under Wernher von Braun.",
        [("q2", "Which rocket launched the Apollo missions?", ["Saturn V"])],
        0,
    ),
    _paragraph(
        "Beekeeping",
        "Honey bees make honey from nectar. A colony holds one queen and thousands of workers.",
        [("q3", "How many queens does a colony hold?", ["one"])],
        1,
    ),
]


def test_chat_typing_is_seeded_lower_case_and_changes_the_question() -> None:
    question = "When did the Apollo program land astronauts on the Moon?"
    noisy = chatty(question, "q1")
    assert noisy == chatty(question, "q1")  # the same question every run
    assert noisy == noisy.lower() and "?" not in noisy.rstrip("?")[:-1]
    assert noisy != question.lower().rstrip("?")
    assert {chatty(question, f"q{n}") for n in range(20)}.__len__() > 10  # seeds give different typings


def test_splits_are_by_article() -> None:
    many = [_paragraph("t", "x.", [], a) for a in (0, 23, 24, 47)]
    assert [p.article for p in in_split(many, "dev")] == [0, 23]
    assert [p.article for p in in_split(many, "test")] == [24, 47]


def test_unanswerable_leaves_out_every_paragraph_holding_a_gold_answer() -> None:
    plain = [f" {p.context.lower()} " for p in PARAGRAPHS]
    plain = [" ".join(s.replace(".", " ").split()) for s in plain]
    assert gold_paragraphs([f" {s} " for s in plain], ["Saturn V"]) == frozenset({"p00001"})
    assert holds("It was the Saturn V, in the end.", ["saturn v"]) and not holds("Saturnalia", ["saturn"])


def _record(variant: str, confidence: float, correct: bool, abstained: bool = False) -> Record:
    return Record("q", variant, variant != "unanswerable", abstained, confidence, correct)


def test_summary_figures_on_hand_made_records() -> None:
    records = [
        _record("clean", 0.9, True),
        _record("clean", 0.8, True),
        _record("clean", 0.6, False),
        _record("clean", 0.2, True, abstained=True),
        _record("unanswerable", 0.1, False, abstained=True),
        _record("unanswerable", 0.7, False),
    ]
    s = summarize(records)
    assert s["answered_accuracy"] == 0.5  # two of four answered right; the refused right one does not count
    assert s["abstention_precision"] == 0.5 and s["abstention_recall"] == 0.5
    # At a threshold of 0.8, two answers are given, both right: half the answerable questions.
    assert s["coverage_at_90_precision"] == 0.5
    assert math.isclose(coverage_at(records, 0.9), 0.5)


def test_ece_is_zero_when_confidence_matches_the_share_right_and_large_when_not() -> None:
    fair = [_record("clean", 0.75, n < 3) for n in range(4)]
    assert ece(fair) == pytest.approx(0.0)
    overconfident = [_record("clean", 0.95, n < 1) for n in range(4)]
    assert ece(overconfident) == pytest.approx(0.7)


def test_fit_recovers_a_known_logistic_model() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 2))
    p = 1 / (1 + np.exp(-(2.0 * x[:, 0] - 1.0 * x[:, 1] + 0.5)))
    y = (rng.random(4000) < p).astype(float)
    w = fit(x, y, l2=0.0)
    assert w == pytest.approx([2.0, -1.0, 0.5], abs=0.2)


def test_a_terse_sentence_of_a_list_code_or_table_is_refused_under_a_lower_floor() -> None:
    # an option's item holds fewer of the asker's words than a paragraph that answers as well
    prose, item, code = (SimpleNamespace(kind=k) for k in ("", "item", "code"))
    assert calibration.refusal_floor(0.15, prose) == 0.15
    assert calibration.refusal_floor(0.15, item) == calibration.refusal_floor(0.15, code) == pytest.approx(0.09)
    assert calibration.refusal_floor(0.0, item) == 0.0  # refusals switched off stay off


def test_a_paragraph_of_a_structured_document_is_refused_under_a_floor_between() -> None:
    # documentation (Markdown, manual pages, HTML) answers in fewer of an asker's words than news prose, whose
    # text has no blocks (SQuAD's and the bundled articles' sentences stand in none)
    prose, paragraph = SimpleNamespace(kind=""), SimpleNamespace(kind="paragraph")
    assert calibration.refusal_floor(0.15, paragraph) == pytest.approx(0.12)
    assert calibration.refusal_floor(0.15, prose) == 0.15 > calibration.refusal_floor(0.15, paragraph)


def test_a_question_telling_what_the_asker_would_do_is_refused_under_a_lower_floor() -> None:
    # "how do i ...", "can i ...": the asker's words of their situation are no words the text must hold
    prose, item = SimpleNamespace(kind=""), SimpleNamespace(kind="item")
    assert calibration.refusal_floor(0.15, prose, "how do i get jdupes to print json") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "can i keep the flags in a config file") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "what does jdupes print") == 0.15
    # where to put something, which flag to pass: the asker's deed too; "where can one find ..." names no asker
    assert calibration.refusal_floor(0.15, prose, "where do i put default settings for ncdu") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "which flag do i need to keep it on one disk") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "where can one find the huguenot farms") == 0.15
    # ... told after the trouble it comes from; "can it ...": what the asker would have the tool do
    assert calibration.refusal_floor(0.15, prose, "ctrl-g clashes with emacs, can i switch it to ctrl b") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "diceware mashes the words together, can it put a dash between them") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "musk sued microsoft, when was that") == 0.15
    assert calibration.refusal_floor(0.15, item, "how do i get jdupes to print json") == pytest.approx(0.054)
    # "is there a flag / an env var / a way to ...": the means the asker would use
    assert calibration.refusal_floor(0.15, prose, "is there some env var to make tuptime use a different db file") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "is there any way to make it quieter") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "is there a lawsuit yet") == 0.15


def test_where_a_tool_keeps_a_file_of_its_own_is_refused_under_a_lower_floor() -> None:
    # "where does lftp pick up its startup settings": a path answers, in words of the tool's own
    prose = SimpleNamespace(kind="")
    assert calibration.refusal_floor(0.15, prose, "where does lftp pick up its startup settings from") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "so where does nox keep the virtualenvs it makes") == pytest.approx(0.09)
    assert calibration.refusal_floor(0.15, prose, "where does the rhine flow into the sea") == 0.15  # no tool's file
    assert calibration.refusal_floor(0.15, prose, "where did musk post the threat") == 0.15


def test_the_committed_calibration_names_only_known_features_and_is_a_probability() -> None:
    data = json.loads((Path(calibration.__file__).parent / "calibration.json").read_text())
    assert set(data["weights"]) <= {*calibration.FEATURES, "bias"}
    assert data["examples"] > 10_000  # fitted on the whole dev split, not a sample
    w = calibration.weights()
    strong = {"matched": 1.0, "covered": 1.0, "anchored": 1.0, "span": 1.0, "margin": 0.5}
    weak = {"matched": 0.1, "covered": 0.2}
    assert 0.0 <= calibration.probability(weak, w) < calibration.probability(strong, w) <= 1.0


def test_the_harness_runs_the_real_pipeline_and_the_naive_baseline() -> None:
    records = run_pipeline(PARAGRAPHS, unanswerable=True, noise=True)
    variants = sorted({r.variant for r in records})
    assert variants == ["clean", "noise", "unanswerable"]
    clean = {r.qid: r for r in records if r.variant == "clean"}
    assert clean["q1"].correct and clean["q2"].correct
    assert all(not r.correct for r in records if r.variant == "unanswerable")
    naive = run_naive(PARAGRAPHS, unanswerable=True)
    assert {r.variant for r in naive} == {"clean", "unanswerable"}
    assert all(not r.abstained for r in naive if r.variant == "clean")
