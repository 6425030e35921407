"""The HTML reports stand alone: no script, nothing fetched, every text escaped, a Recall@k curve."""

from __future__ import annotations

import re

from qa.eval.answers import AnswerCase, AnswersReport
from qa.eval.report import answers_page, recall_curve, retrieval_page
from qa.eval.retrieval import QueryResult, RetrievalConfig, RetrievalReport


def _retrieval() -> RetrievalReport:
    return RetrievalReport(
        dataset="tiny",
        split="test",
        documents=3,
        queries=1,
        config=RetrievalConfig(),
        metrics={"nDCG@10": 0.5, "R@100": 1.0, "RR@10": 0.5},
        recall_curve={1: 0.0, 2: 1.0, 1000: 1.0},
        index_seconds=0.01,
        queries_per_second=1234.0,
        worst=[
            QueryResult(
                id="q<1>",
                text="does <script>alert(1)</script> work?",
                ndcg_at_10=0.63,
                first_relevant=2,
                relevant=["d2"],
                retrieved=[("d1", 3.0, False), ("d2", 2.0, True)],
            )
        ],
        titles={"d1": "First & worst", "d2": "Second"},
    )


def _self_contained(html: str) -> None:
    assert html.startswith("<!doctype html>")
    assert "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)\s*=|@import|url\(""", html)
    urls = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace, never fetched


def test_retrieval_page() -> None:
    html = retrieval_page(_retrieval())
    _self_contained(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "q&lt;1&gt;" in html
    assert "First &amp; worst" in html and "0.5000" in html and "1,234" in html
    assert html.count("<circle") == 3  # one point per k on the curve


def test_answers_page() -> None:
    report = AnswersReport(
        source="tiny.json",
        questions=2,
        exact_match=50.0,
        f1=60.0,
        sentence_accuracy=100.0,
        worst=[AnswerCase(id="x", question="Who?", golds=["A", "A"], prediction="B", sentence="B did.", f1=0.0)],
    )
    html = answers_page(report)
    _self_contained(html)
    assert "Answers: SQuAD v1.1, paragraph mode" in html and "answer-sentence accuracy" in html
    assert "B did." in html and "A | " not in html  # gold answers listed once each


def test_recall_curve_places_points_on_a_log_scale() -> None:
    svg = recall_curve({1: 0.0, 10: 0.5, 100: 1.0}, width=400, height=200)
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert xs[1] - xs[0] == xs[2] - xs[1]  # 1, 10, 100 equally spaced
    ys = [float(y) for y in re.findall(r'cy="([\d.]+)"', svg)]
    assert ys[0] > ys[1] > ys[2]  # higher recall is drawn higher
