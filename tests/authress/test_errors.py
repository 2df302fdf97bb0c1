"""Every public call's failure paths over real sockets: 429 retried, 5xx, malformed bodies.

Faults are injected into the simulator for the one endpoint a call uses; the client's fake clock
makes the retry waits instant while recording them. 401, 403 and 404 are covered next to each
operation (`test_connections`, `test_auth`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from sessionward.authress import (
    APIResponseValidationError,
    APITimeoutError,
    Connection,
    ConnectionType,
    InternalServerError,
    RateLimitError,
)
from sessionward.core import request_options
from sessionward.testing import FakeClock, Simulator
from tests._support import Operation
from tests.authress._support import Twin, answered
from tests.authress.conftest import MakeTwin
from tests.authress.test_connections import credential_pairs

pytestmark = pytest.mark.anyio

RATE_LIMITED = {"errorCode": "TooManyRequests", "title": "Slow down."}


def connection() -> Connection:
    return Connection(type_=ConnectionType.OAUTH2, authentication_url="https://idp.example/a")


# One public method: how to call it, and the endpoint it uses (`has_body`: a JSON success).
Call = Operation[Callable[[Twin], Awaitable[object]]]


async def _list(authress: Twin) -> object:
    return await authress.list()


CALLS = [
    Call("list", "GET", "/v1/connections", "get_connections", _list),
    Call(
        "get",
        "GET",
        "/v1/connections/google",
        "get_connection",
        lambda authress: authress.call("connections.get", "google"),
    ),
    Call(
        "create",
        "POST",
        "/v1/connections",
        "create_connection",
        lambda authress: authress.call("connections.create", connection()),
    ),
    Call(
        "update",
        "PUT",
        "/v1/connections/google",
        "update_connection",
        lambda authress: authress.call("connections.update", "google", connection()),
    ),
    Call(
        "delete",
        "DELETE",
        "/v1/connections/google",
        "delete_connection",
        lambda authress: authress.call("connections.delete", "google"),
        has_body=False,
    ),
    Call(
        "get_user_credentials",
        "GET",
        "/v1/connections/*/users/*/credentials",
        "get_connection_credentials",
        lambda authress: authress.call("connections.get_user_credentials", *credential_pairs()[0]),
    ),
]
IDEMPOTENT = [call for call in CALLS if call.method != "POST"]


@pytest.mark.parametrize("call", IDEMPOTENT, ids=lambda call: call.name)
async def test_a_429_is_retried_after_the_wait_the_server_asked_for(
    authress: Twin, authress_sim: Simulator, clock: FakeClock, call: Call
) -> None:
    authress_sim.inject_fault(
        call.method, call.path, status=429, headers={"Retry-After": "1"}, json=RATE_LIMITED
    )

    await call.call(authress)

    assert answered(authress_sim, call.operation_id)[:2] == [429, 200 if call.has_body else 204]
    assert clock.sleeps == [1.0]


async def test_create_is_not_retried_unless_declared_idempotent(
    authress: Twin, authress_sim: Simulator, clock: FakeClock
) -> None:
    authress_sim.inject_fault(
        "POST", "/v1/connections", status=429, headers={"Retry-After": "1"}, json=RATE_LIMITED
    )
    with pytest.raises(RateLimitError) as caught:
        await authress.call("connections.create", connection())
    assert caught.value.retry_after == 1.0
    assert caught.value.error_code == "TooManyRequests"
    assert answered(authress_sim, "create_connection") == [429]

    authress_sim.inject_fault(
        "POST", "/v1/connections", status=429, headers={"Retry-After": "1"}, json=RATE_LIMITED
    )
    named = connection()
    named.connection_id = "retry-safe"  # a second create of the same id cannot duplicate it
    with request_options(idempotent=True):
        created = await authress.call("connections.create", named)

    assert created.connection_id == "retry-safe"
    assert answered(authress_sim, "create_connection") == [429, 429, 201]
    assert clock.sleeps == [1.0]


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
async def test_a_5xx_that_persists_is_raised_after_the_retries(
    make: MakeTwin, authress_sim: Simulator, clock: FakeClock, call: Call
) -> None:
    authress = make(max_retries=1)
    authress_sim.inject_fault(call.method, call.path, status=503, times=None)

    with pytest.raises(InternalServerError) as caught:
        await call.call(authress)

    assert caught.value.status_code == 503
    retried = call.method != "POST"
    assert answered(authress_sim, call.operation_id) == ([503, 503] if retried else [503])
    assert len(clock.sleeps) == (1 if retried else 0)


@pytest.mark.parametrize(
    "call", [call for call in CALLS if call.has_body], ids=lambda call: call.name
)
async def test_a_malformed_body_is_a_validation_error(
    authress: Twin, authress_sim: Simulator, call: Call
) -> None:
    authress_sim.inject_fault(call.method, call.path, action="malformed", body="<html>x</html>")

    with pytest.raises(APIResponseValidationError) as caught:
        await call.call(authress)

    assert caught.value.body == b"<html>x</html>"
    assert "not valid JSON" in str(caught.value)


async def test_a_body_of_the_wrong_shape_is_a_validation_error(
    authress: Twin, authress_sim: Simulator
) -> None:
    authress_sim.inject_fault("GET", "/v1/connections", status=200, json={"items": []}, times=1)

    with pytest.raises(APIResponseValidationError, match="connections"):
        await authress.list()


async def test_a_slow_answer_is_a_timeout(make: MakeTwin, authress_sim: Simulator) -> None:
    authress = make(timeout=0.2, max_retries=0)
    authress_sim.inject_fault("GET", "/v1/connections/google", delay=2.0)

    with pytest.raises(APITimeoutError):
        await authress.call("connections.get", "google")
