"""Read a file's bytes and decode them as text: UTF-8 first, then the encoding charset-normalizer detects.

Each way a file can fail is a `DocumentUnreadable` whose message names the file and the reason
in a few words, so that the corpus loader can skip it with a one-line warning.
"""

from __future__ import annotations

from pathlib import Path

from qa.errors import DocumentUnreadable

_SNIFF = 8192
# Bytes that never appear in text (NUL and most C0 controls; tab, newlines and form feed do).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def read_bytes(path: Path, label: str) -> bytes:
    """Return the bytes of `path`; raise DocumentUnreadable for a folder or a file that cannot be read."""
    if path.is_dir():
        raise DocumentUnreadable(f"{label} is a folder, not a file")
    try:
        return path.read_bytes()
    except PermissionError as exc:
        raise DocumentUnreadable(f"{label} cannot be read (permission denied)") from exc
    except OSError as exc:
        raise DocumentUnreadable(f"{label} cannot be read ({exc.strerror or exc})") from exc


def decode(data: bytes, label: str) -> str:
    """Return `data` as text with Unix line endings; raise DocumentUnreadable for binary or undecodable data."""
    if not data.strip():
        raise DocumentUnreadable(f"{label} is empty")
    head = data[:_SNIFF]
    if b"\0" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentUnreadable(f"{label} is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detected(data, label)
    if sum(text.count(chr(b)) for b in _CONTROL) > max(8, len(text) // 100):
        raise DocumentUnreadable(f"{label} is binary, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detected(data: bytes, label: str) -> str:
    from charset_normalizer import from_bytes  # imported here: most files are UTF-8

    matches = list(from_bytes(data))
    if not matches:
        raise DocumentUnreadable(f"{label} is not text in any encoding we recognise")
    # Short texts fit several code pages equally well; Windows-1252 (Latin-1's superset) is the likeliest.
    best = min(matches, key=lambda m: (m.chaos, -m.coherence, m.encoding != "cp1252"))
    return str(best)
