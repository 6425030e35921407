"""The stages' records are plain dataclasses; this turns them into JSON and back.

Records are made by the stages themselves, or read back from files the index wrote, so the
path of an answer validates nothing (pydantic stays at the boundaries that take outside input:
HTTP bodies, feedback, eval sets) and `qa ask` never imports it. Reading a record builds the
dataclasses nested in it (a document's sections, an answer's citations) from its type hints;
a key the record does not have is a TypeError, which readers of stored data report as damage.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def dump(record: Any) -> dict[str, Any]:
    """The record as a dict of plain values (nested records as dicts).

    Not `dataclasses.asdict`, which deep-copies every value: a conversation is written out on every
    turn, and that copy was a fifth of answering a question.
    """
    return {name: _plain(getattr(record, name)) for name in _names(type(record))}


def dumps(record: Any) -> str:
    """The record as compact JSON."""
    return json.dumps(dump(record), ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dump(value)
    return value


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def load(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build a `cls` from a dict such as `dump` makes, nested records included."""
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}: expected an object, not {type(data).__name__}")
    hints = _hints(cls)
    unknown = data.keys() - hints.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(sorted(unknown))}")
    return cls(**{k: _value(hints[k], v) for k, v in data.items()})


def loads(cls: type[T], text: str | bytes) -> T:
    """Build a `cls` from JSON such as `dumps` writes."""
    return load(cls, json.loads(text))


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(inner[0], value) if len(inner) == 1 else value
    if origin is list and dataclasses.is_dataclass(item := typing.get_args(hint)[0]):
        return [load(item, v) for v in value]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return load(hint, value)
    return value
