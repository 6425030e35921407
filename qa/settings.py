"""The one settings object: environment variables with the `QA_` prefix, overridden by options.

    Settings()                   # QA_INDEX=/srv/index, QA_TOP_K=3 ... from the environment
    Settings(top_k=5)            # an option over the environment

The environment is read here rather than by pydantic-settings, whose import (asyncio, dotenv,
cloud sources) cost `qa ask` a tenth of a second: names are case-insensitive, values are
validated as pydantic validates strings, and list fields take JSON, as pydantic-settings did.
"""

import contextlib
import json
import os
import typing
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

ROOT = Path(__file__).resolve().parent.parent
Backend = Literal["bm25s", "rank-bm25", "opensearch"]
ENV_PREFIX = "QA_"


def from_environment(model: type[BaseModel], environ: typing.Mapping[str, str] | None = None) -> dict[str, Any]:
    """The values of `model`'s fields found in the environment as QA_<FIELD> (any case); JSON for lists."""
    found: dict[str, Any] = {}
    for name, value in (os.environ if environ is None else environ).items():
        if not name.upper().startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :].lower()
        field = model.model_fields.get(key)
        if field is None:
            continue
        found[key] = value
        kinds = (field.annotation, *typing.get_args(field.annotation))
        if any(typing.get_origin(t) in (list, dict, set) for t in kinds) and value.strip():
            with contextlib.suppress(ValueError):  # not JSON: left as text, which validation refuses
                found[key] = json.loads(value)
    return found


class Settings(BaseModel):
    """Where the corpus and index live, how passages are ranked, and how adapters behave."""

    model_config = ConfigDict(extra="ignore", validate_default=True)

    def __init__(self, **values: Any) -> None:
        super().__init__(**(from_environment(type(self)) | values))

    corpus: Path = Field(default=ROOT / "data" / "corpus", description="folder of documents")
    index: Path = Field(default=ROOT / "index", description="folder where indexes are kept")
    backend: Backend = "bm25s"
    k1: float = Field(default=1.2, gt=0)
    b: float = Field(default=0.75, ge=0, le=1)
    title_weight: int = Field(default=1, ge=0, le=5, description="times the title is repeated")
    passage_sentences: int = Field(default=3, ge=0, le=50, description="0: a whole document is one passage")
    passage_overlap: int = Field(default=1, ge=0, le=19)
    strict: bool = Field(default=False, description="a file that cannot be read stops indexing (else it is skipped)")
    top_k: int = Field(default=8, ge=1, le=50, description="passages searched for an answer or returned by a search")
    min_confidence: float = Field(
        default=0.15, ge=0.0, le=1.0, description="answers less likely than this to be right are refused"
    )
    max_question_chars: int = Field(default=1000, ge=1)
    answer_cache: int = Field(default=4096, ge=0, description="answers to standalone questions kept (0: none)")
    max_search_k: int = Field(default=100, ge=1, le=10_000, description="most passages a search may ask for")

    # HTTP service
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    workers: int = Field(default=1, ge=1)
    cors_origins: list[str] = Field(default_factory=list)
    api_key: SecretStr | None = None
    max_body_bytes: int = Field(default=16_384, ge=256)
    rate_limit_per_minute: int = Field(default=120, ge=0, description="0 disables it")
    redis_url: str | None = None

    # OpenSearch backend (--backend opensearch); user, password and API key come from the environment only
    opensearch_url: str | None = Field(default=None, description="http(s)://host:9200; several nodes: comma-separated")
    opensearch_user: str | None = None
    opensearch_password: SecretStr | None = None
    opensearch_api_key: SecretStr | None = None
    opensearch_index: str = Field(default="qa", pattern=r"^[a-z0-9][a-z0-9_.-]*$", description="the alias readers use")
    opensearch_ca_certs: Path | None = Field(default=None, description="CA bundle of a cluster's own certificates")
    opensearch_verify_certs: bool = True
    opensearch_shards: int = Field(default=1, ge=1, le=1024)
    opensearch_replicas: int = Field(default=1, ge=0, le=16)

    # feedback: votes on answers
    feedback_db: Path | None = Field(default=None, description="SQLite file of votes (default: index folder)")
    feedback_url: str | None = Field(default=None, description="postgresql://... : votes in PostgreSQL instead")

    # conversations
    conversation_ttl_seconds: float = Field(default=1800.0, gt=0)
    max_conversations: int = Field(default=10_000, ge=1)

    # Discord
    discord_guild: int | None = None
    discord_cooldown_seconds: float = Field(default=5.0, ge=0)
    discord_message_content: bool = Field(
        default=False, description="ask for the privileged Message Content intent: plain follow-ups in threads"
    )
    discord_threads: bool = Field(default=True, description="open a thread on each /ask answer in a channel")

    @property
    def feedback_path(self) -> Path:
        """The SQLite file of votes (and of the Discord bot's thread map)."""
        return self.feedback_db or self.index / "feedback.sqlite3"
