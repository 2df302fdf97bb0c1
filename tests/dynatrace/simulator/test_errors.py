"""The Dynatrace simulator's refusals: tokens, scopes, malformed requests, unknown paths.

Credential checks run through the generated client, sync and async, for every operation. Requests
the generated client cannot express (a missing required parameter, a body that breaks the
schema's types or is no JSON at all) are sent with httpx, and their bodies parsed with the
generated `ErrorEnvelope`.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from dynatrace_api import AuthenticatedClient, Client
from dynatrace_api.api.user_management import (
    get_concurrent_session_policy_config,
    get_user_sessions,
    remove_user_session,
    update_concurrent_session_policy_config,
)
from dynatrace_api.models import (
    AutomaticLogoutConfiguration,
    ConcurrentSessionPolicy,
    Error,
    ErrorEnvelope,
    UserSessionsConfig,
)
from dynatrace_api.types import Response

from sessionward.testing import Simulator
from tests._support import Mode, raw_client, refusal
from tests._support import run_generated as call

CONFIG = UserSessionsConfig(
    concurrent_session_policy_dto=ConcurrentSessionPolicy(user_limit=2, admin_limit=4),
    automatic_logout_dto=AutomaticLogoutConfiguration(
        logout_inactive_users_enabled=True, user_inactivity_timeout=600
    ),
)
OPERATIONS: list[tuple[ModuleType, dict[str, object]]] = [
    (get_concurrent_session_policy_config, {}),
    (update_concurrent_session_policy_config, {"body": CONFIG}),
    (get_user_sessions, {}),
    (remove_user_session, {"user_id": "admin"}),
]
OPERATION_IDS = [endpoint.__name__.rpartition(".")[2] for endpoint, _ in OPERATIONS]
MISSING_SCOPE = (
    "Token is missing required scope. Use one of: ServiceProviderAPI (Service Provider API)"
)


@pytest.fixture
def raw(dynatrace_sim: Simulator) -> Iterator[httpx.Client]:
    token = dynatrace_sim.credentials["api_token"]
    with raw_client(dynatrace_sim, "Api-Token " + token) as client:
        yield client


def error_of(response: Response[Any] | httpx.Response, status: int) -> Error:
    """Check the ErrorEnvelope of a refusal and return its error."""
    parsed = refusal(response, status, ErrorEnvelope)
    assert isinstance(parsed.error, Error)
    assert parsed.error.code == status
    return parsed.error


def violations(error: Error) -> list[dict[str, Any]]:
    found = error.constraint_violations
    return [item.to_dict() for item in found] if isinstance(found, list) else []


@pytest.mark.anyio
@pytest.mark.parametrize(("endpoint", "kwargs"), OPERATIONS, ids=OPERATION_IDS)
async def test_every_operation_needs_a_token(
    dynatrace_sim: Simulator, mode: Mode, endpoint: ModuleType, kwargs: dict[str, object]
) -> None:
    response = await call(mode, endpoint, Client(base_url=dynatrace_sim.base_url), **kwargs)
    assert error_of(response, 401).message == "Missing authorization parameter."


@pytest.mark.anyio
@pytest.mark.parametrize(("endpoint", "kwargs"), OPERATIONS, ids=OPERATION_IDS)
@pytest.mark.parametrize("prefix", ["Api-Token", "Bearer"])
async def test_every_operation_refuses_an_unknown_token(
    dynatrace_sim: Simulator,
    mode: Mode,
    endpoint: ModuleType,
    kwargs: dict[str, object],
    prefix: str,
) -> None:
    token = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX." + "0" * 64
    client = AuthenticatedClient(base_url=dynatrace_sim.base_url, token=token, prefix=prefix)
    response = await call(mode, endpoint, client, **kwargs)
    assert error_of(response, 401).message == "Token Authentication failed"


@pytest.mark.anyio
async def test_the_api_token_needs_its_prefix(dynatrace_sim: Simulator, mode: Mode) -> None:
    token = dynatrace_sim.credentials["api_token"]
    for prefix in ("Bearer", ""):
        client = AuthenticatedClient(base_url=dynatrace_sim.base_url, token=token, prefix=prefix)
        response = await call(mode, get_user_sessions, client)
        assert error_of(response, 401).message == "Token Authentication failed"


@pytest.mark.anyio
@pytest.mark.parametrize(("endpoint", "kwargs"), OPERATIONS, ids=OPERATION_IDS)
async def test_a_token_without_the_scope_is_forbidden(
    dynatrace_sim: Simulator, mode: Mode, endpoint: ModuleType, kwargs: dict[str, object]
) -> None:
    token = dynatrace_sim.other_credentials["no_scope"]["api_token"]
    client = AuthenticatedClient(base_url=dynatrace_sim.base_url, token=token, prefix="Api-Token")
    response = await call(mode, endpoint, client, **kwargs)
    assert error_of(response, 403).message == MISSING_SCOPE


def test_the_documented_query_parameter_authenticates_too(dynatrace_sim: Simulator) -> None:
    token = dynatrace_sim.credentials["api_token"]
    with httpx.Client(base_url=dynatrace_sim.base_url) as client:
        response = client.get("/userSessions", params={"api-token": token})
        assert response.status_code == 200
        assert isinstance(response.json(), list)
        assert error_of(client.get("/userSessions", params={"api-token": "x"}), 401).message == (
            "Token Authentication failed"
        )
    # The token is kept out of the request log.
    logged = [record.query for record in dynatrace_sim.requests()]
    redacted = logged == [(("api-token", "[REDACTED]"),), (("api-token", "[REDACTED]"),)]
    assert redacted, "a query token reached the request log"


def test_remove_without_a_user_id_is_a_bad_request(raw: httpx.Client) -> None:
    for params in ({}, {"userId": ""}):
        error = error_of(raw.delete("/userSessions", params=params), 400)
        assert error.message == "Bad request. User id must be filled in."
        [violation] = violations(error)
        assert violation["path"] == "userId"
        assert violation["parameterLocation"] == "QUERY"
        assert violation["location"] == "userId"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (
            {"concurrentSessionPolicyDto": {"userLimit": 1, "adminLimit": 1}},
            "automaticLogoutDto",
        ),
        (
            {
                "concurrentSessionPolicyDto": {"userLimit": "three", "adminLimit": 1},
                "automaticLogoutDto": {
                    "logoutInactiveUsersEnabled": True,
                    "userInactivityTimeout": 60,
                },
            },
            "concurrentSessionPolicyDto.userLimit",
        ),
        (
            {
                "concurrentSessionPolicyDto": {"userLimit": 1, "adminLimit": 2**31},
                "automaticLogoutDto": {
                    "logoutInactiveUsersEnabled": True,
                    "userInactivityTimeout": 60,
                },
            },
            "concurrentSessionPolicyDto.adminLimit",
        ),
    ],
)
def test_a_body_that_breaks_the_schema_is_a_constraint_violation(
    raw: httpx.Client, body: dict[str, Any], path: str
) -> None:
    error = error_of(raw.put("/clusterConfig/userSessions", json=body), 400)
    assert error.message == "Constraints violated."
    assert [(item["path"], item["parameterLocation"]) for item in violations(error)] == [
        (path, "PAYLOAD_BODY")
    ]


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"userLimit=1", "text/plain"), (b"", None)],
)
def test_a_body_that_cannot_be_read_is_a_bad_request(
    raw: httpx.Client, content: bytes, content_type: str | None
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    response = raw.put("/clusterConfig/userSessions", content=content, headers=headers)
    error = error_of(response, 400)
    assert isinstance(error.message, str)
    assert error.message.startswith("Could not map JSON")


def test_unknown_path_and_method_get_the_envelope(raw: httpx.Client) -> None:
    assert error_of(raw.get("/users"), 404).message == "HTTP 404 Not Found"
    response = raw.post("/userSessions")
    assert error_of(response, 405).message == "HTTP 405 Method Not Allowed"
    assert response.headers["allow"] == "GET, DELETE"


def test_integral_floats_are_taken_as_integers(raw: httpx.Client) -> None:
    body = {
        "concurrentSessionPolicyDto": {"userLimit": 2.0, "adminLimit": 5},
        "automaticLogoutDto": {"logoutInactiveUsersEnabled": True, "userInactivityTimeout": 60.0},
    }
    assert raw.put("/clusterConfig/userSessions", json=body).status_code == 200
    stored = raw.get("/clusterConfig/userSessions").content
    assert stored == (
        b'{"concurrentSessionPolicyDto":{"userLimit":2,"adminLimit":5},'
        b'"automaticLogoutDto":{"logoutInactiveUsersEnabled":true,"userInactivityTimeout":60}}'
    )
