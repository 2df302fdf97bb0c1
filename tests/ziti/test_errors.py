"""Every public call's failure paths over real sockets: 429 retried, 5xx, malformed bodies.

Faults are injected into the simulator for the one endpoint a call uses; the client's fake clock
makes the retry waits instant while recording them. 401, 403 and 404 are covered next to each
operation (`test_api_sessions`, `test_login`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from sessionward.testing import FakeClock, Simulator
from sessionward.ziti import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
    ZitiFilter,
)
from tests._support import Operation
from tests.ziti._support import Twin, answered
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio

RATE_LIMITED = {
    "error": {"code": "RATE_LIMITED", "message": "The resource is rate limited"},
    "meta": {"apiVersion": "0.0.1", "apiEnrollmentVersion": "0.0.1"},
}


def rate_limit(sim: Simulator, method: str, path: str, *, retry_after: str) -> None:
    """Answer the next matching request with Ziti's 429, asking for a wait of `retry_after`."""
    sim.inject_fault(
        method, path, status=429, headers={"Retry-After": retry_after}, json=RATE_LIMITED
    )


# One public method: how to call it, and the endpoint it uses (`has_body`: a JSON success).
Call = Operation[Callable[[Twin, str], Awaitable[object]]]


async def _list(ziti: Twin, target: str) -> object:
    return await ziti.list()


CALLS = [
    Call("list", "GET", "/api-sessions", "list_api_sessions", _list),
    Call(
        "get",
        "GET",
        "/api-sessions/*",
        "detail_api_sessions",
        lambda ziti, target: ziti.call("api_sessions.get", target),
    ),
    Call(
        "delete",
        "DELETE",
        "/api-sessions/*",
        "delete_api_sessions",
        lambda ziti, target: ziti.call("api_sessions.delete", target),
    ),
    Call(
        "current_session",
        "GET",
        "/current-api-session",
        "get_current_api_session",
        lambda ziti, target: ziti.call("current_session"),
    ),
    Call(
        "logout",
        "DELETE",
        "/current-api-session",
        "delete_current_api_session",
        lambda ziti, target: ziti.call("logout"),
    ),
    Call(
        "login",
        "POST",
        "/authenticate",
        "authenticate",
        lambda ziti, target: ziti.call("login"),
    ),
]


async def prepared(make: MakeTwin, ziti_sim: Simulator, **kwargs: object) -> tuple[Twin, str]:
    """A logged-in client and the id of a session that is not its own; the log emptied."""
    ziti = make(**kwargs)
    own = await ziti.call("current_session")
    target = next(s.id for s in await ziti.first_page(page_size=2) if s.id != own.id)
    ziti_sim.clear_requests()
    return ziti, target


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
async def test_a_429_is_retried_after_the_wait_the_server_asked_for(
    make: MakeTwin, ziti_sim: Simulator, clock: FakeClock, call: Call
) -> None:
    ziti, target = await prepared(make, ziti_sim)
    rate_limit(ziti_sim, call.method, call.path, retry_after="1")

    await call.call(ziti, target)

    assert answered(ziti_sim, call.operation_id)[:2] == [429, 200]
    assert clock.sleeps == [1.0]


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
async def test_a_5xx_that_persists_is_raised_after_the_retries(
    make: MakeTwin, ziti_sim: Simulator, clock: FakeClock, call: Call
) -> None:
    ziti, target = await prepared(make, ziti_sim, max_retries=1)
    ziti_sim.inject_fault(call.method, call.path, status=503, times=None)

    with pytest.raises(InternalServerError) as caught:
        await call.call(ziti, target)

    assert caught.value.status_code == 503
    assert answered(ziti_sim, call.operation_id) == [503, 503]
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
async def test_a_malformed_body_is_a_validation_error(
    make: MakeTwin, ziti_sim: Simulator, call: Call
) -> None:
    ziti, target = await prepared(make, ziti_sim)
    ziti_sim.inject_fault(call.method, call.path, action="malformed", body="<html>oops</html>")

    with pytest.raises(APIResponseValidationError) as caught:
        await call.call(ziti, target)

    assert caught.value.body == b"<html>oops</html>"
    assert caught.value.status_code == 200
    assert "not valid JSON" in str(caught.value)


async def test_a_503_then_success_is_transparent(
    make: MakeTwin, ziti_sim: Simulator, clock: FakeClock
) -> None:
    ziti, _ = await prepared(make, ziti_sim)
    ziti_sim.inject_fault("GET", "/api-sessions", status=503)

    sessions = await ziti.list()

    assert len(sessions) == 41
    assert answered(ziti_sim, "list_api_sessions") == [503, 200]
    assert len(clock.sleeps) == 1


async def test_a_long_retry_after_is_raised_at_once(
    make: MakeTwin, ziti_sim: Simulator, clock: FakeClock
) -> None:
    ziti, _ = await prepared(make, ziti_sim)
    rate_limit(ziti_sim, "GET", "/api-sessions", retry_after="120")

    with pytest.raises(RateLimitError) as caught:
        await ziti.list()

    assert caught.value.retry_after == 120.0
    assert caught.value.error_code == "RATE_LIMITED"
    assert answered(ziti_sim, "list_api_sessions") == [429]
    assert clock.sleeps == []


async def test_a_dropped_connection_is_a_connection_error(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti, target = await prepared(make, ziti_sim, max_retries=0)
    ziti_sim.inject_fault("GET", "/api-sessions/*", action="drop")

    with pytest.raises(APIConnectionError):
        await ziti.call("api_sessions.get", target)


async def test_revoke_all_retries_a_rate_limited_delete(
    make: MakeTwin, ziti_sim: Simulator, clock: FakeClock
) -> None:
    ziti, target = await prepared(make, ziti_sim)
    rate_limit(ziti_sim, "DELETE", "/api-sessions/*", retry_after="1")

    result = await ziti.call("api_sessions.revoke_all", filter=ZitiFilter.eq("id", target))

    assert result.revoked == (target,)
    assert answered(ziti_sim, "delete_api_sessions") == [429, 200]
    assert clock.sleeps == [1.0]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ({"status": 503, "times": None}, InternalServerError),
        ({"action": "malformed"}, APIResponseValidationError),
    ],
)
async def test_revoke_all_reports_a_failed_delete(
    make: MakeTwin,
    ziti_sim: Simulator,
    fault: dict[str, object],
    error: type[Exception],
) -> None:
    ziti, target = await prepared(make, ziti_sim, max_retries=1)
    ziti_sim.inject_fault("DELETE", f"/api-sessions/{target}", **fault)  # type: ignore[arg-type]

    result = await ziti.call("api_sessions.revoke_all", filter=ZitiFilter.eq("id", target))

    assert result.revoked == ()
    assert isinstance(result.failed[target], error)


async def test_revoke_all_raises_when_the_listing_fails(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti, _ = await prepared(make, ziti_sim, max_retries=0)
    ziti_sim.inject_fault("GET", "/api-sessions", status=500)

    with pytest.raises(InternalServerError):
        await ziti.call("api_sessions.revoke_all")

    assert answered(ziti_sim, "delete_api_sessions") == []
