"""A body with one value of the wrong JSON type is refused, naming the field, for sync and async.

Each case serves a registered API's real-shaped list body (its tests' `CONTRACT.list_body`, copied
into `payloads/` from upstream SDK tests, specs and server code) from the API's simulator with one
value broken, over loopback, and expects the overlay to raise `APIResponseValidationError` whose
message names the field's path and the JSON kinds, and which carries the raw body. Nullable fields
refuse a value that is neither null nor their type.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import AsyncIterable, Iterable
from typing import Any

import pytest

from sessionward.core import APIResponseValidationError
from sessionward.testing import RegisteredAPI, Simulator
from tests.generated._bodies import CASES, LIST_BODIES, Case, broken_body, payload_bytes

pytestmark = pytest.mark.anyio


def _client(api: RegisteredAPI, mode: str, sim: Simulator) -> Any:
    overlay = importlib.import_module(api.overlay)
    client_type = getattr(overlay, api.client if mode == "sync" else api.async_client)
    return client_type(sim.base_url, **sim.credentials)


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
    sim: Simulator = request.getfixturevalue(case.api.fixture)
    body = broken_body(case)
    sim.inject_fault(
        "GET",
        case.body.path,
        status=200,
        body=body.decode(),
        headers={"Content-Type": case.body.content_type},
    )
    client = _client(case.api, mode, sim)
    try:
        with pytest.raises(APIResponseValidationError) as caught:
            await _consume(case.body.list_all(client))
    finally:
        await _close(client)

    assert case.broken.message in str(caught.value)
    assert caught.value.body == body
    assert caught.value.status_code == 200


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", sorted(LIST_BODIES))
async def test_the_unbroken_payload_parses(
    request: pytest.FixtureRequest, key: str, mode: str
) -> None:
    # The control for the cases above: the same body, unbroken, is accepted.
    api, list_body = LIST_BODIES[key]
    sim: Simulator = request.getfixturevalue(api.fixture)
    body = payload_bytes(list_body).decode()
    sim.inject_fault(
        "GET",
        list_body.path,
        status=200,
        body=body,
        headers={"Content-Type": list_body.content_type},
    )
    client = _client(api, mode, sim)
    try:
        result = await _consume(list_body.list_all(client))
    finally:
        await _close(client)
    assert result
