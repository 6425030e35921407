"""Read a retrieval test collection: BEIR's layout (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) or the bundled set.

Every problem with the files is a `BadDataset` naming the file and line, never a traceback.
A query's `metadata` is never read: in SciFact it holds the evidence labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from qa.errors import QAError


class BadDataset(QAError):
    """An evaluation dataset is missing, laid out wrongly, or holds a malformed line."""


@dataclass
class Collection:
    """Documents, the queries of one split and their relevance judgments (qrels)."""

    doc_ids: list[str]
    titles: list[str]
    texts: list[str]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]
    name: str = ""
    split: str = ""

    def __len__(self) -> int:
        return len(self.doc_ids)


def splits(folder: Path) -> list[str]:
    """The splits a BEIR folder has judgments for (the names of qrels/*.tsv)."""
    return sorted(p.stem for p in (folder / "qrels").glob("*.tsv"))


def read_beir(folder: Path, split: str = "test") -> Collection:
    """Read a BEIR folder: all documents, the queries judged in `split`, and their qrels."""
    if not folder.exists():
        raise BadDataset(f"dataset folder {folder} does not exist")
    if not folder.is_dir():
        raise BadDataset(f"{folder} is a file; give the folder that holds corpus.jsonl")
    for name in ("corpus.jsonl", "queries.jsonl", "qrels"):
        if not (folder / name).exists():
            raise BadDataset(f"{folder} is not in BEIR layout: {name} is missing")
    qrels_file = folder / "qrels" / f"{split}.tsv"
    if not qrels_file.is_file():
        have = ", ".join(splits(folder)) or "none"
        raise BadDataset(f"{folder} has no split {split!r} (qrels/{split}.tsv); splits there: {have}")
    doc_ids, titles, texts = read_corpus(folder / "corpus.jsonl")
    all_queries = read_queries(folder / "queries.jsonl")
    qrels = read_qrels(qrels_file)
    known_docs = set(doc_ids)
    for qid, judged in qrels.items():
        if qid not in all_queries:
            raise BadDataset(f"{qrels_file}: query {qid!r} is not in queries.jsonl")
        for doc in judged:
            if doc not in known_docs:
                raise BadDataset(f"{qrels_file}: query {qid!r} judges document {doc!r}, which is not in corpus.jsonl")
    queries = {q: all_queries[q] for q in qrels}
    return Collection(doc_ids, titles, texts, queries, qrels, name=folder.name, split=split)


def _records(path: Path) -> list[tuple[int, dict]]:
    """The JSON objects of a JSON-lines file, with their line numbers."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise BadDataset(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
                if not isinstance(obj, dict):
                    raise BadDataset(f"{path}:{n}: expected a JSON object, got {type(obj).__name__}")
                out.append((n, obj))
    except UnicodeDecodeError as exc:
        raise BadDataset(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise BadDataset(f"{path}: cannot be read ({exc.strerror})") from exc
    if not out:
        raise BadDataset(f"{path} is empty")
    return out


def _field(path: Path, n: int, obj: dict, key: str, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if key == "_id" and isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        problem = "lacks" if value is None else "has a non-string"
        raise BadDataset(f"{path}:{n}: the object {problem} {key!r}")
    return value


def read_corpus(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Document ids, titles and texts of a corpus.jsonl, in file order."""
    ids, titles, texts = [], [], []
    seen: set[str] = set()
    for n, obj in _records(path):
        doc_id = _field(path, n, obj, "_id")
        if doc_id in seen:
            raise BadDataset(f"{path}:{n}: document id {doc_id!r} appears twice")
        seen.add(doc_id)
        ids.append(doc_id)
        titles.append(_field(path, n, obj, "title", required=False))
        texts.append(_field(path, n, obj, "text"))
    return ids, titles, texts


def read_queries(path: Path) -> dict[str, str]:
    """Query id -> text of a queries.jsonl (its `metadata` is left unread)."""
    return {_field(path, n, obj, "_id"): _field(path, n, obj, "text") for n, obj in _records(path)}


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """Query id -> {document id: relevance} from a qrels TSV (CRLF or LF, with or without header)."""
    qrels: dict[str, dict[str, int]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadDataset(f"{path}: cannot be read ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or (n == 1 and line.lower().startswith("query")):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise BadDataset(f"{path}:{n}: expected query-id, corpus-id, score separated by tabs, got {line!r}")
        qid, doc, score = (c.strip() for c in cols)
        try:
            qrels.setdefault(qid, {})[doc] = int(score)
        except ValueError:
            raise BadDataset(f"{path}:{n}: the score {score!r} is not a whole number") from None
    if not qrels:
        raise BadDataset(f"{path} holds no judgment")
    return qrels


def read_bundled(questions: Path, corpus: Path) -> Collection:
    """The bundled eval set as a collection: cleaned corpus documents; answerable questions judge their doc_ids."""
    from qa.eval.bundled import read_questions
    from qa.ingest.clean import clean
    from qa.ingest.load import load_corpus

    docs = [clean(d) for d in load_corpus(corpus)]
    known = {d.id for d in docs}
    qrels: dict[str, dict[str, int]] = {}
    texts: dict[str, str] = {}
    for q in read_questions(questions):
        if not q.answerable or not q.doc_ids:
            continue
        for doc in q.doc_ids:
            if doc not in known:
                raise BadDataset(f"{questions}: question {q.id} names document {doc!r}, which is not in {corpus}")
        qrels[q.id] = dict.fromkeys(q.doc_ids, 1)
        texts[q.id] = q.question
    if not qrels:
        raise BadDataset(f"{questions} holds no answerable question with doc_ids")
    return Collection(
        [d.id for d in docs], [d.title for d in docs], [d.text for d in docs], texts, qrels, questions.name, "bundled"
    )
