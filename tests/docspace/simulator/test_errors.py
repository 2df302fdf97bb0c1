"""The DocSpace simulator's refusals: credentials, malformed requests, unknown paths and methods.

Credential checks run through the generated client, sync and async, for every operation. Requests
the generated client cannot express (a path parameter of the wrong type, a method the spec lacks)
are sent with httpx, and their bodies parsed with the generated error model.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from docspace_api import AuthenticatedClient, Client
from docspace_api.api.active_connections import (
    get_all_active_connections,
    log_out_active_connection,
    log_out_all_active_connections_change_password,
    log_out_all_active_connections_for_user,
    log_out_all_except_this_connection,
)
from docspace_api.models import ActiveConnectionsWrapper, ErrorApiResponse
from docspace_api.types import Response

from sessionward.testing import Simulator
from tests._support import Mode, raw_client, refusal
from tests._support import run_generated as call

CONNECTIONS = "/api/2.0/security/activeconnections"
OPERATIONS: list[tuple[ModuleType, dict[str, object]]] = [
    (get_all_active_connections, {}),
    (log_out_active_connection, {"login_event_id": 12345}),
    (log_out_all_active_connections_change_password, {}),
    (log_out_all_active_connections_for_user, {"user_id": uuid.UUID(int=1, version=4)}),
    (log_out_all_except_this_connection, {}),
]
OPERATION_IDS = [endpoint.__name__.rpartition(".")[2] for endpoint, _ in OPERATIONS]


@pytest.fixture
def raw(docspace_sim: Simulator) -> Iterator[httpx.Client]:
    with raw_client(docspace_sim, "Bearer " + docspace_sim.credentials["token"]) as client:
        yield client


def error_of(response: Response[Any] | httpx.Response, status: int) -> str:
    """Check the vendor's error shape and return its message."""
    parsed = refusal(response, status, ErrorApiResponse)
    assert (parsed.status, parsed.status_code) == (1, status)
    message = parsed.to_dict()["error"]["message"]
    assert isinstance(message, str)
    return message


@pytest.mark.anyio
@pytest.mark.parametrize(("endpoint", "kwargs"), OPERATIONS, ids=OPERATION_IDS)
async def test_every_operation_refuses_a_missing_or_wrong_credential(
    docspace_sim: Simulator, mode: Mode, endpoint: ModuleType, kwargs: dict[str, object]
) -> None:
    base_url = docspace_sim.base_url
    for client in (
        Client(base_url=base_url),
        AuthenticatedClient(base_url=base_url, token="not-a-session"),
        Client(base_url=base_url, cookies={"asc_auth_key": "not-a-session"}),
    ):
        assert error_of(await call(mode, endpoint, client, **kwargs), 401) == "Unauthorized"


@pytest.mark.anyio
async def test_the_cookie_wins_over_the_authorization_header(
    docspace_sim: Simulator, mode: Mode
) -> None:
    token = docspace_sim.credentials["token"]
    for bad_cookie in ("", "not-a-session"):
        client = AuthenticatedClient(
            base_url=docspace_sim.base_url, token=token, cookies={"asc_auth_key": bad_cookie}
        )
        error_of(await call(mode, get_all_active_connections, client), 401)
    client = AuthenticatedClient(
        base_url=docspace_sim.base_url, token="not-a-session", cookies={"asc_auth_key": token}
    )
    response = await call(mode, get_all_active_connections, client)
    assert isinstance(response.parsed, ActiveConnectionsWrapper)
    assert response.parsed.to_dict()["response"]["loginEvent"] != 0


@pytest.mark.anyio
async def test_out_of_range_login_event_id_is_a_bad_request(
    docspace_sim: Simulator, mode: Mode
) -> None:
    client = AuthenticatedClient(
        base_url=docspace_sim.base_url, token=docspace_sim.credentials["token"]
    )
    response = await call(mode, log_out_active_connection, client, login_event_id=2**31)
    assert error_of(response, 400) == "The value '2147483648' is not valid."


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (f"{CONNECTIONS}/logout/abc", "abc"),
        (f"{CONNECTIONS}/logout/1.5", "1.5"),
        (f"{CONNECTIONS}/logoutall/not-a-guid", "not-a-guid"),
    ],
)
def test_path_parameter_of_the_wrong_type_is_a_bad_request(
    raw: httpx.Client, path: str, value: str
) -> None:
    assert error_of(raw.put(path), 400) == f"The value '{value}' is not valid."


def test_unknown_path_is_404_in_the_vendors_shape(raw: httpx.Client) -> None:
    assert error_of(raw.get("/api/2.0/security/nothing"), 404) == "Not Found"


def test_unknown_method_is_405_with_allow(raw: httpx.Client) -> None:
    response = raw.delete(CONNECTIONS)
    assert error_of(response, 405) == "Method Not Allowed"
    assert response.headers["allow"] == "GET"
    assert raw.get(f"{CONNECTIONS}/logoutallexceptthis").headers["allow"] == "PUT"
