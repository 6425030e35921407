"""Votes are written by a thread of their own, so a slow or broken database never delays an answer.

    writer = FeedbackWriter(open_store(path, url), on_failure=metrics.feedback_failed)
    writer.submit(feedback)        # returns at once
    writer.close()                 # writes what is queued, then stops

A write that fails (a full disk, an unreachable PostgreSQL) is retried twice, then logged and
counted; the vote is lost, the answerer never sees an error.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from qa.errors import QAError
from qa.feedback.models import Feedback
from qa.feedback.store import FeedbackStore

log = logging.getLogger("qa.feedback")
_STOP = object()


class FeedbackWriter:
    """A queue of votes and the daemon thread that saves them into `store`."""

    def __init__(
        self,
        store: FeedbackStore,
        *,
        capacity: int = 10_000,
        retries: tuple[float, ...] = (0.2, 1.0),
        on_saved: Callable[[Feedback], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> None:
        self.store, self.retries = store, retries
        self.on_saved, self.on_failure = on_saved, on_failure
        self.saved = 0
        self.failures = 0
        self._queue: queue.Queue[object] = queue.Queue(capacity)
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, feedback: Feedback) -> bool:
        """Queue a vote and return at once; False (logged and counted) when the queue is full."""
        self._start()
        try:
            self._queue.put_nowait(feedback)
        except queue.Full:
            self._failed("feedback queue full: a vote was dropped (is the feedback database down?)")
            return False
        return True

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued vote is written or given up; False if `timeout` passed first."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued (waiting at most `timeout`), stop the thread and close the store."""
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout)
            self._thread = None
        self.store.close()

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="qa-feedback-writer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is _STOP:
                    return
                assert isinstance(item, Feedback)
                self._write(item)
            finally:
                self._queue.task_done()

    def _write(self, feedback: Feedback) -> None:
        for attempt, pause in enumerate((*self.retries, None)):
            try:
                self.store.save(feedback)
            except QAError as exc:
                if pause is None:
                    self._failed(f"a vote could not be saved after {attempt + 1} attempts: {exc}")
                    return
                time.sleep(pause)
            except Exception:  # a bug must not kill the thread: later votes still get written
                log.exception("saving a vote failed")
                self._failed(None)
                return
            else:
                self.saved += 1
                if self.on_saved is not None:
                    self.on_saved(feedback)
                return

    def _failed(self, message: str | None) -> None:
        self.failures += 1
        if message:
            log.error("%s", message)
        if self.on_failure is not None:
            try:
                self.on_failure()
            except Exception:
                log.exception("counting a feedback failure failed")
