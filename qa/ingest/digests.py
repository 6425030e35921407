"""The SHA-256 of each corpus file, read again only when the file's size or times have changed.

Hashing every file of a large corpus costs more than an update's own work, so the digests are
kept in `<index root>/.cache/stats.json` with each file's size, modification and change times
and inode. A file whose stat matches is taken to be unchanged, as `git status` does; one that
differs in any of them is read and hashed again. A stat recorded less than `_RACY` seconds after
the file was last changed is not trusted (the file may change again within the same clock tick
without its times showing it): such a file is hashed again until a later record vouches for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

_RACY = 2_000_000_000  # ns


def _stat_key(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


class Digests:
    """Digests of the files of one corpus, from the stats recorded beside an index (or none: hash all)."""

    def __init__(self, cache: Path | None) -> None:
        self.path = cache / "stats.json" if cache is not None else None
        self._known: dict[str, list] = {}
        self._seen: dict[str, list] = {}
        self._at = 0
        self._stale = False
        if self.path is not None:
            try:
                found = json.loads(self.path.read_text(encoding="utf-8"))
                self._at, self._known = int(found["at"]), dict(found["files"])
            except (OSError, ValueError, KeyError, TypeError):
                self._known = {}

    def digest(self, path: Path, rel: str) -> bytes:
        """The SHA-256 of the file's bytes; OSError if it cannot be read."""
        st = os.stat(path)
        key = _stat_key(st)
        known = self._known.get(rel)
        if (
            known is not None
            and known[:4] == key
            and max(st.st_mtime_ns, st.st_ctime_ns) < self._at - _RACY
            and isinstance(known[4], str)
        ):
            self._seen[rel] = known
            return bytes.fromhex(known[4])
        digest = hashlib.sha256(path.read_bytes()).digest()
        self._seen[rel] = [*key, digest.hex()]
        self._stale = True
        return digest

    def save(self) -> None:
        """Record the stats of the files hashed so far (when any was hashed again or is gone)."""
        if self.path is None or not (self._stale or self._known.keys() != self._seen.keys()):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".stats.json-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"at": time.time_ns(), "files": self._seen}, f)
            os.replace(tmp, self.path)
        except OSError:
            pass  # stats that cannot be written only make the next check slower
