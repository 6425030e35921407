"""Settings: read from QA_* variables and options, checked field by field, copied and handed to workers."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from pathlib import Path

import pytest

from qa.errors import BadSetting
from qa.settings import InvalidSetting, Secret, Settings


@pytest.fixture(autouse=True)
def no_qa_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.upper().startswith("QA_"):
            monkeypatch.delenv(name)


def test_the_environment_is_read_as_pydantic_read_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "QA_TOP_K": " 7 ",
        "qa_k1": "1.5",
        "QA_STRICT": "Yes",
        "QA_DISCORD_THREADS": "off",
        "QA_CORS_ORIGINS": '["http://a.test", "http://b.test"]',
        "QA_INDEX": "/srv/index",
        "QA_API_KEY": "s3cret",
        "QA_DISCORD_GUILD": "42",
        "QA_NOT_A_SETTING": "ignored",
    }.items():
        monkeypatch.setenv(name, value)
    s = Settings(top_k=3)  # an option over the environment
    assert (s.top_k, s.k1, s.strict, s.discord_threads) == (3, 1.5, True, False)
    assert s.cors_origins == ["http://a.test", "http://b.test"] and s.index == Path("/srv/index")
    assert s.api_key == Secret("s3cret") and s.discord_guild == 42 and s.redis_url is None


def test_every_bad_value_is_named_in_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_TOP_K", "many")
    monkeypatch.setenv("QA_CORS_ORIGINS", "[not json")
    with pytest.raises(InvalidSetting) as caught:
        Settings(b=2, backend="lucene", opensearch_index="Bad Name", strict="maybe", k1=0)
    message = str(caught.value)
    assert isinstance(caught.value, BadSetting) and message.startswith("bad setting: ")
    for part in (
        "top_k: must be a whole number, not 'many'",
        "b: must be at most 1, not 2.0",
        "backend: must be one of bm25s, rank-bm25, opensearch, not 'lucene'",
        "opensearch_index: must match",
        "strict: must be true or false",
        "k1: must be greater than 0, not 0.0",
        "cors_origins: must be a list of strings",
    ):
        assert part in message, message


def test_an_option_that_is_no_setting_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="no setting topk"):
        Settings(topk=3)


def test_a_copy_is_checked_again_and_leaves_the_original_alone() -> None:
    s = Settings(top_k=4)
    assert replace(s, top_k=9).top_k == 9 and s.top_k == 4
    with pytest.raises(InvalidSetting, match="top_k: must be at most 50"):
        replace(s, top_k=51)


def test_secrets_stay_out_of_reprs() -> None:
    s = Settings(api_key="s3cret", opensearch_password="hunter2")
    assert "s3cret" not in repr(s) and "hunter2" not in repr(s) and "s3cret" not in str(s.api_key)
    assert s.api_key is not None and s.api_key.get_secret_value() == "s3cret"


def test_a_worker_rebuilds_the_same_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings(top_k=3, strict=True, cors_origins=["http://a.test"], api_key="k", index=Path("/x"), b=0.5)
    env = s.environment()
    assert env["QA_API_KEY"] == "k" and env["QA_STRICT"] == "true" and "QA_REDIS_URL" not in env
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Settings() == s


def test_every_setting_has_a_valid_default() -> None:
    s = Settings()
    for f in dataclasses.fields(s):
        assert hasattr(s, f.name)
    assert s.feedback_path == s.index / "feedback.sqlite3"
