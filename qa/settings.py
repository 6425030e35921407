"""The one settings object: environment variables with the `QA_` prefix, overridden by options.

    Settings()                   # QA_INDEX=/srv/index, QA_TOP_K=3 ... from the environment
    Settings(top_k=5)            # an option over the environment
    replace(settings, top_k=3)   # a copy with one setting changed (dataclasses.replace), checked again

Settings are a dataclass checked here, not a pydantic model: `qa ask` reads them on every run,
and pydantic's import and model building were a third of its start-up. Names are
case-insensitive; values are read as pydantic reads strings (numbers, "true"/"off" ...), list
fields take JSON, and each field's bounds and pattern are checked. A bad value raises
`InvalidSetting` naming every setting that is wrong.
"""

import contextlib
import dataclasses
import json
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from qa.errors import BadSetting

ROOT = Path(__file__).resolve().parent.parent
Backend = Literal["bm25s", "rank-bm25", "opensearch"]
ENV_PREFIX = "QA_"
_TRUE = {"1", "on", "t", "true", "y", "yes"}
_FALSE = {"0", "off", "f", "false", "n", "no"}


class InvalidSetting(BadSetting):
    """One or more settings have values of the wrong type or out of bounds."""


class Secret:
    """A value kept out of reprs and logs: a token, a password, an API key."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        """The value itself."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def setting(
    default: Any = None,
    *,
    factory: Any = None,
    description: str = "",
    gt: float | None = None,
    ge: float | None = None,
    le: float | None = None,
    pattern: str | None = None,
) -> Any:
    """A settings field: its default (or `factory`), what it means, and the bounds its value must keep."""
    checks = {"description": description, "gt": gt, "ge": ge, "le": le, "pattern": pattern}
    if factory is not None:
        return field(default_factory=factory, metadata=checks)
    return field(default=default, metadata=checks)


def from_environment(cls: type, environ: typing.Mapping[str, str] | None = None) -> dict[str, Any]:
    """The values of `cls`'s fields found in the environment as QA_<FIELD> (any case); JSON for lists."""
    kinds = {f.name: f.type for f in dataclasses.fields(cls)}
    found: dict[str, Any] = {}
    for name, value in (os.environ if environ is None else environ).items():
        if not name.upper().startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :].lower()
        if key not in kinds:
            continue
        found[key] = value
        if typing.get_origin(kinds[key]) is list and value.strip():
            with contextlib.suppress(ValueError):  # not JSON: left as text, which the check refuses
                found[key] = json.loads(value)
    return found


@dataclass(init=False)
class Settings:
    """Where the corpus and index live, how passages are ranked, and how adapters behave."""

    def __init__(self, **values: Any) -> None:
        unknown = values.keys() - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise TypeError(f"Settings has no setting {', '.join(sorted(unknown))}")
        given = from_environment(type(self)) | values
        problems = []
        for f in dataclasses.fields(self):
            if f.name in given:
                value = given[f.name]
            else:
                value = f.default_factory() if f.default is dataclasses.MISSING else f.default
            try:
                setattr(self, f.name, _checked(f, value))
            except ValueError as exc:
                problems.append(f"{f.name}: {exc}")
        if problems:
            raise InvalidSetting("bad setting: " + "; ".join(problems))

    corpus: Path = setting(ROOT / "data" / "corpus", description="folder of documents")
    index: Path = setting(ROOT / "index", description="folder where indexes are kept")
    backend: Backend = "bm25s"
    k1: float = setting(1.2, gt=0)
    b: float = setting(0.75, ge=0, le=1)
    title_weight: int = setting(1, ge=0, le=5, description="times the title is repeated")
    passage_sentences: int = setting(3, ge=0, le=50, description="0: a whole document is one passage")
    passage_overlap: int = setting(1, ge=0, le=19)
    strict: bool = setting(False, description="a file that cannot be read stops indexing (else it is skipped)")
    top_k: int = setting(8, ge=1, le=50, description="passages searched for an answer or returned by a search")
    min_confidence: float = setting(
        0.15, ge=0.0, le=1.0, description="answers less likely than this to be right are refused"
    )
    max_question_chars: int = setting(1000, ge=1)
    answer_cache: int = setting(4096, ge=0, description="answers to standalone questions kept (0: none)")
    max_search_k: int = setting(100, ge=1, le=10_000, description="most passages a search may ask for")

    # HTTP service
    host: str = "127.0.0.1"
    port: int = setting(8000, ge=0, le=65535)
    workers: int = setting(1, ge=1)
    cors_origins: list[str] = setting(factory=list)
    api_key: Secret | None = None
    max_body_bytes: int = setting(16_384, ge=256)
    rate_limit_per_minute: int = setting(120, ge=0, description="0 disables it")
    redis_url: str | None = None

    # OpenSearch backend (--backend opensearch); user, password and API key come from the environment only
    opensearch_url: str | None = setting(None, description="http(s)://host:9200; several nodes: comma-separated")
    opensearch_user: str | None = None
    opensearch_password: Secret | None = None
    opensearch_api_key: Secret | None = None
    opensearch_index: str = setting("qa", pattern=r"^[a-z0-9][a-z0-9_.-]*$", description="the alias readers use")
    opensearch_ca_certs: Path | None = setting(None, description="CA bundle of a cluster's own certificates")
    opensearch_verify_certs: bool = True
    opensearch_shards: int = setting(1, ge=1, le=1024)
    opensearch_replicas: int = setting(1, ge=0, le=16)

    # feedback: votes on answers
    feedback_db: Path | None = setting(None, description="SQLite file of votes (default: index folder)")
    feedback_url: str | None = setting(None, description="postgresql://... : votes in PostgreSQL instead")

    # conversations
    conversation_ttl_seconds: float = setting(1800.0, gt=0)
    max_conversations: int = setting(10_000, ge=1)

    # Discord
    discord_guild: int | None = None
    discord_cooldown_seconds: float = setting(5.0, ge=0)
    discord_message_content: bool = setting(
        False, description="ask for the privileged Message Content intent: plain follow-ups in threads"
    )
    discord_threads: bool = setting(True, description="open a thread on each /ask answer in a channel")

    @property
    def feedback_path(self) -> Path:
        """The SQLite file of votes (and of the Discord bot's thread map)."""
        return self.feedback_db or self.index / "feedback.sqlite3"

    def environment(self) -> dict[str, str]:
        """The QA_* variables that make `Settings()` in another process equal to these settings."""
        env: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, Secret):
                value = value.get_secret_value()
            elif isinstance(value, Path):
                value = str(value)
            env[f"{ENV_PREFIX}{f.name.upper()}"] = value if isinstance(value, str) else json.dumps(value)
        return env


def _checked(f: dataclasses.Field, value: Any) -> Any:
    """`value` as field `f`'s type, within its bounds; ValueError saying what is wrong."""
    value = _typed(f.type, value)
    if value is None:  # an optional setting left unset has no bounds to keep
        return value
    bounds = f.metadata
    if bounds.get("gt") is not None and not value > bounds["gt"]:
        raise ValueError(f"must be greater than {bounds['gt']}, not {value}")
    if bounds.get("ge") is not None and not value >= bounds["ge"]:
        raise ValueError(f"must be at least {bounds['ge']}, not {value}")
    if bounds.get("le") is not None and not value <= bounds["le"]:
        raise ValueError(f"must be at most {bounds['le']}, not {value}")
    if bounds.get("pattern") and not re.match(bounds["pattern"], value):
        raise ValueError(f"must match {bounds['pattern']}, not {value!r}")
    return value


def _typed(kind: Any, value: Any) -> Any:
    """`value` read as `kind`: a number, flag or path from its text, one of a Literal's choices..."""
    origin = typing.get_origin(kind)
    if origin is types.UnionType:
        if value is None:
            return None
        inner = [k for k in typing.get_args(kind) if k is not type(None)]
        return _typed(inner[0], value)
    if origin is Literal:
        if value not in typing.get_args(kind):
            raise ValueError(f"must be one of {', '.join(map(str, typing.get_args(kind)))}, not {value!r}")
        return value
    if origin is list:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"must be a list of strings (JSON in the environment), not {value!r}")
        return list(value)
    text = value.strip() if isinstance(value, str) else None
    if kind is bool:
        if isinstance(value, bool):
            return value
        if text is not None and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        if value in (0, 1) and not isinstance(value, float):
            return bool(value)
        raise ValueError(f"must be true or false, not {value!r}")
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if text is not None and re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        raise ValueError(f"must be a whole number, not {value!r}")
    if kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        with contextlib.suppress(TypeError, ValueError):
            return float(text)  # type: ignore[arg-type]  (None: not text, refused below)
        raise ValueError(f"must be a number, not {value!r}")
    if kind is Path:
        if isinstance(value, str | os.PathLike):
            return Path(value)
        raise ValueError(f"must be a path, not {value!r}")
    if kind is Secret:
        if isinstance(value, Secret):
            return value
        if isinstance(value, str):
            return Secret(value)
        raise ValueError("must be text")
    if not isinstance(value, kind):
        raise ValueError(f"must be {kind.__name__}, not {value!r}")
    return value
