"""The hub service's published OpenAPI document, fuzzed with schemathesis over a SQLite hub
(in process, through ASGI): valid and invalid requests to every endpoint, signed in and
not. No answer is a 5xx, and every answer that is not a success is JSON
``{"code", "message"}`` with no traceback in it.

Bounded for the suite (``CARECENTER_FUZZ_EXAMPLES`` per operation and mode, default 25);
thousands of examples belong to a benchmark run, not here.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from carecenter.hub.identity import Identity
from carecenter.hub.service import create_app
from carecenter.sync.hub import Hub, init_hub

EXAMPLES = int(os.environ.get("CARECENTER_FUZZ_EXAMPLES", "25"))
PASSWORD = "correct horse battery"
SITE = "0193b1c2-0000-7000-8000-000000000001"


# The app and its document are made at import (schemathesis parametrises from them); the
# hub's engine connects only when the module's fixture sets the hub up.
WHERE = Path(tempfile.mkdtemp(prefix="cc-fuzz-"))
HUB = Hub(f"sqlite:///{WHERE / 'hub.db'}")
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(HUB))
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                                max_examples=EXAMPLES)
# signing out would end the token every later signed-in example carries
signed_in = schema.exclude(path="/v1/logout")


@pytest.fixture(scope="module")
def token() -> Iterator[str]:
    init_hub(HUB.url)
    ident = Identity(HUB)
    ident.add_agent("fuzzer", PASSWORD, "supervisor")
    yield ident.login("fuzzer", PASSWORD, SITE).token
    HUB.close()
    shutil.rmtree(WHERE, ignore_errors=True)
    # schemathesis keeps one event-loop thread for every ASGI app until the interpreter
    # exits; end it with this module, so later tests see only their own threads
    from schemathesis.python import asgi

    asgi._shutdown()


def answered_well(case: Any, response: Any) -> None:
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500, response.text
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    if response.status_code >= 300:
        body = response.json()
        assert isinstance(body, dict), response.text
        assert isinstance(body.get("code"), str) and body["code"], response.text
        assert isinstance(body.get("message"), str) and body["message"], response.text
        assert set(body) <= {"code", "message", "hub_ms"}, response.text
        if response.status_code == 422 or (response.status_code == 400
                                           and case.path != "/v1/login"):
            assert body["code"] == "request", response.text


HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large,
          HealthCheck.function_scoped_fixture]


@signed_in.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=HEALTH, database=None)
def test_signed_in_requests_never_fail_the_hub(case: Any, token: str) -> None:
    response = case.call(headers={"Authorization": f"Bearer {token}"})
    answered_well(case, response)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=HEALTH, database=None)
def test_requests_without_a_token_never_fail_the_hub(case: Any, token: str) -> None:
    del token  # the hub is set up (the request carries no token)
    response = case.call()
    answered_well(case, response)
    if case.path not in ("/v1/health", "/v1/login", "/openapi.json"):
        assert response.status_code in (400, 401, 405, 422), response.text


@pytest.mark.parametrize("body", [b"\x80", b'{"version": 1, "ops": [', b"", b"null"])
def test_a_body_that_is_no_json_gets_the_hubs_own_sentence(body: bytes, token: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(HUB), raise_server_exceptions=True) as c:
        r = c.post("/v1/push", content=body, headers={"Authorization": f"Bearer {token}",
                                                      "Content-Type": "application/json"})
    assert r.status_code in (400, 422), r.text
    assert r.json()["code"] == "request", r.text
    assert r.json()["message"].startswith("The hub cannot read this request ("), r.text
