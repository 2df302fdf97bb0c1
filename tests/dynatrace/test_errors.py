"""Error paths of every public method over real sockets: 401, 403, 404, 429, 5xx, broken bodies."""

from __future__ import annotations

import pytest

from sessionward.dynatrace import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from sessionward.testing import FakeClock, Simulator
from tests._support import START
from tests.dynatrace._support import (
    OPERATIONS,
    POLICY,
    SESSIONS,
    WITH_BODY,
    Operation,
    Seeded,
    Twin,
    error_body,
    statuses,
)
from tests.dynatrace.conftest import MakeTwin

pytestmark = pytest.mark.anyio

every_operation = pytest.mark.parametrize("operation", OPERATIONS, ids=str)


@every_operation
async def test_an_unknown_token_is_an_authentication_error_and_not_retried(
    make_twin: MakeTwin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    twin = make_twin(api_token="dt0c01.UNKNOWN.TOKEN")

    with pytest.raises(AuthenticationError) as caught:
        await operation.call(twin, seeded)

    assert caught.value.error_message == "Token Authentication failed"
    assert [r.status for r in dynatrace_sim.requests()] == [401]


@every_operation
async def test_a_token_without_the_scope_is_permission_denied(
    make_twin: MakeTwin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    twin = make_twin(**dynatrace_sim.other_credentials["no_scope"])

    with pytest.raises(PermissionDeniedError) as caught:
        await operation.call(twin, seeded)

    assert caught.value.status_code == 403
    assert "ServiceProviderAPI" in str(caught.value)


async def refused_once(
    twin: Twin,
    sim: Simulator,
    seeded: Seeded,
    operation: Operation,
    expected: type[APIStatusError],
    status: int,
    message: str,
) -> APIStatusError:
    """The `expected` error of `operation` answered once with `status` and the vendor `message`.

    Checks that the error carries the message and that the request was not sent again.
    """
    sim.inject_fault(
        operation.method, operation.path, status=status, json=error_body(status, message)
    )

    with pytest.raises(expected) as caught:
        await operation.call(twin, seeded)

    assert caught.value.error_message == message
    assert statuses(sim, operation) == [status]
    return caught.value


@every_operation
async def test_a_404_is_a_not_found_error_with_the_vendor_message(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    await refused_once(
        twin, dynatrace_sim, seeded, operation, NotFoundError, 404, "HTTP 404 Not Found"
    )


@every_operation
async def test_a_429_is_retried_after_retry_after_and_the_call_succeeds(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, clock: FakeClock, operation: Operation
) -> None:
    dynatrace_sim.inject_fault(
        operation.method, operation.path, status=429, headers={"Retry-After": "1"}
    )

    await operation.call(twin, seeded)

    assert statuses(dynatrace_sim, operation) == [429, 200]
    assert clock.sleeps == [1.0]


@every_operation
async def test_a_429_waits_until_the_microsecond_rate_limit_reset(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, clock: FakeClock, operation: Operation
) -> None:
    reset_micros = int((START + 2.5) * 1_000_000)
    dynatrace_sim.inject_fault(
        operation.method,
        operation.path,
        status=429,
        headers={
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(reset_micros),
        },
        json=error_body(429, "Too many requests. Request limit per minute exceeded."),
    )

    await operation.call(twin, seeded)

    assert statuses(dynatrace_sim, operation) == [429, 200]
    assert clock.sleeps == [pytest.approx(2.5)]


async def test_a_reset_further_away_than_the_cap_is_raised_at_once(
    twin: Twin, dynatrace_sim: Simulator, clock: FakeClock
) -> None:
    dynatrace_sim.inject_fault(
        "GET", SESSIONS, status=429, headers={"X-RateLimit-Reset": str(int((START + 55) * 1e6))}
    )

    with pytest.raises(RateLimitError) as caught:
        await twin.list()

    assert caught.value.retry_after == pytest.approx(55.0)
    assert "wait 55.0s" in str(caught.value)
    assert clock.sleeps == []
    assert len(dynatrace_sim.requests()) == 1


@every_operation
async def test_a_503_is_retried_and_the_call_succeeds(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, clock: FakeClock, operation: Operation
) -> None:
    dynatrace_sim.inject_fault(operation.method, operation.path, status=503, times=2)

    await operation.call(twin, seeded)

    assert statuses(dynatrace_sim, operation) == [503, 503, 200]
    assert clock.sleeps == [0.5, 1.0]


@every_operation
async def test_a_persistent_500_is_an_internal_server_error_after_the_retries(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    dynatrace_sim.inject_fault(
        operation.method,
        operation.path,
        status=500,
        json=error_body(500, "Operation failed"),
        times=None,
    )

    with pytest.raises(InternalServerError) as caught:
        await operation.call(twin, seeded)

    assert caught.value.error_message == "Operation failed"
    assert statuses(dynatrace_sim, operation) == [500, 500, 500]


@pytest.mark.parametrize(
    "operation", [op for op in OPERATIONS if op.method in ("PUT", "DELETE")], ids=str
)
async def test_the_vendors_510_is_a_server_error_and_not_retried(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    error = await refused_once(
        twin, dynatrace_sim, seeded, operation, InternalServerError, 510, "Update failed"
    )

    assert error.status_code == 510


async def test_a_400_names_the_violated_constraints(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded
) -> None:
    dynatrace_sim.inject_fault(
        "PUT",
        POLICY,
        status=400,
        json={
            "error": {
                "code": 400,
                "message": "Constraints violated.",
                "constraintViolations": [
                    {
                        "path": "concurrentSessionPolicyDto.adminLimit",
                        "message": "must be 0 when userLimit is 0",
                        "parameterLocation": "PAYLOAD_BODY",
                    }
                ],
            }
        },
    )

    with pytest.raises(BadRequestError) as caught:
        await twin.update(seeded.policy)

    message = caught.value.error_message
    assert message is not None
    assert message.startswith("Constraints violated.")
    assert "concurrentSessionPolicyDto.adminLimit: must be 0 when userLimit is 0" in message
    assert "concurrentSessionPolicyDto.adminLimit" in str(caught.value)


@pytest.mark.parametrize("operation", WITH_BODY, ids=str)
async def test_a_non_json_200_is_a_validation_error_carrying_the_body(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    dynatrace_sim.inject_fault(operation.method, operation.path, action="malformed")

    with pytest.raises(APIResponseValidationError) as caught:
        await operation.call(twin, seeded)

    assert caught.value.status_code == 200
    assert b"<html" in caught.value.body.lower()


async def test_update_partial_reports_a_broken_policy_body_and_sends_nothing(
    twin: Twin, dynatrace_sim: Simulator
) -> None:
    dynatrace_sim.inject_fault("GET", POLICY, action="malformed")

    with pytest.raises(APIResponseValidationError):
        await twin.update_partial(admin_limit=3)

    assert [r.method for r in dynatrace_sim.requests()] == ["GET"]


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if not op.has_body], ids=str)
async def test_a_body_on_a_bodyless_success_is_ignored(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded, operation: Operation
) -> None:
    dynatrace_sim.inject_fault(operation.method, operation.path, action="malformed")

    await operation.call(twin, seeded)

    assert statuses(dynatrace_sim, operation) == [200]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (SESSIONS, {"sessions": []}),
        (SESSIONS, [{"userId": "jane"}]),
        (POLICY, {"concurrentSessionPolicyDto": {"userLimit": 1, "adminLimit": 1}}),
    ],
    ids=["object-not-array", "missing-fields", "missing-logout"],
)
async def test_a_body_that_breaks_the_spec_is_a_validation_error(
    twin: Twin, dynatrace_sim: Simulator, path: str, body: object
) -> None:
    dynatrace_sim.inject_fault("GET", path, status=200, json=body)

    with pytest.raises(APIResponseValidationError) as caught:
        await (twin.list() if path == SESSIONS else twin.get())

    assert caught.value.body


async def test_a_dropped_connection_is_retried(twin: Twin, dynatrace_sim: Simulator) -> None:
    dynatrace_sim.inject_fault("DELETE", SESSIONS, action="drop")

    await twin.remove("admin", missing_ok=True)

    assert [r.status for r in dynatrace_sim.requests()] in ([None, 200], [None, 404])
