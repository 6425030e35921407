"""The phrase a "what" question asks for, chosen among a sentence's runs by the fitted model."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from qa.answer import gaps
from qa.answer.phrases import tokenized
from qa.eval.fit_spans import chosen_f1, fit
from qa.question.query import analyse


def _chosen(sentence: str, question: str) -> str | None:
    span = gaps.chosen(sentence, question, analyse(question, None, {}).asked())
    return span.text if span else None


def test_a_figure_when_the_question_asks_a_measure() -> None:
    sentence = "About 22% of the city's residents were born abroad, the census found."
    assert _chosen(sentence, "What percentage of the city's residents were born abroad?") == "22%"


def test_the_name_after_named_when_a_name_is_asked() -> None:
    sentence = "The V&A later bought the collection, and its new gallery was named the Sackler Centre."
    assert _chosen(sentence, "What was the new gallery named?") == "Sackler Centre"


def test_the_subject_when_the_question_asks_what_did_something() -> None:
    sentence = "The arrival of satellite television ended the need for ABC to buy local stations."
    assert _chosen(sentence, "What ended the need for ABC to buy local stations?") == "arrival of satellite television"


def test_what_follows_the_preposition_the_question_ends_in() -> None:
    sentence = "Southern California has a reputation for high growth rates, and its cities grew quickly."
    assert _chosen(sentence, "What does southern California have a reputation for?") == "high growth rates"


def test_no_candidate_in_a_sentence_made_of_the_questions_words() -> None:
    assert gaps.candidates("Twitter data.", "What is Twitter data?", analyse("What is Twitter data?", None, {}).asked()) == []


def test_every_candidate_is_a_piece_of_the_sentence_with_every_feature_known() -> None:
    sentence = "Marconi successfully transmitted the letter S from England to Newfoundland in December 1901."
    found = gaps.candidates(sentence, "What happened in 1901?", analyse("What happened in 1901?", None, {}).asked())
    assert found
    for span, features in found:
        assert sentence[span.start : span.end] == span.text
        assert set(features) <= set(gaps.FEATURES)


def test_figures_and_names_with_an_ampersand_stay_one_token() -> None:
    tokens, _ = tokenized("AT&T paid $5,000 for 21,000 years, e.g. then.")
    assert [t for t, _, _ in tokens][:6] == ["AT&T", "paid", "$5,000", "for", "21,000", "years"]


def test_which_side_of_the_gap_the_questions_words_stand() -> None:
    assert gaps.sides("AC and NC are associated with what type of circuit?")[1] == {"type", "circuit"}
    left, right = gaps.sides("What did Koch prove?")
    assert right == set() and len(left) == 2
    assert gaps.sides("What ended the need for ABC?")[0] == set()


def test_fit_prefers_the_feature_that_marks_the_best_candidate() -> None:
    rng = np.random.default_rng(0)
    data = []
    for _ in range(300):
        x = rng.random((5, 2))
        y = np.zeros(5)
        y[int(np.argmax(x[:, 0]))] = 1.0  # feature 0 marks the right one; feature 1 is noise
        data.append((x, y))
    w = fit(data)
    assert w[0] > 3 * abs(w[1])
    assert chosen_f1(data, w) > 0.9


def test_the_committed_weights_name_only_known_features_and_were_fitted_on_the_dev_split() -> None:
    data = json.loads((Path(gaps.__file__).parent / "gaps.json").read_text())
    assert set(data["weights"]) == set(gaps.FEATURES)
    assert data["questions"] > 2000
    assert "dev split" in data["note"]
    w = gaps.weights()
    assert w["same_preposition"] > 0 and w["figure_asked"] > 0 and w["distance"] < 0
