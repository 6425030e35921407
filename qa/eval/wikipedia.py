"""Wikipedia articles given as a corpus, the way a user brings their own: SQuAD's articles of a split,
four at a time, one text file each (title, then its paragraphs).

Each group is asked the first question of every paragraph (answerable: the answer must hold a gold
answer) and the first questions of 20 paragraphs of the next article of the split (unrelated: they
must be refused). The naive method (rank-bm25 over the group's sentences, the top sentence as the
answer) answers the same questions.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from rank_bm25 import BM25Okapi

from qa.eval.squad_open import holds
from qa.ingest.clean import split_sentences
from qa.settings import Settings

SPLITS = {"dev": (0, 24), "test": (24, 48)}
_TOKEN = re.compile(r"\w+")


@dataclass
class WikipediaFigures:
    """Answered right (ours and the naive method's) and unrelated questions refused, over all groups."""

    questions: int = 0
    ours: int = 0
    naive: int = 0
    refused: int = 0
    unrelated: int = 0
    unrelated_refused: int = 0


def run_wikipedia(squad: Path, split: str, settings: Settings | None = None, size: int = 4) -> WikipediaFigures:
    """Ask every group of `size` articles of `split` its questions, through the bot and the naive method."""
    from qa.pipeline import Pipeline

    lo, hi = SPLITS[split]
    articles = json.loads(squad.read_text(encoding="utf-8"))["data"][lo:hi]
    out = WikipediaFigures()
    for g in range(0, len(articles), size):
        group, other = articles[g : g + size], articles[(g + size) % len(articles)]
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            for a in group:
                text = "\n\n".join([a["title"].replace("_", " "), *(p["context"] for p in a["paragraphs"])])
                name = re.sub(r"\W+", "_", a["title"])
                (corpus / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            base = settings or Settings()
            bot = Pipeline(replace(base, corpus=corpus, index=Path(tmp) / "index", answer_cache=0))
            sentences = [s for a in group for p in a["paragraphs"] for s in split_sentences(p["context"])]
            naive = BM25Okapi([_TOKEN.findall(s.lower()) or [""] for s in sentences])
            for a in group:
                for p in a["paragraphs"]:
                    qa = p["qas"][0]
                    golds = [x["text"] for x in qa["answers"]]
                    answer = bot.ask(qa["question"])
                    out.questions += 1
                    out.ours += not answer.abstained and holds(answer.answer, golds)
                    out.refused += answer.abstained
                    scores = naive.get_scores(_TOKEN.findall(qa["question"].lower()))
                    out.naive += holds(sentences[int(scores.argmax())], golds)
            for p in other["paragraphs"][:20]:
                out.unrelated += 1
                out.unrelated_refused += bot.ask(p["qas"][0]["question"]).abstained
    return out
