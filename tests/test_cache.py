"""The bounded LRU map, and the pipeline's memory of answers to standalone questions."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from qa.cache import Lru
from qa.pipeline import Pipeline
from qa.settings import Settings


def test_lru_drops_the_least_recently_used_beyond_its_size() -> None:
    cache: Lru[str, int] = Lru(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the least recently used
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)
    assert len(cache) == 2


def test_lru_forgets_idle_entries_and_size_zero_keeps_nothing() -> None:
    cache: Lru[str, int] = Lru(10, ttl=0.05)
    cache.put("a", 1)
    time.sleep(0.1)
    assert cache.get("a") is None and len(cache) == 0
    nothing: Lru[str, int] = Lru(0)
    nothing.put("a", 1)
    assert nothing.get("a") is None


def test_a_repeated_question_is_answered_alike_in_its_own_conversation(make_settings: Callable[..., Settings]) -> None:
    pipeline = Pipeline(make_settings())
    first = pipeline.ask("Who threatened to sue Microsoft?")
    again = pipeline.ask("Who threatened to sue Microsoft?")
    assert replace(again, conversation_id=None) == replace(first, conversation_id=None)
    assert again.conversation_id != first.conversation_id
    follow = pipeline.ask("Why did he do that?", conversation_id=again.conversation_id)
    uncached = Pipeline(make_settings(answer_cache=0))
    start = uncached.ask("Who threatened to sue Microsoft?")
    assert follow.answer == uncached.ask("Why did he do that?", conversation_id=start.conversation_id).answer


def test_rebuilding_the_index_forgets_remembered_answers(make_settings: Callable[..., Settings], tiny_corpus) -> None:
    pipeline = Pipeline(make_settings(corpus=tiny_corpus))
    assert "purrs" in pipeline.ask("What does a cat do when it is content?").answer
    (tiny_corpus / "cat.txt").write_text("A cat sleeps when it is content.\n")
    pipeline.rebuild()
    assert "sleeps" in pipeline.ask("What does a cat do when it is content?").answer
