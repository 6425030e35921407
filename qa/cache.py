"""A bounded, thread-safe map that forgets the least recently used entries (and, optionally, idle ones)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Lru(Generic[K, V]):
    """At most `size` entries (0: keeps nothing); with `ttl`, an entry unused for `ttl` seconds is gone.

    cache = Lru[str, int](2)
    cache.put("a", 1); cache.get("a")  # 1
    """

    def __init__(self, size: int, ttl: float | None = None) -> None:
        self.size, self.ttl = size, ttl
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value under `key` (now the most recently used), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            now = time.monotonic()
            if self.ttl is not None and now - item[0] > self.ttl:
                del self._items[key]
                return None
            self._items[key] = (now, item[1])
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: K, value: V) -> None:
        """Store `value`, dropping the least recently used entries beyond `size`."""
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = (time.monotonic(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
