"""Timeouts: finite by default; per client, view and call; a hang becomes APITimeoutError."""

from __future__ import annotations

import httpx
import pytest

from sessionward.core import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APITimeoutError,
    BaseClient,
    request_options,
)
from sessionward.testing import FakeClock
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_a_hanging_server_becomes_api_timeout_error(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(timeout=0.3, max_retries=0)
    server.plan(Reply(action="hang"))

    # The server never answers; only the client's timeout can end this call.
    with pytest.raises(APITimeoutError) as caught:
        await twin.request("GET", "/x")

    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in str(caught.value)


async def test_timeouts_are_retried_for_idempotent_calls(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(timeout=0.2, max_retries=2)
    server.plan(Reply(action="hang"), Reply(action="hang"), json_reply({"ok": True}))

    response = await twin.request("GET", "/x")

    assert response.json() == {"ok": True}
    assert len(server.requests) == 3
    assert len(clock.sleeps) == 2


async def test_a_per_call_timeout_overrides_the_client(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(timeout=60.0, max_retries=0)
    server.plan(Reply(action="hang"))

    with request_options(timeout=0.2), pytest.raises(APITimeoutError):
        await twin.request("GET", "/x")


async def test_a_view_timeout_leaves_the_client_alone(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(timeout=60.0, max_retries=0)
    view = twin.with_options(timeout=0.2)
    server.plan(Reply(action="hang"))

    with pytest.raises(APITimeoutError):
        await view.request("GET", "/x")

    assert twin.client.timeout == httpx.Timeout(60.0)
    assert view.client.timeout == httpx.Timeout(0.2)


async def test_a_slow_answer_within_the_timeout_succeeds(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(timeout=5.0, max_retries=0)
    server.plan(Reply(body={"ok": True}, delay=0.05))

    response = await twin.request("GET", "/x")

    assert response.json() == {"ok": True}


def test_the_default_timeout_is_finite() -> None:
    with BaseClient("https://api.example") as client:
        assert client.timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_TIMEOUT.read == 30.0


@pytest.mark.parametrize(
    "timeout",
    [
        0,
        -1.0,
        float("inf"),
        httpx.Timeout(None),
        httpx.Timeout(5.0, read=None),
    ],
)
def test_no_timeout_is_refused(timeout: float | httpx.Timeout) -> None:
    with pytest.raises(ValueError, match="finite"):
        BaseClient("https://api.example", timeout=timeout)
    with pytest.raises(ValueError, match="finite"), request_options(timeout=timeout):
        pass


def test_none_is_not_a_timeout() -> None:
    with pytest.raises(TypeError):
        BaseClient("https://api.example", timeout=None)  # type: ignore[arg-type]
