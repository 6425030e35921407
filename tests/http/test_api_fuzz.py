"""Property-based fuzz of the OpenAPI schema (schemathesis): no 5xx, responses match the schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from qa.http.app import create_app
from qa.pipeline import Pipeline
from qa.settings import ROOT, Settings

# Built at import (schemathesis reads the schema at collection); the index goes to a temp folder.
_INDEX = Path(tempfile.mkdtemp(prefix="qa-fuzz-index-"))
_SETTINGS = Settings(corpus=ROOT / "data" / "corpus", index=_INDEX, rate_limit_per_minute=0)
_PIPELINE = Pipeline(_SETTINGS)
_PIPELINE.index  # noqa: B018  (load before any request: the app is ready at once)
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_SETTINGS, _PIPELINE))


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_generated_request_gets_a_server_error(case: schemathesis.Case) -> None:
    # Every check but one: a question must hold a letter or digit (str.isalnum, Unicode-aware), which
    # no JSON Schema pattern can say across regex dialects, so "schema-valid" "\f" is rightly a 422.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
