"""An index kept in an OpenSearch cluster: built beside the live one, then switched in by an alias.

One physical index per build, `<alias>-<fingerprint[:16]>-<time>`, holds everything a query
needs, so a `qa serve` worker reads no local files. Each document has a `kind`:
  passage    n, terms (the stems, space-joined, BM25-scored), payload: the Passage
  document   n, payload: the cleaned Document
  sentences  n, payload: rows of [doc_id, start, end, stems], in order, in chunks
  terms      n, payload: passage frequencies or surface-word counts (typo fixes), in chunks
  meta       payload: format, fingerprint, config, counts; written last, so its presence means complete
The build streams bounded bulk requests into the new index (no replicas and no refreshes while
loading), then one atomic `_aliases` call moves the alias to it and the old index is dropped:
readers see the old index, then the new one, never a half-built one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from qa import records
from qa.errors import BackendUnavailable
from qa.models import Document, Passage, Sentence
from qa.search.index import FORMAT, Index, IndexConfig, Progress
from qa.search.opensearch import EMPTY, FIELD, Cluster, OpenSearchScorer, cluster_errors
from qa.text import counted

BATCH = 500  # documents per bulk request
BATCH_BYTES = 8 * 1024 * 1024  # and at most this many bytes
CHUNK = 2000  # rows per sentences/terms document
Tick = Callable[[int], None]


def index_body(cluster: Cluster, k1: float, b: float) -> dict[str, Any]:
    """Settings and mappings of a physical index: BM25 with our k1/b over whitespace-split stems."""
    return {
        "settings": {
            "index": {
                "number_of_shards": cluster.shards,
                "number_of_replicas": 0,  # raised once loaded: copying finished segments is cheaper
                "refresh_interval": "-1",
                "similarity": {"qa_bm25": {"type": "BM25", "k1": k1, "b": b}},
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "kind": {"type": "keyword"},
                "n": {"type": "long"},
                FIELD: {"type": "text", "analyzer": "whitespace", "similarity": "qa_bm25", "index_options": "freqs"},
                "payload": {"type": "object", "enabled": False},
            },
        },
    }


def create(client: Any, cluster: Cluster, fp: str, k1: float, b: float) -> str:
    """Create a new, empty physical index for the alias; return its name."""
    if client.indices.exists(index=cluster.index) and not client.indices.exists_alias(name=cluster.index):
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} has an index named {cluster.index!r} that is not an alias: "
            "remove it or choose another QA_OPENSEARCH_INDEX"
        )
    name = f"{cluster.index}-{fp[:16]}-{time.strftime('%Y%m%d%H%M%S')}{time.time_ns() % 1000:03d}".lower()
    client.indices.create(index=name, body=index_body(cluster, k1, b))
    return name


def load(client: Any, cluster: Cluster, name: str, sources: Iterable[dict], tick: Tick | None = None) -> int:
    """Bulk-load `sources` into index `name` in bounded requests; return how many were written."""
    from opensearchpy.helpers import BulkIndexError, streaming_bulk

    actions = ({"_index": name, "_id": s.pop("_id"), "_source": s} for s in sources)
    written = 0
    try:
        for ok, _item in streaming_bulk(
            client, actions, chunk_size=BATCH, max_chunk_bytes=BATCH_BYTES, max_retries=3, request_timeout=120
        ):
            written += ok
            if tick and written % BATCH == 0:
                tick(BATCH)
    except BulkIndexError as exc:
        first = exc.errors[0] if exc.errors else {}
        raise BackendUnavailable(
            f"OpenSearch refused {counted(len(exc.errors), 'document')} of the index, first: {first}"
        ) from exc
    if tick and written % BATCH:
        tick(written % BATCH)
    return written


def _percent(total: int, say: Progress) -> Tick:
    """A tick that reports every tenth of the passages loaded (the other kinds follow them)."""
    done = [0, 0]

    def tick(n: int) -> None:
        done[0] += n
        if total and (step := min(10, done[0] * 10 // total)) > done[1]:
            done[1] = step
            say(f"loaded {min(done[0], total)} of {total} passages")

    return tick


def switch(client: Any, cluster: Cluster, name: str) -> list[str]:
    """Make `name` searchable with its replicas, move the alias onto it atomically, drop the old indexes."""
    client.indices.put_settings(
        index=name, body={"index": {"number_of_replicas": cluster.replicas, "refresh_interval": None}}
    )
    client.indices.refresh(index=name)
    client.cluster.health(index=name, wait_for_status="yellow", timeout="120s", request_timeout=130)
    old = list(client.indices.get_alias(name=cluster.index)) if client.indices.exists_alias(name=cluster.index) else []
    actions = [{"remove": {"index": o, "alias": cluster.index}} for o in old if o != name]
    client.indices.update_aliases(body={"actions": [*actions, {"add": {"index": name, "alias": cluster.index}}]})
    for o in old:
        if o != name:
            client.indices.delete(index=o, ignore_unavailable=True)
    return old


def current(client: Any, cluster: Cluster) -> str | None:
    """The physical index behind the alias, or None when there is none."""
    if not client.indices.exists_alias(name=cluster.index):
        return None
    return sorted(client.indices.get_alias(name=cluster.index))[-1]


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while part := list(islice(it, size)):
        yield part


def _sources(index: Index, tokens: list[list[str]]) -> Iterator[dict]:
    for i, (p, t) in enumerate(zip(index.passages, tokens, strict=True)):
        yield {"_id": str(i), "kind": "passage", "n": i, FIELD: " ".join(t) or EMPTY, "payload": records.dump(p)}
    for i, d in enumerate(index.documents.values()):
        yield {"_id": f"d{i}", "kind": "document", "n": i, "payload": records.dump(d)}
    rows = ([s.doc_id, s.start, s.end, st] for s, st in zip(index.sentences, index.sentence_stems, strict=True))
    for i, part in enumerate(_chunks(rows, CHUNK)):
        yield {"_id": f"s{i}", "kind": "sentences", "n": i, "payload": {"rows": part}}
    n = 0
    for table in ("passage_freq", "vocabulary"):
        for part in _chunks(getattr(index, table).items(), CHUNK * 10):
            yield {"_id": f"t{n}", "kind": "terms", "n": n, "payload": {table: dict(part)}}
            n += 1


def publish(index: Index, cluster: Cluster, progress: Progress | None = None, tick: Tick | None = None) -> Index:
    """Send a freshly built index to the cluster under a new name, switch the alias to it; return it, attached."""
    scorer = index.scorer
    if not isinstance(scorer, OpenSearchScorer) or scorer.tokens is None:
        raise BackendUnavailable("only a freshly built opensearch index can be published")
    say = progress if progress is not None else (lambda _msg: None)
    client = cluster.connect()
    with cluster_errors(cluster, "building the index"):
        name = create(client, cluster, index.fingerprint, scorer.k1, scorer.b)
        try:
            say(f"loading {counted(len(index.passages), 'passage')} into OpenSearch index {name}")
            load(client, cluster, name, _sources(index, scorer.tokens), tick or _percent(len(index.passages), say))
            meta = {"format": FORMAT, "fingerprint": index.fingerprint, "config": records.dump(index.config)}
            meta |= {"documents": len(index.documents), "passages": len(index.passages)}
            meta |= {"sentences": len(index.sentences), "files": index.files, "skipped": index.skipped}
            client.index(index=name, id="meta", body={"kind": "meta", "n": 0, "payload": meta})
            switch(client, cluster, name)
        except BaseException:
            client.indices.delete(index=name, ignore_unavailable=True)
            raise
    say(f"OpenSearch alias {cluster.index!r} now points to {name}")
    index.path = Path(name)
    scorer.attach(client, cluster, name)
    return index


def read_meta(client: Any, cluster: Cluster) -> tuple[str, dict] | None:
    """The physical index behind the alias and its meta, or None when there is no complete index."""
    with cluster_errors(cluster, "opening the index"):
        name = current(client, cluster)
        if name is None:
            return None
        health = client.cluster.health(index=name, timeout="10s", request_timeout=15)
        if health.get("status") == "red":
            raise BackendUnavailable(
                f"OpenSearch at {cluster.where} is red for index {name}: "
                f"{health.get('unassigned_shards', '?')} shards unassigned (a node holding them is down)"
            )
        found = client.get(index=name, id="meta", ignore=404)
        if not found.get("found"):
            return None
        return name, found["_source"]["payload"]


def rows(client: Any, name: str, kind: str, size: int = 1000) -> Iterator[Any]:
    """The payloads of every document of `kind`, in order of n (search_after pages)."""
    body: dict[str, Any] = {"size": size, "query": {"term": {"kind": kind}}, "sort": [{"n": "asc"}]}
    body["_source"] = ["payload"]
    while True:
        hits = client.search(index=name, body=body)["hits"]["hits"]
        yield from (h["_source"]["payload"] for h in hits)
        if len(hits) < size:
            return
        body["search_after"] = hits[-1]["sort"]


def open_published(cluster: Cluster, client: Any = None) -> Index:
    """The index behind the alias, read from the cluster; raise BackendUnavailable if there is none."""
    client = client or cluster.connect()
    found = read_meta(client, cluster)
    if found is None:
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} has no index {cluster.index!r}: build it with qa index --backend opensearch"
        )
    name, meta = found
    with cluster_errors(cluster, "reading the index"):
        docs = [records.load(Document, d) for d in rows(client, name, "document")]
        passages = [records.load(Passage, p) for p in rows(client, name, "passage")]
        by_doc = {d.id: d for d in docs}
        sentences, stems = [], []
        for part in rows(client, name, "sentences"):
            for doc_id, start, end, st in part["rows"]:
                sentences.append(Sentence(doc_id=doc_id, start=start, end=end, text=by_doc[doc_id].text[start:end]))
                stems.append(st)
        tables: dict[str, dict] = {"passage_freq": {}, "vocabulary": {}}
        for part in rows(client, name, "terms"):
            for table, values in part.items():
                tables[table].update(values)
    if (meta["documents"], meta["passages"], meta["sentences"]) != (len(docs), len(passages), len(sentences)):
        raise BackendUnavailable(
            f"OpenSearch index {name} is incomplete: rebuild it with qa index --backend opensearch"
        )
    config = IndexConfig(**meta["config"])
    scorer = OpenSearchScorer(None, config.k1, config.b, len(passages)).attach(client, cluster, name)
    index = Index(
        path=Path(name),
        config=config,
        documents=by_doc,
        passages=passages,
        sentences=sentences,
        sentence_stems=stems,
        passage_freq=tables["passage_freq"],
        vocabulary=tables["vocabulary"],
        scorer=scorer,  # type: ignore[arg-type]
        fingerprint=meta["fingerprint"],
        files=meta.get("files", 0),
        skipped=meta.get("skipped", []),
    )
    scorer.reload = lambda: _follow(index, cluster, client)
    return index


def _follow(index: Index, cluster: Cluster, client: Any) -> bool:
    """Replace `index`'s contents by the index the alias points to, if a rebuild moved it; True if it did."""
    scorer = index.scorer
    with cluster_errors(cluster, "following the alias"):
        if current(client, cluster) == getattr(scorer, "physical", None):
            return False
    fresh = open_published(cluster, client)
    new = fresh.scorer
    assert isinstance(scorer, OpenSearchScorer) and isinstance(new, OpenSearchScorer)
    scorer.physical, scorer.n, scorer.k1, scorer.b = new.physical, new.n, new.k1, new.b
    fresh.scorer = scorer
    index.__dict__.update(vars(fresh))  # one update, so a reader sees the old tables or the new ones
    return True


def open_cluster_index(
    corpus: Path, config: IndexConfig, cluster: Cluster, progress: Progress | None = None, strict: bool = False
) -> Index:
    """The cluster's index of `corpus`, built and published first if missing or stale.

    Without the corpus folder (a serving machine that only has the cluster) the published
    index is used as it is.
    """
    from qa.search.index import fingerprint

    client = cluster.connect()
    found = read_meta(client, cluster)
    if found is not None:
        name, meta = found
        if not corpus.is_dir() or meta["fingerprint"] == fingerprint(corpus, config):
            return open_published(cluster, client)
        if progress:
            progress(f"the corpus or settings changed since {name} was built: rebuilding")
    elif not corpus.is_dir():
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} has no index {cluster.index!r} and there is no corpus at {corpus} to build it"
        )
    return rebuild_cluster_index(corpus, config, cluster, progress, strict)


def rebuild_cluster_index(
    corpus: Path, config: IndexConfig, cluster: Cluster, progress: Progress | None = None, strict: bool = False
) -> Index:
    """Build the index of `corpus` and publish it to the cluster (the alias moves when it is complete)."""
    from qa.search.index import build_corpus_index, fingerprint

    index = build_corpus_index(corpus, config, Path(cluster.index), fingerprint(corpus, config), progress, strict)
    return publish(index, cluster, progress)


def publish_tokens(
    tokens: list[list[str]], cluster: Cluster, fp: str, k1: float, b: float, tick: Tick | None = None
) -> OpenSearchScorer:
    """Index bare tokenised documents (an eval collection: no passages or tables) and return their scorer."""
    client = cluster.connect()
    docs = ({"_id": str(i), "kind": "passage", "n": i, FIELD: " ".join(t) or EMPTY} for i, t in enumerate(tokens))
    with cluster_errors(cluster, "building the index"):
        name = create(client, cluster, fp, k1, b)
        try:
            load(client, cluster, name, docs, tick)
            switch(client, cluster, name)
        except BaseException:
            client.indices.delete(index=name, ignore_unavailable=True)
            raise
    return OpenSearchScorer(None, k1, b, len(tokens)).attach(client, cluster, name)
