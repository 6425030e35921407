"""The vote stores (a SQLite file and a real PostgreSQL server) and the writer thread in front of them."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sample_votes import sample_vote
from servers import free_port

from qa.errors import StoreUnavailable
from qa.feedback import (
    Exchange,
    Feedback,
    FeedbackStore,
    FeedbackWriter,
    PostgresFeedbackStore,
    SqliteFeedbackStore,
    open_store,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FeedbackStore]:
    """An empty store of each kind."""
    if request.param == "sqlite":
        made: FeedbackStore = SqliteFeedbackStore(tmp_path / "feedback.sqlite3")
    else:
        made = PostgresFeedbackStore(request.getfixturevalue("postgres_url"))
        made._run("empty", "DROP TABLE IF EXISTS qa_feedback", ())  # type: ignore[attr-defined]
        made.close()
    yield made
    made.close()


def test_a_vote_comes_back_whole(store: FeedbackStore) -> None:
    vote = sample_vote(context=[Exchange(question="Who is Musk?", answer="Twitter's CEO [1].")], comment="great")
    store.save(vote)
    assert store.votes() == [vote]


def test_a_second_vote_by_the_same_voter_replaces_the_first(store: FeedbackStore) -> None:
    store.save(sample_vote(voter="discord:1", vote="up"))
    store.save(sample_vote(voter="discord:1", vote="down", comment="wrong person", minutes=1))
    store.save(sample_vote(voter="discord:2", vote="up", minutes=2))
    assert [(v.voter, v.vote, v.comment) for v in store.votes()] == [
        ("discord:1", "down", "wrong person"),
        ("discord:2", "up", None),
    ]


def test_votes_filter_by_value_and_date(store: FeedbackStore) -> None:
    for n, vote in enumerate(["up", "down", "down", "up"]):
        store.save(sample_vote(turn=n, vote=vote, minutes=60 * 24 * n))
    assert [v.turn for v in store.votes(down_only=True)] == [1, 2]
    assert [v.turn for v in store.votes(since=datetime(2026, 5, 3, tzinfo=UTC))] == [2, 3]
    assert [v.turn for v in store.votes(since=datetime(2026, 5, 3))] == [2, 3]  # naive dates are UTC
    assert [v.turn for v in store.votes(down_only=True, since=datetime(2026, 5, 3, tzinfo=UTC))] == [2]


def test_the_sqlite_file_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "feedback.sqlite3"
    first = SqliteFeedbackStore(path)
    first.save(sample_vote())
    first.close()
    assert SqliteFeedbackStore(path).votes() == [sample_vote()]


def test_no_file_yet_means_no_votes(tmp_path: Path) -> None:
    store = SqliteFeedbackStore(tmp_path / "never-written.sqlite3")
    assert store.votes() == []
    assert not (tmp_path / "never-written.sqlite3").exists()


def test_open_store_picks_postgresql_when_a_url_is_given(tmp_path: Path) -> None:
    assert isinstance(open_store(tmp_path / "f.sqlite3"), SqliteFeedbackStore)
    assert isinstance(open_store(tmp_path / "f.sqlite3", "postgresql://qa@127.0.0.1:1/x"), PostgresFeedbackStore)


def test_an_unwritable_sqlite_file_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(StoreUnavailable, match="feedback database"):
        SqliteFeedbackStore(tmp_path / "a-file" / "feedback.sqlite3").save(sample_vote())


def test_an_unreachable_postgresql_is_a_store_error() -> None:
    store = PostgresFeedbackStore(f"postgresql://qa@127.0.0.1:{free_port()}/postgres", connect_timeout=1)
    with pytest.raises(StoreUnavailable, match="feedback database"):
        store.save(sample_vote())


def test_the_postgresql_store_reconnects_after_the_connection_drops(postgres_url: str) -> None:
    import psycopg

    store = PostgresFeedbackStore(postgres_url)
    cid = uuid.uuid4().hex
    store.save(sample_vote(conversation_id=cid))
    with psycopg.connect(postgres_url, autocommit=True) as admin:  # the server ends our session
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
            "AND datname = 'postgres' AND backend_type = 'client backend'"
        )
    with pytest.raises(StoreUnavailable):
        store.save(sample_vote(conversation_id=cid, turn=1))
    store.save(sample_vote(conversation_id=cid, turn=2))
    assert [v.turn for v in store.votes() if v.conversation_id == cid] == [0, 2]
    store.close()


# the writer thread


def test_the_writer_saves_in_the_background(tmp_path: Path) -> None:
    saved: list[Feedback] = []
    writer = FeedbackWriter(SqliteFeedbackStore(tmp_path / "f.sqlite3"), on_saved=saved.append)
    assert writer.submit(sample_vote(turn=0)) and writer.submit(sample_vote(turn=1))
    assert writer.flush()
    assert [v.turn for v in saved] == [0, 1] and writer.saved == 2 and writer.failures == 0
    writer.close()
    assert len(SqliteFeedbackStore(tmp_path / "f.sqlite3").votes()) == 2


def test_a_failing_database_is_logged_and_counted_never_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a-file").write_text("")
    counted: list[None] = []
    writer = FeedbackWriter(
        SqliteFeedbackStore(tmp_path / "a-file" / "f.sqlite3"), retries=(0.0,), on_failure=lambda: counted.append(None)
    )
    with caplog.at_level(logging.ERROR, logger="qa.feedback"):
        assert writer.submit(sample_vote()) is True  # the caller is never told: answering goes on
        assert writer.flush()
    assert writer.failures == 1 and len(counted) == 1 and writer.saved == 0
    assert any("could not be saved after 2 attempts" in r.getMessage() for r in caplog.records)
    writer.close()


def test_an_unreachable_postgresql_does_not_block_the_caller() -> None:
    store = PostgresFeedbackStore(f"postgresql://qa@127.0.0.1:{free_port()}/postgres", connect_timeout=1)
    writer = FeedbackWriter(store, retries=())
    started = datetime.now(UTC)
    for turn in range(20):
        writer.submit(sample_vote(turn=turn))
    assert (datetime.now(UTC) - started).total_seconds() < 0.5
    assert writer.flush(timeout=30) and writer.failures == 20
    writer.close()


def test_a_full_queue_drops_and_counts(tmp_path: Path) -> None:
    class Stuck:
        """A store whose writes wait until released."""

        def __init__(self) -> None:
            import threading

            self.release = threading.Event()

        def save(self, feedback: Feedback) -> None:
            self.release.wait(10)

        def votes(self, **_: object) -> list[Feedback]:
            return []

        def close(self) -> None: ...

    stuck = Stuck()
    writer = FeedbackWriter(stuck, capacity=2)
    results = [writer.submit(sample_vote(turn=n)) for n in range(6)]
    assert results.count(False) >= 3 and writer.failures == results.count(False)
    stuck.release.set()
    assert writer.flush()
    writer.close()


def test_without_psycopg_a_postgresql_url_is_a_store_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the 'feedback' extra were not installed
    with pytest.raises(StoreUnavailable, match=r"pip install -e '.\[feedback\]'"):
        PostgresFeedbackStore("postgresql://qa@127.0.0.1:1/x").save(sample_vote())
