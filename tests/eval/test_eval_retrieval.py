"""The retrieval eval's parts: the analyser's rules, RM3, and trec_eval measures checked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from qa.eval.beir import Collection
from qa.eval.retrieval import RetrievalConfig, build, evaluate, measure, run, top_k
from qa.search.analyzer import Analyzer
from qa.search.backends import SCORERS
from qa.search.rm3 import expand, feedback_for, rescore, weighted_scores


@pytest.mark.parametrize(
    ("options", "text", "terms"),
    [
        ({}, "TNF-α raises IL-6", ["tnf", "alpha", "rais", "il", "6"]),
        ({}, "p53 and NIH3T3 cells", ["p53", "p", "53", "and", "nih3t3", "nih", "3", "t", "cell"]),
        ({"hyphens": "both"}, "IL-6", ["il6", "il", "6"]),
        ({"hyphens": "join", "split_alnum": False}, "IL-6", ["il6"]),
        ({"split_alnum": False}, "p53", ["p53"]),
        ({"greek": False}, "TNF-α", ["tnf"]),
        ({"british": True}, "tumours in anaemia", ["tumor", "in", "anemia"]),
        ({"stopwords": True}, "the cat and the dog", ["cat", "dog"]),
        ({"stem": False}, "Running cats", ["running", "cats"]),
        ({}, "café – naïve", ["cafe", "naiv"]),
    ],
)
def test_analyzer_rules(options: dict, text: str, terms: list[str]) -> None:
    analyze = Analyzer(**options)
    assert analyze(text) == terms
    assert analyze(text) == terms  # the second time from the remembered words


def test_analyzer_refuses_an_unknown_hyphen_rule() -> None:
    with pytest.raises(ValueError, match="hyphens"):
        Analyzer(hyphens="drop")


def test_measure_matches_trec_eval_by_hand() -> None:
    qrels = {"a": {"d1": 1, "d2": 1}, "b": {"d3": 1}, "c": {"d4": 1}}
    run_ = {"a": {"d1": 3.0, "x": 2.0, "d2": 1.0}, "b": {"y": 1.0, "d3": 0.5}}  # c: nothing retrieved
    v = measure(qrels, run_, ("nDCG@10", "RR@10", "R@1", "R@100", "AP@100"))
    # a: relevant at ranks 1 and 3. DCG = 1 + 1/log2(4); ideal = 1 + 1/log2(3).
    assert v["nDCG@10"]["a"] == pytest.approx((1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3)))
    assert v["AP@100"]["a"] == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert v["R@1"]["a"] == pytest.approx(0.5)
    # b: the relevant document second.
    assert v["RR@10"]["b"] == pytest.approx(0.5)
    assert v["nDCG@10"]["b"] == pytest.approx(1 / math.log2(3))
    # c counts, as zero (trec_eval -c).
    assert v["R@100"] == {"a": 1.0, "b": 1.0, "c": 0.0}


def test_top_k_keeps_positive_scores_best_first() -> None:
    docs, scores = top_k(np.array([0.0, 2.0, 5.0, 1.0, 0.0], dtype=np.float32), 3)
    assert docs.tolist() == [2, 1, 3] and scores.tolist() == [5.0, 2.0, 1.0]
    assert top_k(np.zeros(4, dtype=np.float32), 10)[0].tolist() == []


TOKENS = [["cat", "purr", "cat"], ["cat", "dog"], ["dog", "bark", "7", "x"], ["fish"]]


def test_feedback_counts_terms_per_document() -> None:
    vocab = {t: i for i, t in enumerate(["cat", "purr", "dog", "bark", "7", "x", "fish"])}
    fb = feedback_for(TOKENS, vocab)
    assert fb.counts.toarray()[0].tolist() == [2, 1, 0, 0, 0, 0, 0]
    assert fb.lengths.tolist() == [3, 2, 4, 1]
    assert fb.allowed.tolist() == [True, True, True, True, False, False, True]  # no digits, no 1-letter terms


def test_rm3_mixes_the_query_with_the_feedback_model() -> None:
    vocab = {t: i for i, t in enumerate(["cat", "purr", "dog", "bark", "7", "x", "fish"])}
    fb = feedback_for(TOKENS, vocab)
    first = np.array([4.0, 2.0, 0.0, 0.0], dtype=np.float32)  # documents 0 and 1 match
    scale, extra = expand({0: 2.0}, first, fb, fb_docs=2, fb_terms=2, original_weight=0.6, score_power=1.0)
    # Model: doc0 weight 4/3 -> cat 8/3, purr 4/3; doc1 weight 2/2 -> cat 1, dog 1.
    # Top two: cat (11/3) and purr (4/3); normalised 11/15 and 4/15. The query (cat x2) sums to 2.
    assert scale == pytest.approx(0.6 / 2)
    assert extra == pytest.approx({0: 0.4 * 11 / 15, 1: 0.4 * 4 / 15})
    assert 2 * scale + sum(extra.values()) == pytest.approx(1.0)
    assert expand({0: 1.0}, np.zeros(4, dtype=np.float32), fb) == (1.0, {})  # nothing to learn from


@pytest.mark.parametrize("backend", ["bm25s", "rank-bm25"])
def test_rescore_equals_scoring_the_expanded_query(backend: str) -> None:
    scorer = SCORERS[backend].build(TOKENS, k1=1.2, b=0.75)
    names = _names(scorer, backend)
    ids = {t: i for i, t in enumerate(names)}
    first = scorer.scores(["cat", "cat"])
    got = rescore(scorer, first, 0.25, {ids["dog"]: 0.5}, names)
    want = 0.25 * 2 * scorer.scores(["cat"]) + 0.5 * scorer.scores(["dog"])
    assert got == pytest.approx(want, rel=1e-5)


def test_rm3_breaks_ties_by_the_term() -> None:
    vocab = {"zeta": 0, "alpha": 1, "q": 2}
    fb = feedback_for([["q", "zeta", "alpha"]], vocab)
    _, extra = expand({2: 1.0}, np.array([1.0], dtype=np.float32), fb, fb_docs=1, fb_terms=1, original_weight=0.5)
    assert set(extra) == {1}  # zeta and alpha tie; alpha comes first by name


@pytest.mark.parametrize("backend", ["bm25s", "rank-bm25"])
def test_weighted_scores_are_the_weighted_sum_of_term_scores(backend: str) -> None:
    scorer = SCORERS[backend].build(TOKENS, k1=1.2, b=0.75)
    names = _names(scorer, backend)
    ids = {t: i for i, t in enumerate(names)}
    got = weighted_scores(scorer, {ids["cat"]: 0.7, ids["dog"]: 0.3}, names)
    want = 0.7 * scorer.scores(["cat"]) + 0.3 * scorer.scores(["dog"])
    assert got == pytest.approx(want, rel=1e-5)


def _names(scorer: object, backend: str) -> list[str]:
    """Term id -> term, as the eval numbers terms for each backend."""
    if backend == "rank-bm25":
        return ["cat", "purr", "dog", "bark", "7", "x", "fish"]
    names = [""] * (max(scorer.vocab.values()) + 1)  # type: ignore[attr-defined]
    for t, i in scorer.vocab.items():  # type: ignore[attr-defined]
        names[i] = t
    return names


def _coll() -> Collection:
    docs = ["A cat purrs.", "A dog barks at the cat.", "Fish swim.", "Cats and dogs and fish."]
    return Collection(
        [f"d{i}" for i in range(4)],
        ["", "", "", ""],
        docs,
        {"q1": "purring cat", "q2": "swimming fish"},
        {"q1": {"d0": 1}, "q2": {"d2": 1}},
        name="tiny",
        split="test",
    )


@pytest.mark.parametrize("rm3", [True, False])
@pytest.mark.parametrize("backend", ["bm25s", "rank-bm25"])
def test_run_and_evaluate_on_a_tiny_collection(backend: str, rm3: bool) -> None:
    coll = _coll()
    ticks: list[int] = []
    index = build(coll, RetrievalConfig(backend=backend, rm3=rm3), tick=ticks.append)
    assert sum(ticks) == 4
    ranked, qps = run(index, coll.queries, tick=ticks.append)
    assert next(iter(ranked["q1"])) == "d0" and next(iter(ranked["q2"])) == "d2"
    report = evaluate(coll, index, ranked, qps)
    assert report.metrics["nDCG@10"] == 1.0 and report.recall_curve[1] == 1.0
    assert set(report.summary()) >= {"nDCG@10", "R@100", "RR@10", "queries", "index_seconds", "queries_per_second"}
    assert report.worst[0].retrieved[0][2] is True
