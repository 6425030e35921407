"""`python -m qa.eval.fit_spans` reads a SQuAD file's dev articles and writes a weights file the model reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qa.answer import gaps
from qa.eval.fit_spans import groups

CONTEXT = (
    "The V&A later bought the collection of drawings. Its new gallery is known for its glass roof. "
    "The arrival of satellite television ended the need for ABC to buy local stations. "
    "About 22% of the city's residents were born abroad, the census found."
)
QUESTIONS = [
    ("What is the new gallery known for?", "glass roof"),
    ("What did the V&A buy?", "the collection of drawings"),
    ("What ended the need for ABC to buy local stations?", "the arrival of satellite television"),
    ("What percentage of the city's residents were born abroad?", "22%"),  # a count: not the model's
    ("Who bought the collection?", "The V&A"),  # nor a "who" question
]


def _squad(tmp_path: Path) -> Path:
    qas = [
        {"id": str(n), "question": q, "answers": [{"text": a, "answer_start": CONTEXT.find(a)}]}
        for n, (q, a) in enumerate(QUESTIONS)
    ]
    path = tmp_path / "tiny-squad.json"
    article = {"title": "Museums", "paragraphs": [{"context": CONTEXT, "qas": qas}]}
    path.write_text(json.dumps({"data": [article], "version": "1.1"}), encoding="utf-8")
    return path


def test_each_what_question_gives_its_candidates_features_and_f1(tmp_path: Path) -> None:
    found = list(groups(_squad(tmp_path)))
    assert len(found) == 3  # the "who" question is left out
    for x, y in found:
        assert x.shape == (len(y), len(gaps.FEATURES))
        assert ((y >= 0.0) & (y <= 1.0)).all()
    assert all(y.max() == 1.0 for _, y in found)  # the gold phrase is among the candidates


def test_the_script_writes_weights_for_every_feature(tmp_path: Path) -> None:
    out = tmp_path / "gaps.json"
    subprocess.run(
        [sys.executable, "-m", "qa.eval.fit_spans", "--squad", str(_squad(tmp_path)), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    written = json.loads(out.read_text())
    assert set(written["weights"]) == set(gaps.FEATURES)
    assert written["questions"] == 3
    assert written["chosen_f1"] > 0
