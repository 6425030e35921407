"""Open or rebuild the index the settings name: on disk (bm25s, rank-bm25) or in an OpenSearch cluster."""

from __future__ import annotations

from qa.search.index import Index, IndexConfig, Progress, build_corpus_index, fingerprint, open_index, save_index
from qa.settings import Settings


def open_configured(settings: Settings, progress: Progress | None = None) -> Index:
    """The index `settings` name, opened (built or rebuilt first if missing or stale): on disk, or in an
    OpenSearch cluster, whose client is imported only then."""
    config = IndexConfig.of(settings)
    if settings.backend == "opensearch":
        from qa.search.opensearch import cluster_for
        from qa.search.opensearch_index import open_cluster_index

        return open_cluster_index(settings.corpus, config, cluster_for(settings), progress, settings.strict)
    return open_index(settings.corpus, settings.index, config, progress, strict=settings.strict)


def rebuild_configured(settings: Settings, progress: Progress | None = None) -> Index:
    """The index `settings` name, built afresh and saved in place (or in the cluster)."""
    config = IndexConfig.of(settings)
    if settings.backend == "opensearch":
        from qa.search.opensearch import cluster_for
        from qa.search.opensearch_index import rebuild_cluster_index

        return rebuild_cluster_index(settings.corpus, config, cluster_for(settings), progress, settings.strict)
    built = build_corpus_index(settings.corpus, config, settings.index / config.backend, fingerprint(settings.corpus, config), progress, settings.strict)
    save_index(built)
    return built
