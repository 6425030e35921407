"""SQuAD v1.1 answers eval, paragraph mode: the composer given each question's gold paragraph.

(Open mode, the whole bot over a corpus of paragraphs, is `qa.eval.squad_open`.)

The composer runs as the pipeline runs it (sentences weighed by `qa.retrieve.weigh`, idf
over all the file's paragraphs) but never abstains: SQuAD's questions all have an answer.
The prediction is the composer's span, else its sentence.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from qa.answer.compose import compose
from qa.eval.beir import BadDataset
from qa.eval.squad import best_exact_match, best_f1, holds_answer
from qa.ingest.clean import split_sentences
from qa.models import Sentence
from qa.question.kinds import classify
from qa.question.query import Query, analyse
from qa.search.retrieve import Evidence, weigh
from qa.text import stems


@dataclass
class Paragraph:
    """A SQuAD paragraph with its sentences (and their stems) and questions."""

    title: str
    context: str
    sentences: list[str]
    sentence_stems: list[list[str]]
    questions: list[tuple[str, str, list[str]]]  # id, question, gold answers
    article: int = 0  # position of its article in the file (splits are by article)


class AnswerCase(BaseModel):
    """A question the composer got wrong, for the report."""

    id: str
    question: str
    golds: list[str]
    prediction: str
    sentence: str
    f1: float


class AnswersReport(BaseModel):
    """EM, F1 and answer-sentence accuracy over a SQuAD file, each question given its gold paragraph."""

    source: str
    mode: str = "paragraph"
    questions: int
    exact_match: float
    f1: float
    sentence_accuracy: float
    by_kind: dict[str, tuple[int, float]] = Field(default_factory=dict, description="kind -> (questions, F1)")
    worst: list[AnswerCase] = Field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict:
        """The `--json` object."""
        out = {
            "exact_match": round(self.exact_match, 2),
            "f1": round(self.f1, 2),
            "sentence_accuracy": round(self.sentence_accuracy, 2),
            "questions": self.questions,
            "mode": self.mode,
        }
        return out


def read_squad(path: Path) -> list[Paragraph]:
    """The paragraphs of a SQuAD v1.1 JSON file; BadDataset if the file is not one."""
    if not path.is_file():
        raise BadDataset(f"SQuAD file {path} does not exist" if not path.exists() else f"{path} is not a file")
    try:
        articles = json.loads(path.read_text(encoding="utf-8"))["data"]
        paragraphs = []
        for number, a in enumerate(articles):
            for p in a["paragraphs"]:
                qs = [(q["id"], q["question"], [x["text"] for x in q["answers"]]) for q in p["qas"]]
                sentences = split_sentences(p["context"])
                title = str(a.get("title", "")).replace("_", " ")
                paragraphs.append(
                    Paragraph(title, p["context"], sentences, [stems(s) for s in sentences], qs, number)
                )
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadDataset(f"{path} is not a JSON file: {exc}") from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise BadDataset(f"{path} is not in SQuAD v1.1 layout (data/paragraphs/qas; missing {exc})") from exc
    if not any(p.questions for p in paragraphs):
        raise BadDataset(f"{path} holds no question")
    return paragraphs


def idf_of(paragraphs: list[Paragraph]) -> tuple[Counter, Callable[[str], float]]:
    df: Counter = Counter(t for p in paragraphs for t in set().union(*p.sentence_stems))
    n = len(paragraphs)
    return df, lambda t: math.log(1 + (n - df.get(t, 0) + 0.5) / (df.get(t, 0) + 0.5))


def paragraph_evidence(p: Paragraph, key: str, score: float) -> list[Evidence]:
    """A fresh Evidence per sentence of a paragraph (weigh() writes into them)."""
    return [
        Evidence(
            Sentence(doc_id=key, start=0, end=0, text=s),
            st,
            f"{key}#{i}",
            p.title,
            score,
            p.sentence_stems[i - 1] if i else [],
        )
        for i, (s, st) in enumerate(zip(p.sentences, p.sentence_stems, strict=True))
    ]


def _answer(question: str, query: Query, evidence: list[Evidence], idf: Callable[[str], float]) -> tuple[str, str, str]:
    kind = classify(question)
    ranked = weigh(evidence, query, {t: idf(t) for t in query.terms})
    c = compose(kind, query, ranked, {}, min_confidence=0.0)
    return c.span or c.sentence or "", c.sentence or "", kind.kind


def evaluate_squad(
    paragraphs: list[Paragraph],
    tick: Callable[[int], None] | None = None,
    source: str = "",
    limit: int | None = None,
) -> AnswersReport:
    """Answer the questions of `paragraphs` (the first `limit` only, if given) from their gold paragraphs.

    idf covers every paragraph whatever the limit.
    """
    started = time.perf_counter()
    df, idf = idf_of(paragraphs)
    ems, f1s, hits, cases = [], [], [], []
    by_kind: dict[str, list[float]] = {}
    for n, p in enumerate(paragraphs):
        if limit is not None and len(ems) >= limit:
            break
        before = len(ems)
        for qid, question, golds in p.questions[: None if limit is None else limit - len(ems)]:
            query = analyse(question, None, df)
            prediction, sentence, kind = _answer(question, query, paragraph_evidence(p, str(n), 1.0), idf)
            ems.append(best_exact_match(prediction, golds))
            f1s.append(best_f1(prediction, golds))
            hits.append(holds_answer(sentence, golds))
            by_kind.setdefault(kind, []).append(f1s[-1])
            if f1s[-1] == 0 and len(cases) < 40:
                cases.append(
                    AnswerCase(id=qid, question=question, golds=golds, prediction=prediction, sentence=sentence, f1=0.0)
                )
        if tick:
            tick(len(ems) - before)
    count = len(ems)
    if count == 0:
        raise BadDataset(f"{source or 'the SQuAD file'} holds no question to answer")
    return AnswersReport(
        source=source,
        questions=count,
        exact_match=100 * sum(ems) / count,
        f1=100 * sum(f1s) / count,
        sentence_accuracy=100 * sum(hits) / count,
        by_kind={
            k: (len(v), round(100 * sum(v) / len(v), 1)) for k, v in sorted(by_kind.items(), key=lambda kv: -len(kv[1]))
        },
        worst=cases,
        seconds=time.perf_counter() - started,
    )
