"""Conversations in a SQLite file: the same expiry and bound as the other stores, and they outlive the process."""

from __future__ import annotations

from pathlib import Path

from qa.chat.conversation import Conversation, Turn
from qa.chat.sqlite_store import SqliteStore


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def conversation(question: str) -> Conversation:
    c = Conversation()
    c.add(Turn(question=question, topic=question.lower().split()))
    return c


def test_a_conversation_comes_back_from_a_new_store_on_the_same_file(tmp_path: Path) -> None:
    c = conversation("Who threatened to sue Microsoft?")
    first = SqliteStore(tmp_path / "f.sqlite3")
    first.put(c)
    first.close()
    assert SqliteStore(tmp_path / "f.sqlite3").get(c.id) == c


def test_an_idle_conversation_expires_and_a_read_renews_it(tmp_path: Path) -> None:
    clock = Clock()
    store = SqliteStore(tmp_path / "f.sqlite3", ttl=60, clock=clock)
    kept, dropped = conversation("a"), conversation("b")
    store.put(kept)
    store.put(dropped)
    clock.now += 45
    assert store.get(kept.id) is not None
    clock.now += 45
    assert store.get(kept.id) is not None and store.get(dropped.id) is None


def test_the_least_recently_used_go_beyond_the_bound(tmp_path: Path) -> None:
    clock = Clock()
    store = SqliteStore(tmp_path / "f.sqlite3", size=2, clock=clock)
    a, b, c = conversation("a"), conversation("b"), conversation("c")
    for item in (a, b):
        clock.now += 1
        store.put(item)
    clock.now += 1
    store.get(a.id)  # a is now more recent than b
    clock.now += 1
    store.put(c)
    assert len(store) == 2 and store.get(b.id) is None and store.get(a.id) is not None
