"""The core's error mapping, retries and timeouts against a real simulator's fault injection.

The core's own tests use a small loopback server; these run the same behaviours end to end
against the Dynatrace simulator (its real spec-validated server, its fault control API and its
request log), through the generated Dynatrace client, sync and async.
"""

from __future__ import annotations

from typing import Any

import pytest
from dynatrace_api import AuthenticatedClient
from dynatrace_api.api.user_management import get_user_sessions
from dynatrace_api.models import UserSession

from sessionward.core import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncBaseClient,
    BaseClient,
    HeaderAuth,
    InternalServerError,
    RateLimitError,
    aunwrap_list,
    unwrap_list,
)
from sessionward.testing import FakeClock, Simulator
from tests._support import MODES, START, Mode

pytestmark = pytest.mark.anyio

PATH = "/userSessions"


async def _list_sessions(mode: Mode, sim: Simulator, **options: Any) -> list[UserSession]:
    """List the sessions through the core and the generated client, in the given mode."""
    auth = HeaderAuth(sim.credentials["api_token"], prefix="Api-Token")
    generated = AuthenticatedClient(base_url=sim.base_url, token="")
    if mode == "sync":
        with BaseClient(sim.base_url, auth=auth, **options) as base:
            generated.set_httpx_client(base.http_client)
            return unwrap_list(
                lambda: get_user_sessions.sync_detailed(client=generated), UserSession
            )
    async with AsyncBaseClient(sim.base_url, auth=auth, **options) as abase:
        generated.set_async_httpx_client(abase.http_client)
        return await aunwrap_list(
            lambda: get_user_sessions.asyncio_detailed(client=generated), UserSession
        )


def _attempts(sim: Simulator) -> int:
    return sum(1 for record in sim.requests() if record.path.endswith(PATH))


@pytest.mark.parametrize("mode", MODES)
async def test_a_520_with_an_html_body_is_a_server_error_with_the_raw_body(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    html = "<html><body>Web server is returning an unknown error</body></html>"
    dynatrace_sim.inject_fault(
        "GET", PATH, status=520, headers={"Content-Type": "text/html"}, body=html
    )
    with pytest.raises(InternalServerError) as raised:
        await _list_sessions(mode, dynatrace_sim, max_retries=0)
    assert raised.value.status_code == 520
    assert raised.value.body == html.encode()
    assert raised.value.method == "GET"
    assert str(raised.value.url).endswith(PATH)


@pytest.mark.parametrize("mode", MODES)
async def test_a_non_standard_4xx_is_still_a_status_error(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    dynatrace_sim.inject_fault("GET", PATH, status=499, body="client closed request")
    with pytest.raises(APIStatusError) as raised:
        await _list_sessions(mode, dynatrace_sim, max_retries=0)
    assert type(raised.value) is APIStatusError
    assert raised.value.status_code == 499


@pytest.mark.parametrize("mode", MODES)
async def test_a_503_is_retried_and_the_log_shows_every_attempt(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    clock = FakeClock(START)
    dynatrace_sim.inject_fault("GET", PATH, status=503, times=2)
    sessions = await _list_sessions(mode, dynatrace_sim, clock=clock)
    assert sessions, "the third attempt reaches the seeded sessions"
    assert _attempts(dynatrace_sim) == 3
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_is_honoured_on_the_injected_clock(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    clock = FakeClock(START)
    dynatrace_sim.inject_fault("GET", PATH, status=429, headers={"Retry-After": "7"})
    await _list_sessions(mode, dynatrace_sim, clock=clock)
    assert clock.sleeps == [7.0]
    assert _attempts(dynatrace_sim) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_a_too_long_retry_after_raises_at_once(mode: Mode, dynatrace_sim: Simulator) -> None:
    clock = FakeClock(START)
    dynatrace_sim.inject_fault("GET", PATH, status=429, headers={"Retry-After": "3600"})
    with pytest.raises(RateLimitError) as raised:
        await _list_sessions(mode, dynatrace_sim, clock=clock)
    assert raised.value.retry_after == 3600
    assert clock.sleeps == []
    assert _attempts(dynatrace_sim) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_a_dropped_connection_is_a_connection_error_after_the_retries(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    dynatrace_sim.inject_fault("GET", PATH, action="drop", times=3)
    with pytest.raises(APIConnectionError):
        await _list_sessions(mode, dynatrace_sim, clock=FakeClock(START))
    assert _attempts(dynatrace_sim) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_a_hanging_server_is_a_timeout(mode: Mode, dynatrace_sim: Simulator) -> None:
    dynatrace_sim.inject_fault("GET", PATH, delay=5.0)
    with pytest.raises(APITimeoutError):
        await _list_sessions(mode, dynatrace_sim, timeout=0.3, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
async def test_a_non_json_200_is_a_validation_error_with_the_raw_body(
    mode: Mode, dynatrace_sim: Simulator
) -> None:
    dynatrace_sim.inject_fault("GET", PATH, action="malformed")
    with pytest.raises(APIResponseValidationError) as raised:
        await _list_sessions(mode, dynatrace_sim, max_retries=0)
    assert raised.value.body
