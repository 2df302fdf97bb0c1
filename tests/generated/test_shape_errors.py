"""A body with one value of the wrong JSON type is refused, naming the field, for sync and async.

Each case serves a real-shaped list body (copied into `payloads/` from upstream SDK tests, specs and
server code) from the API's simulator with one value broken, over loopback, and expects the overlay
to raise `APIResponseValidationError` whose message names the field's path and the JSON kinds, and
which carries the raw body. Nullable fields refuse a value that is neither null nor their type.
"""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import AsyncIterable, Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sessionward.authress import AsyncAuthress, Authress
from sessionward.core import APIResponseValidationError
from sessionward.docspace import AsyncDocSpace, DocSpace
from sessionward.dynatrace import AsyncDynatraceCluster, DynatraceCluster
from sessionward.testing import Simulator
from sessionward.ziti import AsyncZiti, Ziti

pytestmark = pytest.mark.anyio

PAYLOADS = Path(__file__).parent / "payloads"
MISSING = object()  # a `value` that deletes the field instead of replacing it


@dataclass(frozen=True)
class Api:
    """How to reach one API's list operation: the payload, the simulator and the overlay call."""

    sim: str
    payload: str
    path: str
    content_type: str
    clients: tuple[type[Any], type[Any]]
    list_all: Callable[[Any], object]


APIS = {
    "docspace": Api(
        "docspace_sim",
        "docspace/list_server_dto_examples.json",
        "/api/2.0/security/activeconnections",
        "application/json; charset=utf-8",
        (DocSpace, AsyncDocSpace),
        lambda client: client.active_connections.list(),
    ),
    "dynatrace": Api(
        "dynatrace_sim",
        "dynatrace/user_sessions_list_spec_example.json",
        "/userSessions",
        "application/json",
        (DynatraceCluster, AsyncDynatraceCluster),
        lambda client: client.user_sessions.list(),
    ),
    "ziti": Api(
        "ziti_sim",
        "ziti/list_assembled_from_examples.json",
        "/api-sessions",
        "application/json",
        (Ziti, AsyncZiti),
        lambda client: client.api_sessions.list(),
    ),
    "authress": Api(
        "authress_sim",
        "authress/connection_collection_sdk_test.json",
        "/v1/connections",
        "application/links+json",
        (Authress, AsyncAuthress),
        lambda client: client.connections.list(),
    ),
}


@dataclass(frozen=True)
class Case:
    """One broken body: the API, where to break it, the value put there, the expected message."""

    api: str
    at: tuple[str | int, ...]
    value: object
    message: str

    def __str__(self) -> str:
        return f"{self.api}:{'.'.join(map(str, self.at))}"


CASES = [
    # DocSpace: a string where the spec says integer, a bool is no int, NaN is no int.
    Case(
        "docspace",
        ("response", "loginEvent"),
        "not-a-number",
        "response.loginEvent: expected int, got string",
    ),
    Case(
        "docspace",
        ("response", "items", 0, "id"),
        True,
        "response.items[0].id: expected int, got boolean",
    ),
    Case(
        "docspace",
        ("response", "items", 0, "tenantId"),
        float("nan"),
        "response.items[0].tenantId: expected int, got non-finite number",
    ),
    Case(
        "docspace",
        ("response", "items", 0, "ip"),
        203,
        "response.items[0].ip: expected string or null, got int",
    ),
    Case(
        "docspace",
        ("response", "items", 0, "date"),
        "yesterday",
        "response.items[0].date: expected date-time string, got a string in another format",
    ),
    Case(
        "docspace",
        ("response", "items", 0, "userId"),
        "not-a-uuid",
        "response.items[0].userId: expected uuid string, got a string in another format",
    ),
    # Dynatrace: the body is an array, so the path starts with the item's index.
    Case("dynatrace", (0, "creationTime"), "6", "[0].creationTime: expected int, got string"),
    Case(
        "dynatrace",
        (0, "creationTime"),
        float("inf"),
        "[0].creationTime: expected int, got non-finite number",
    ),
    Case("dynatrace", (0, "userId"), MISSING, "[0].userId: required field is missing"),
    Case("dynatrace", (0, "loginType"), 1, "[0].loginType: expected string, got int"),
    # Ziti: nested objects, lists of strings, and a nullable object that must not swallow a string.
    Case(
        "ziti",
        ("data", 0, "isMfaRequired"),
        "yes",
        "data[0].isMfaRequired: expected boolean, got string",
    ),
    Case("ziti", ("data", 0, "identity", "id"), 3, "data[0].identity.id: expected string, got int"),
    Case(
        "ziti",
        ("data", 0, "configTypes"),
        ["a", 1],
        "data[0].configTypes[1]: expected string, got int",
    ),
    Case(
        "ziti",
        ("data", 0, "tags"),
        "environment=production",
        "data[0].tags: expected object or null, got string",
    ),
    Case(
        "ziti",
        ("data", 0, "createdAt"),
        None,
        "data[0].createdAt: expected date-time string, got null",
    ),
    # Authress: nullable fields nested two levels down, and the cursor envelope.
    Case(
        "authress",
        ("connections", 0, "data", "trustIdentityUserId"),
        "true",
        "connections[0].data.trustIdentityUserId: expected boolean or null, got string",
    ),
    Case(
        "authress",
        ("connections", 0, "createdTime"),
        17,
        "connections[0].createdTime: expected date-time string, got int",
    ),
    Case(
        "authress",
        ("connections", 0, "tags", "environment"),
        ["production"],
        "connections[0].tags.environment: expected string, got array",
    ),
    Case("authress", ("pagination",), [], "pagination: expected object, got array"),
]


def _broken_body(case: Case) -> bytes:
    body = json.loads((PAYLOADS / APIS[case.api].payload).read_text(encoding="utf-8"))
    body = copy.deepcopy(body)
    *parents, last = case.at
    target = body
    for step in parents:
        target = target[step]
    if case.value is MISSING:
        del target[last]
    else:
        target[last] = case.value
    # allow_nan: Python writes NaN and Infinity as some servers do; the client must refuse them.
    return json.dumps(body, allow_nan=True).encode()


async def _close(client: Any) -> None:
    if hasattr(client, "aclose"):
        await client.aclose()
    else:
        client.close()


async def _consume(result: object) -> object:
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncIterable):
        return [item async for item in result]
    if isinstance(result, Iterable):
        return list(result)
    return result


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=str)
async def test_a_value_of_the_wrong_type_is_a_validation_error_naming_its_field(
    request: pytest.FixtureRequest, case: Case, mode: str
) -> None:
    api = APIS[case.api]
    sim: Simulator = request.getfixturevalue(api.sim)
    body = _broken_body(case)
    sim.inject_fault(
        "GET", api.path, status=200, body=body.decode(), headers={"Content-Type": api.content_type}
    )
    client_type = api.clients[0] if mode == "sync" else api.clients[1]
    client = client_type(sim.base_url, **sim.credentials)
    try:
        with pytest.raises(APIResponseValidationError) as caught:
            await _consume(api.list_all(client))
    finally:
        await _close(client)

    assert case.message in str(caught.value)
    assert caught.value.body == body
    assert caught.value.status_code == 200


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", sorted(APIS))
async def test_the_unbroken_payload_parses(
    request: pytest.FixtureRequest, key: str, mode: str
) -> None:
    # The control for the cases above: the same body, unbroken, is accepted.
    api = APIS[key]
    sim: Simulator = request.getfixturevalue(api.sim)
    body = (PAYLOADS / api.payload).read_text(encoding="utf-8")
    sim.inject_fault(
        "GET", api.path, status=200, body=body, headers={"Content-Type": api.content_type}
    )
    client = api.clients[0 if mode == "sync" else 1](sim.base_url, **sim.credentials)
    try:
        result = await _consume(api.list_all(client))
    finally:
        await _close(client)
    assert result
