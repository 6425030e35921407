"""BM25 in an OpenSearch cluster: the connection, its errors, and a scorer that asks the cluster.

Passages are indexed pre-analysed: the project's own stems joined by spaces into a field with
OpenSearch's `whitespace` analyzer, scored by Lucene's BM25 with the index's `k1` and `b`. A
query is the same stems as `term` clauses, a repeated stem boosted by its count, so both
backends rank alike. Two differences remain: OpenSearch multiplies every score by (k1 + 1),
taken out here, and Lucene stores a passage's length in one byte (exact for short passages,
within about 6% for long ones), so scores differ by a percent or two and near-ties may swap.

The cluster comes from `Cluster` (a value object built from the settings); the index layout
and the alias switch are in `qa.search.opensearch_index`. opensearch-py is imported only here
and only when a cluster is used, so `qa ask` with bm25s never loads it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from qa.errors import BackendUnavailable, BadSetting
from qa.settings import Settings

FIELD = "terms"  # the pre-analysed text of a passage
EMPTY = "_"  # stands for a passage with no terms, as bm25s's "" does (the analyzer never yields it)


@dataclass(frozen=True)
class Cluster:
    """Where the cluster is and how to log in; `index` is the alias that readers use.

    Cluster(["https://search.internal:9200"], user="qa", password="...", index="qa")
    """

    urls: tuple[str, ...]
    index: str = "qa"
    user: str | None = None
    password: str | None = None
    api_key: str | None = None
    ca_certs: Path | None = None
    verify_certs: bool = True
    timeout: float = 30.0
    shards: int = 1
    replicas: int = 1

    @property
    def where(self) -> str:
        """The cluster's address for messages (never a credential)."""
        return ", ".join(self.urls)

    def connect(self) -> Any:
        """An opensearch-py client (it connects lazily; errors come with the first request)."""
        from opensearchpy import OpenSearch

        if not self.urls:
            raise BadSetting("the opensearch backend needs QA_OPENSEARCH_URL (e.g. http://127.0.0.1:9200)")
        options: dict[str, Any] = {"timeout": self.timeout, "max_retries": 2, "retry_on_timeout": True}
        if self.user is not None:
            options["http_auth"] = (self.user, self.password or "")
        if self.api_key is not None:
            options["headers"] = {"Authorization": f"ApiKey {self.api_key}"}
        if any(u.startswith("https:") for u in self.urls):
            options.update(verify_certs=self.verify_certs, ssl_show_warn=self.verify_certs)
            if self.ca_certs is not None:
                options["ca_certs"] = str(self.ca_certs)
        return OpenSearch(list(self.urls), **options)


def cluster_for(settings: Settings) -> Cluster:
    """The cluster the settings name (QA_OPENSEARCH_*; credentials come from the environment only)."""

    def secret(value: Any) -> str | None:
        return value.get_secret_value() if value is not None else None

    return Cluster(
        urls=parse_urls(settings.opensearch_url),
        index=settings.opensearch_index,
        user=settings.opensearch_user,
        password=secret(settings.opensearch_password),
        api_key=secret(settings.opensearch_api_key),
        ca_certs=settings.opensearch_ca_certs,
        verify_certs=settings.opensearch_verify_certs,
        shards=settings.opensearch_shards,
        replicas=settings.opensearch_replicas,
    )


def parse_urls(text: str | None) -> tuple[str, ...]:
    """ "http://a:9200, http://b:9200" -> both, in order (a client spreads requests over them)."""
    return tuple(u.strip().rstrip("/") for u in (text or "").split(",") if u.strip())


# Pauses before asking again while a node leaves (its shards' replicas are promoted); None: give up.
SETTLE = (0.2, 0.5, 1.0, None)


@contextmanager
def cluster_errors(cluster: Cluster, doing: str) -> Iterator[None]:
    """Turn opensearch-py's errors into BackendUnavailable, with a reason a user can act on."""
    from opensearchpy import exceptions as os_errors

    try:
        yield
    except BackendUnavailable:
        raise
    except os_errors.AuthenticationException as exc:
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} refused the credentials while {doing} (401): "
            "check QA_OPENSEARCH_USER and QA_OPENSEARCH_PASSWORD, or QA_OPENSEARCH_API_KEY"
        ) from exc
    except os_errors.AuthorizationException as exc:
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} does not allow this user to do this while {doing} (403)"
        ) from exc
    except os_errors.NotFoundError as exc:
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} has no index {cluster.index!r}: build it with qa index --backend opensearch"
        ) from exc
    except os_errors.ConnectionError as exc:  # also timeouts and TLS failures
        reason = str(getattr(exc, "info", "") or exc.error)
        raise BackendUnavailable(f"cannot reach OpenSearch at {cluster.where} while {doing}: {reason}") from exc
    except os_errors.TransportError as exc:
        raise BackendUnavailable(
            f"OpenSearch at {cluster.where} failed while {doing}: {exc.status_code} {_reason(exc)}"
        ) from exc


def _reason(exc: Any) -> str:
    info = exc.info if isinstance(exc.info, dict) else {}
    error = info.get("error")
    if isinstance(error, dict):
        root = (error.get("root_cause") or [error])[0]
        return f"{root.get('type', '')}: {root.get('reason', '')}".strip(": ")
    return str(exc.error)


def query_body(query: list[str], k: int) -> dict[str, Any]:
    """The search for `query` (stems, repeats weigh more): BM25 over passages, ties by position."""
    clauses = [{"term": {FIELD: {"value": t, "boost": c}}} for t, c in Counter(query).items()]
    return {
        "size": k,
        "_source": False,
        "stored_fields": "_none_",  # positions come from the sort values: no stored field is read per hit
        "track_total_hits": False,
        "query": {"bool": {"should": clauses, "minimum_should_match": 1, "filter": [{"term": {"kind": "passage"}}]}},
        "sort": [{"_score": "desc"}, {"n": "asc"}],
    }


class OpenSearchScorer:
    """Ranks passages in the cluster; also carries a fresh index's tokens until they are published.

    Built by `build` (from the index's tokens, like the other scorers) it holds the tokens;
    `qa.search.opensearch_index.publish` sends them, and `attach` points it at the cluster.
    """

    name = "opensearch"

    def __init__(self, tokens: list[list[str]] | None, k1: float, b: float, n: int) -> None:
        self.tokens, self.k1, self.b, self.n = tokens, k1, b, n
        self.client: Any = None
        self.cluster: Cluster | None = None
        self.physical = ""  # the physical index searched (the alias resolved once, so one worker sees one index)
        self.depth = 100  # passages fetched when a caller wants every score (the eval sets its depth)
        self.reload: Callable[[], bool] | None = None  # reads the index behind the alias if it changed

    @classmethod
    def build(cls, tokens: list[list[str]], k1: float, b: float) -> OpenSearchScorer:
        """Keep the tokens of a fresh index for publishing."""
        return cls(tokens, k1, b, len(tokens))

    @classmethod
    def load(cls, folder: Path, mmap: bool = True) -> OpenSearchScorer:
        raise BadSetting("an OpenSearch index lives in the cluster, not in a folder: use --backend opensearch")

    def save(self, folder: Path) -> None:
        raise BadSetting("an OpenSearch index is published to the cluster, not saved in a folder")

    def attach(self, client: Any, cluster: Cluster, physical: str) -> OpenSearchScorer:
        """Search `physical` in the cluster from now on; the tokens are no longer needed."""
        self.client, self.cluster, self.physical, self.tokens = client, cluster, physical, None
        return self

    def top(self, query: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions and scores of the `k` best passages for `query`, best first, scores above 0."""
        if self.client is None or self.cluster is None:
            raise BadSetting("this OpenSearch index is not published yet")
        terms = [t for t in query if t]
        if not terms or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        with cluster_errors(self.cluster, "searching"):
            found = self._search_settled(terms, k)
        shards = found.get("_shards", {})
        if shards.get("failed"):
            raise BackendUnavailable(
                f"OpenSearch at {self.cluster.where} answered from {shards.get('successful')} of "
                f"{shards.get('total')} shards: the cluster is missing part of index {self.cluster.index!r}"
            )
        hits = found.get("hits", {}).get("hits", [])  # filter_path leaves out an empty list
        positions = np.fromiter((int(h["sort"][1]) for h in hits), dtype=np.int64, count=len(hits))
        # OpenSearch's BM25 keeps Lucene's old (k1 + 1) factor; without it, scores are on bm25s's scale.
        scale = 1.0 / (1.0 + self.k1)
        scores = np.fromiter(((h["_score"] or 0.0) * scale for h in hits), dtype=np.float32, count=len(hits))
        keep = scores > 0
        return positions[keep], scores[keep]

    def _search_settled(self, terms: list[str], k: int) -> dict:
        """The search, asked again when the cluster was in flux: a rebuild replaced the index (it is
        reloaded), or a node left mid-search and its shards' copies on other nodes take over (meanwhile
        the search may fail with a 5xx, failed shards or a 404 for the index)."""
        for pause in SETTLE:
            try:
                found = self._search(terms, k)
            except Exception as exc:
                status = getattr(exc, "status_code", None)
                if status in (404, 503) and self.reload is not None and self.reload():
                    return self._search(terms, k)  # asked again of the index the alias points to now
                # A node leaving can answer 404 for an index its cluster state briefly lacks.
                if not isinstance(status, int) or (status < 500 and status != 404) or pause is None:
                    raise
            else:
                if not found.get("_shards", {}).get("failed") or pause is None:
                    return found
            time.sleep(pause)
        raise AssertionError("unreachable: the last pause is None")

    def _search(self, terms: list[str], k: int) -> dict:
        assert self.cluster is not None
        return self.client.search(
            index=self.physical,
            body=query_body(terms, min(k, 10_000)),
            search_type="dfs_query_then_fetch",  # corpus-wide term statistics with several shards
            filter_path=["_shards", "hits.hits._score", "hits.hits.sort"],
            request_timeout=self.cluster.timeout,
        )

    def scores(self, query: list[str]) -> np.ndarray:
        """Every passage's score, as the other scorers give: the best `depth` from the cluster, 0 elsewhere."""
        positions, scores = self.top(query, self.depth) if query else ([], [])
        out = np.zeros(self.n, dtype=np.float32)  # after the search: a rebuild it met may change n
        out[positions] = scores
        return out
