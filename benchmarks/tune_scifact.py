"""Choose the retrieval settings on SciFact's TRAIN qrels, then report them on test.

    python benchmarks/tune_scifact.py [--data ../shared/datasets/scifact]

Objective: train nDCG@10 + train R@100 (the two figures the issue sets targets for).
1. rules, one at a time over a plain analyser (k1=1.2, b=0.75, title once): a rule is kept if it raises the objective;
2. title weight x k1 x b, grid;  3. RM3 (feedback documents x terms x original weight x score power), grid.
Test figures are printed for the ablation only after every choice is made; they choose nothing.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from qa.eval.beir import Collection, read_beir
from qa.eval.retrieval import RetrievalConfig, RetrievalIndex, build, measure, run

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "scifact"
PLAIN = dict(stem=False, stopwords=False, hyphens="split", split_alnum=False, greek=False, british=False, rm3=False)
RULES = [
    ("stopwords", dict(stopwords=True)),
    ("stemming", dict(stem=True)),
    ("hyphenated words also joined", dict(hyphens="both")),
    ("letter-digit runs split (p53 -> p, 53)", dict(split_alnum=True)),
    ("greek letters spelled out", dict(greek=True)),
    ("british spellings", dict(british=True)),
]


def scores(index: RetrievalIndex, coll: Collection) -> tuple[float, float, float]:
    """nDCG@10, R@100 and RR@10 of a collection's queries on an index."""
    ranked, _ = run(index, coll.queries)
    v = measure(coll.qrels, ranked, ("nDCG@10", "R@100", "RR@10"))
    return tuple(round(sum(v[n].values()) / len(coll.qrels), 4) for n in ("nDCG@10", "R@100", "RR@10"))  # type: ignore[return-value]


def objective(s: tuple[float, float, float]) -> float:
    """What tuning maximises: nDCG@10 + R@100."""
    return s[0] + s[1]


def row(label: str, s: tuple[float, float, float], mark: str = "") -> None:
    print(f"  {label:<58} {s[0]:.4f}  {s[1]:.4f}  {s[2]:.4f}  {mark}", flush=True)


def plain_bm25s(train: Collection) -> RetrievalIndex:
    """bm25s as its README shows it: bm25s.tokenize with English stopwords and stemmer, k1=1.5, b=0.75."""
    import bm25s
    import Stemmer

    from qa.search.backends import Bm25sScorer

    stemmer = Stemmer.Stemmer("english")
    texts = [f"{t} {x}" for t, x in zip(train.titles, train.texts, strict=True)]
    ids, vocab = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False, return_ids=True)
    inverse = {i: w for w, i in vocab.items()}
    scorer = Bm25sScorer.build([[inverse[i] for i in doc] for doc in ids], k1=1.5, b=0.75)
    config = RetrievalConfig(rm3=False)
    analyse = lambda q: _bm25s_terms(q, stemmer)  # noqa: E731
    return RetrievalIndex(config, train.doc_ids, analyse, scorer, scorer.vocab, None, 0.0)  # type: ignore[arg-type]


def _bm25s_terms(text: str, stemmer: object) -> list[str]:
    import bm25s

    ids, vocab = bm25s.tokenize([text], stopwords="en", stemmer=stemmer, show_progress=False, return_ids=True)
    inverse = {i: w for w, i in vocab.items()}
    return [inverse[i] for i in ids[0]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="SciFact in BEIR layout")
    args = parser.parse_args()
    started = time.perf_counter()
    train, test = read_beir(args.data, "train"), read_beir(args.data, "test")
    head = f"  {'settings':<58} nDCG@10  R@100   RR@10"

    print(f"1. rules (train, {len(train.qrels)} queries; k1=1.2 b=0.75 title x1, no RM3)\n{head}")
    row("plain bm25s (bm25s.tokenize + stemmer + stopwords, k1=1.5 b=0.75)", scores(plain_bm25s(train), train))
    config = RetrievalConfig(k1=1.2, b=0.75, title_weight=1, **PLAIN)
    best = scores(build(train, config), train)
    row("our analyser, no rule", best)
    for label, change in RULES:
        trial = config.model_copy(update=change)
        s = scores(build(train, trial), train)
        keep = objective(s) > objective(best)
        row(f"+ {label}", s, "kept" if keep else "dropped")
        if keep:
            config, best = trial, s

    print(f"\n2. title weight x k1 x b (train)\n{head}")
    grid = []
    for tw, k1, b in itertools.product((1, 2, 3), (0.9, 1.2, 1.5), (0.5, 0.75, 0.9)):
        trial = config.model_copy(update=dict(title_weight=tw, k1=k1, b=b))
        grid.append((objective(s := scores(build(train, trial), train)), s, trial))
    for _, s, c in sorted(grid, key=lambda g: -g[0])[:8]:
        row(f"title x{c.title_weight} k1={c.k1} b={c.b}", s)
    _, best, config = max(grid, key=lambda g: g[0])

    print(f"\n3. RM3 (train)\n{head}")
    index = build(train, config.model_copy(update=dict(rm3=True)))
    grid = []
    for docs, terms, weight, power in itertools.product((3, 5, 10), (10, 20), (0.7, 0.8, 0.9), (1.0, 3.0)):
        index.config = config.model_copy(
            update=dict(rm3=True, fb_docs=docs, fb_terms=terms, original_weight=weight, score_power=power)
        )
        grid.append((objective(s := scores(index, train)), s, index.config))
    for _, s, c in sorted(grid, key=lambda g: -g[0])[:8]:
        row(f"docs={c.fb_docs} terms={c.fb_terms} weight={c.original_weight} power={c.score_power}", s)
    top = max(grid, key=lambda g: g[0])
    if top[0] > objective(best):
        config = top[2]
    print(f"\nchosen: {config.model_dump_json()}")

    print(f"\n4. ablation: each rule added to the last (train {len(train.qrels)} / test {len(test.qrels)} queries)")
    print(f"  {'':<58} {'train':^22}  {'test':^22}\n  {'':<58} nDCG@10  R@100   RR@10   nDCG@10  R@100   RR@10")
    plain = plain_bm25s(train)
    _ablation("plain bm25s (its tokenizer, stemmer, stopwords; k1=1.5 b=0.75)", plain, train, test)
    steps = [("our analyser, no rule", RetrievalConfig(k1=1.2, b=0.75, title_weight=1, **PLAIN))]
    for label, change in RULES:
        if all(getattr(config, k) == v for k, v in change.items()):
            steps.append((f"+ {label}", steps[-1][1].model_copy(update=change)))
    steps.append(("+ title weight, k1, b tuned", config.model_copy(update=dict(rm3=False))))
    if config.rm3:
        steps.append(("+ RM3", config))
    for label, c in steps:
        _ablation(label, build(train, c), train, test)
    print(f"\n({time.perf_counter() - started:.0f} s)")


def _ablation(label: str, index: RetrievalIndex, train: Collection, test: Collection) -> None:
    a, b = scores(index, train), scores(index, test)
    print(f"  {label:<58} {a[0]:.4f}  {a[1]:.4f}  {a[2]:.4f}  {b[0]:.4f}  {b[1]:.4f}  {b[2]:.4f}", flush=True)


if __name__ == "__main__":
    main()
