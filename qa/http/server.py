"""`qa serve`: build the index if the corpus changed, then run the HTTP service under uvicorn.

The index is built once, here, before any worker starts; each worker then opens it read-only
(the bm25s arrays memory-mapped, so N workers share the pages instead of holding N copies).
Workers get their settings through the same QA_* variables a deployment would set.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable

from qa.chat.stores import store_for
from qa.pipeline import Pipeline
from qa.settings import Settings


def run(settings: Settings, *, access_log: bool = True, progress: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted. Raises QAError (corpus, index, store) before listening if something is wrong."""
    import uvicorn

    pipeline = Pipeline(settings, store=store_for(settings), progress=progress)
    pipeline.index  # noqa: B018  (build or rebuild before the workers start, and fail early)
    common = {"host": settings.host, "port": settings.port, "access_log": access_log, "timeout_graceful_shutdown": 5}
    if settings.workers == 1:
        from qa.http.app import create_app

        uvicorn.run(create_app(settings, pipeline), **common)
        return
    if not settings.redis_url and progress is not None:
        progress(
            "note: without QA_REDIS_URL each worker keeps its own conversations, so a follow-up may reach "
            "a worker that does not know it"
        )
    os.environ.update(settings.environment())
    with tempfile.TemporaryDirectory(prefix="qa-metrics-") as metrics_dir:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
        uvicorn.run("qa.http.app:app_from_env", factory=True, workers=settings.workers, **common)
