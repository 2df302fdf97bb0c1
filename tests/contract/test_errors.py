"""Error mapping for every registered API, over real sockets: statuses, bodies, transport faults.

The simulator's fault injection answers the API's probe call (`tests/<key>/contract.py`) with a
status, a broken body, a dropped connection or a slow answer; whatever the vendor, the client
raises the one class of `sessionward.core` that the status or the failure maps to. Retries are
off (`max_retries=0`), so each fault is seen once; retry behaviour is tested per API and in the
core.
"""

from __future__ import annotations

from typing import Any

import pytest

import sessionward.core as core
from sessionward.testing import Simulator
from tests._support import Maker
from tests.contract._hooks import AnyTwin, Contract

pytestmark = pytest.mark.anyio

# Statuses of every kind: each of the core's classes, a 5xx of a vendor's own, one with no class.
STATUSES = (400, 401, 403, 404, 409, 422, 429, 500, 503, 510, 499)


@pytest.mark.parametrize("status", STATUSES)
async def test_a_status_is_its_core_error_class(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any], status: int
) -> None:
    probe = contract.probe
    twin = build(max_retries=0)
    # A first call that succeeds: a client that logs in has its session before the fault.
    await probe.call(twin)
    sim.clear_requests()
    # A status the client recovers from once (a new login after a 401) must persist.
    times = None if status in contract.recovers else 1
    sim.inject_fault(
        probe.method, probe.path, status=status, json={"message": "injected"}, times=times
    )

    with pytest.raises(core.APIStatusError) as caught:
        await probe.call(twin)

    # The one mapping of the core (pinned in tests/core), whatever the vendor's body says.
    assert type(caught.value) is core.status_error_class(status)
    assert caught.value.status_code == status
    answered = [r.status for r in sim.requests() if r.operation == probe.operation_id]
    assert answered == [status] * (2 if status in contract.recovers else 1)


async def test_a_malformed_body_is_a_validation_error_carrying_it(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any]
) -> None:
    probe = contract.probe
    sim.inject_fault(probe.method, probe.path, action="malformed", body="<html>oops</html>")

    with pytest.raises(core.APIResponseValidationError) as caught:
        await probe.call(build(max_retries=0))

    assert caught.value.body == b"<html>oops</html>"


async def test_a_dropped_connection_is_a_connection_error(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any]
) -> None:
    probe = contract.probe
    sim.inject_fault(probe.method, probe.path, action="drop")

    with pytest.raises(core.APIConnectionError):
        await probe.call(build(max_retries=0))


async def test_a_connection_dropped_every_time_is_a_connection_error_after_the_retries(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any]
) -> None:
    probe = contract.probe
    twin = build(max_retries=1)
    await probe.call(twin)
    sim.clear_requests()
    sim.inject_fault(probe.method, probe.path, action="drop", times=None)

    with pytest.raises(core.APIConnectionError):
        await probe.call(twin)

    assert len([r for r in sim.requests() if r.operation == probe.operation_id]) == 2


async def test_a_slow_answer_is_a_timeout_error(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any]
) -> None:
    probe = contract.probe
    sim.inject_fault(probe.method, probe.path, delay=2.0)

    with pytest.raises(core.APITimeoutError):
        await probe.call(build(max_retries=0, timeout=0.2))
