"""Retrieval evaluation: index a test collection (one passage per document), rank, score with trec_eval measures.

The defaults of `RetrievalConfig` were chosen on SciFact's train qrels only
(`benchmarks/tune_scifact.py`); the README shows what each rule is worth on test.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field

from qa.errors import BadSetting
from qa.eval.beir import Collection
from qa.search.analyzer import Analyzer
from qa.search.backends import SCORERS, Bm25sScorer, RankBm25Scorer
from qa.search.opensearch import Cluster, OpenSearchScorer
from qa.search.rm3 import Feedback, expand, feedback_for, rescore

Tick = Callable[[int], None]


class RetrievalConfig(BaseModel):
    """How documents are analysed, indexed and ranked in a retrieval eval (defaults: tuned on SciFact train)."""

    backend: Literal["bm25s", "rank-bm25", "opensearch"] = "bm25s"
    k1: float = Field(default=1.2, gt=0)
    b: float = Field(default=0.75, ge=0, le=1)
    title_weight: int = Field(default=3, ge=0, le=10, description="times the title's terms are repeated")
    stem: bool = True
    stopwords: bool = False
    hyphens: Literal["split", "join", "both"] = "split"
    split_alnum: bool = Field(default=True, description="p53 is also indexed as p and 53")
    greek: bool = Field(default=True, description="α is spelled alpha")
    british: bool = Field(default=False, description="tumour is spelled tumor")
    rm3: bool = Field(
        default=False,
        description="RM3 expansion (--rm3): +0.007 train R@100 at equal nDCG@10, within noise on test, "
        "2.6x the query time, so off by default",
    )
    fb_docs: int = Field(default=3, ge=1)
    fb_terms: int = Field(default=10, ge=1)
    original_weight: float = Field(default=0.7, ge=0, le=1)
    score_power: float = Field(default=3.0, ge=0)
    depth: int = Field(default=1000, ge=1, description="documents ranked per query")

    def analyzer(self) -> Analyzer:
        """The tokenizer these settings describe."""
        return Analyzer(self.stem, self.stopwords, self.hyphens, self.split_alnum, self.greek, self.british)


@dataclass
class RetrievalIndex:
    """A collection indexed for evaluation: the core scorer plus what RM3 and reporting need."""

    config: RetrievalConfig
    doc_ids: list[str]
    analyzer: Analyzer
    scorer: Bm25sScorer | RankBm25Scorer | OpenSearchScorer
    vocab: dict[str, int]
    feedback: Feedback | None
    seconds: float


def _chunks(n: int, size: int) -> Iterator[range]:
    for start in range(0, n, size):
        yield range(start, min(n, start + size))


def build(
    coll: Collection, config: RetrievalConfig, tick: Tick | None = None, cluster: Cluster | None = None
) -> RetrievalIndex:
    """Analyse every document (title repeated `title_weight` times, then text) and index it (in `cluster` for opensearch)."""
    started = time.perf_counter()
    analyze = config.analyzer()
    tokens: list[list[str]] = []
    for part in _chunks(len(coll), 2000):
        tokens += [analyze(coll.titles[i]) * config.title_weight + analyze(coll.texts[i]) for i in part]
        if tick:
            tick(len(part))
    if config.backend == "opensearch":
        scorer = _in_cluster(coll, config, tokens, cluster)
    else:
        scorer = SCORERS[config.backend].build(tokens, k1=config.k1, b=config.b)
    vocab = scorer.vocab if isinstance(scorer, Bm25sScorer) else _vocabulary(tokens)
    feedback = feedback_for(tokens, vocab) if config.rm3 else None
    return RetrievalIndex(config, coll.doc_ids, analyze, scorer, vocab, feedback, time.perf_counter() - started)


def _in_cluster(
    coll: Collection, config: RetrievalConfig, tokens: list[list[str]], cluster: Cluster | None
) -> OpenSearchScorer:
    """The collection indexed under the alias `<QA_OPENSEARCH_INDEX>-eval` (replaced by the next eval)."""
    from qa.search.opensearch_index import publish_tokens

    if cluster is None or not cluster.urls:
        raise BadSetting("--backend opensearch needs QA_OPENSEARCH_URL (e.g. http://127.0.0.1:9200)")
    fp = hashlib.sha256(f"{coll.name};{len(tokens)};{config.model_dump_json()}".encode()).hexdigest()
    scorer = publish_tokens(tokens, replace(cluster, index=f"{cluster.index}-eval"), fp, config.k1, config.b)
    scorer.depth = config.depth
    return scorer


def _vocabulary(tokens: list[list[str]]) -> dict[str, int]:
    vocab: dict[str, int] = {}
    for doc in tokens:
        for t in doc:
            if t not in vocab:
                vocab[t] = len(vocab)
    return vocab


def rank(index: RetrievalIndex, text: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The `k` best documents for a query (positions in `index.doc_ids`, scores), best first, scores above 0."""
    terms = index.analyzer(text)
    scores = index.scorer.scores(terms)
    fb = index.feedback
    if fb is not None:
        c = index.config
        query: dict[int, float] = {}
        for t in terms:
            if (i := index.vocab.get(t)) is not None:
                query[i] = query.get(i, 0.0) + 1.0
        scale, expansion = expand(query, scores, fb, c.fb_docs, c.fb_terms, c.original_weight, c.score_power)
        scores = rescore(index.scorer, scores, scale, expansion, fb.terms)
    return top_k(scores, k)


def top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions and values of the `k` highest positive scores, best first."""
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = top[np.argsort(-scores[top], kind="stable")]
    top = top[scores[top] > 0]
    return top, scores[top]


def run(
    index: RetrievalIndex, queries: dict[str, str], k: int | None = None, tick: Tick | None = None
) -> tuple[dict[str, dict[str, float]], float]:
    """Rank every query; return the run (query id -> document id -> score) and queries per second."""
    k = k or index.config.depth
    ids = index.doc_ids
    out: dict[str, dict[str, float]] = {}
    spent = 0.0
    items = list(queries.items())
    for part in _chunks(len(items), 50):
        started = time.perf_counter()
        ranked = [(qid, rank(index, items[i][1], k)) for i in part for qid in (items[i][0],)]
        spent += time.perf_counter() - started
        for qid, (docs, scores) in ranked:
            out[qid] = {ids[d]: float(s) for d, s in zip(docs.tolist(), scores.tolist(), strict=True)}
        if tick:
            tick(len(part))
    return out, (len(items) / spent if spent > 0 else 0.0)


MEASURES = ("nDCG@10", "R@100", "RR@10", "R@1000", "AP@100")
CURVE = (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000)


class QueryResult(BaseModel):
    """How one query fared: its nDCG@10, where the first relevant document came, what came first."""

    id: str
    text: str
    ndcg_at_10: float
    first_relevant: int | None = Field(description="rank of the best-ranked relevant document, if retrieved")
    relevant: list[str]
    retrieved: list[tuple[str, float, bool]] = Field(description="top documents: id, score, relevant?")


class RetrievalReport(BaseModel):
    """The figures of one retrieval eval, with the worst queries for a person to look at."""

    dataset: str
    split: str
    documents: int
    queries: int
    config: RetrievalConfig
    metrics: dict[str, float]
    recall_curve: dict[int, float]
    index_seconds: float
    queries_per_second: float
    worst: list[QueryResult]
    titles: dict[str, str] = Field(default_factory=dict, description="titles of the documents in `worst`")

    def summary(self) -> dict[str, float | int]:
        """The `--json` object: the metrics under their trec_eval names, then counts and speed."""
        return {
            **self.metrics,
            "queries": self.queries,
            "index_seconds": round(self.index_seconds, 3),
            "queries_per_second": round(self.queries_per_second, 1),
        }


def measure(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]], names: tuple[str, ...]) -> dict:
    """Per-query values of trec_eval measures (pytrec_eval through ir-measures); a query with no run scores 0."""
    import ir_measures

    measures = [ir_measures.parse_measure(n) for n in names]
    full = {q: run.get(q, {}) for q in qrels}
    values: dict[str, dict[str, float]] = {n: dict.fromkeys(qrels, 0.0) for n in names}
    for m in ir_measures.pytrec_eval.iter_calc(measures, qrels, full):
        values[str(m.measure)][m.query_id] = m.value
    return values


def evaluate(
    coll: Collection, index: RetrievalIndex, run_: dict[str, dict[str, float]], qps: float, worst: int = 20
) -> RetrievalReport:
    """Score a run against the collection's qrels (means over every judged query, as trec_eval -c)."""
    names = MEASURES + tuple(f"R@{k}" for k in CURVE if f"R@{k}" not in MEASURES)
    values = measure(coll.qrels, run_, names)
    mean = {n: round(float(np.mean(list(v.values()))), 4) for n, v in values.items()}
    results = []
    for qid, judged in coll.qrels.items():
        ranked = sorted(run_.get(qid, {}).items(), key=lambda kv: -kv[1])
        first = next((r for r, (d, _) in enumerate(ranked, 1) if judged.get(d, 0) > 0), None)
        results.append(
            QueryResult(
                id=qid,
                text=coll.queries[qid],
                ndcg_at_10=round(values["nDCG@10"][qid], 4),
                first_relevant=first,
                relevant=[d for d, r in judged.items() if r > 0],
                retrieved=[(d, round(s, 3), judged.get(d, 0) > 0) for d, s in ranked[:5]],
            )
        )
    results.sort(key=lambda r: (r.ndcg_at_10, -(r.first_relevant or 10**9)))
    shown = results[:worst]
    wanted = {d for r in shown for d in [*r.relevant, *(x[0] for x in r.retrieved)]}
    return RetrievalReport(
        dataset=coll.name,
        split=coll.split,
        documents=len(coll),
        queries=len(coll.qrels),
        config=index.config,
        metrics={n: mean[n] for n in MEASURES},
        recall_curve={k: mean[f"R@{k}"] for k in CURVE},
        index_seconds=index.seconds,
        queries_per_second=qps,
        worst=shown,
        titles={d: t for d, t in zip(coll.doc_ids, coll.titles, strict=True) if d in wanted},
    )
