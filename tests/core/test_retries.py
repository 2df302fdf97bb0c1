"""Retries over real sockets: what is retried, how often, and what is raised when they run out."""

from __future__ import annotations

import socket

import pytest

from sessionward.core import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    NotFoundError,
    RetryPolicy,
    request_options,
)
from sessionward.testing import FakeClock
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

NO_JITTER = RetryPolicy(jitter=0.0)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_statuses_are_retried_until_success(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock, status: int
) -> None:
    twin = make_twin(retry_policy=NO_JITTER)
    server.plan(Reply(status=status), Reply(status=status), json_reply({"ok": True}))

    response = await twin.request("GET", "/x")

    assert response.json() == {"ok": True}
    assert len(server.requests) == 3
    # Exponential backoff on the injected clock: nothing slept for real.
    assert clock.sleeps == [0.5, 1.0]


async def test_retries_run_out_and_the_last_error_is_raised(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(max_retries=2, retry_policy=NO_JITTER)
    server.plan(*[Reply(status=503)] * 3)

    with pytest.raises(InternalServerError) as caught:
        await twin.request("GET", "/x")

    assert len(server.requests) == 3
    assert len(clock.sleeps) == 2
    assert "sessionward: gave up after 3 attempts" in caught.value.__notes__


async def test_a_dropped_connection_becomes_api_connection_error_after_the_retries(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(max_retries=2)
    server.plan(*[Reply(action="drop")] * 3)

    with pytest.raises(APIConnectionError) as caught:
        await twin.request("GET", "/x")

    assert type(caught.value) is APIConnectionError
    assert len(server.requests) == 3
    assert len(clock.sleeps) == 2
    assert "RemoteProtocolError" in str(caught.value)


async def test_a_dropped_connection_then_success(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()
    server.plan(Reply(action="drop"), json_reply({"ok": 1}))

    response = await twin.request("GET", "/x")

    assert response.json() == {"ok": 1}
    assert len(server.requests) == 2


async def test_a_truncated_body_is_a_connection_error_and_retried(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()
    server.plan(Reply(body=b'{"id": "1", "na', action="truncate"), json_reply({"ok": 2}))

    response = await twin.request("GET", "/x")

    assert response.json() == {"ok": 2}
    assert len(server.requests) == 2


async def test_a_post_is_not_retried(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin()
    server.plan(Reply(status=503), json_reply({"ok": True}))

    with pytest.raises(InternalServerError):
        await twin.request("POST", "/authenticate", json={"username": "u"})

    assert len(server.requests) == 1


async def test_a_dropped_post_is_not_retried(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin()
    server.plan(Reply(action="drop"), json_reply({"ok": True}))

    with pytest.raises(APIConnectionError):
        await twin.request("POST", "/x", json={})

    assert len(server.requests) == 1


async def test_a_post_is_retried_when_the_call_opts_in(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()
    server.plan(Reply(status=503), Reply(action="drop"), json_reply({"ok": True}, status=201))

    with request_options(idempotent=True):
        response = await twin.request("POST", "/x", json={"a": 1})

    assert response.status_code == 201
    assert [received.body for received in server.requests] == [b'{"a":1}'] * 3


async def test_the_opt_in_covers_only_its_block(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()
    with request_options(idempotent=True):
        pass
    server.plan(Reply(status=503), json_reply({"ok": True}))

    with pytest.raises(InternalServerError):
        await twin.request("POST", "/x", json={})

    assert len(server.requests) == 1


async def test_a_get_declared_not_idempotent_is_not_retried(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()
    server.plan(Reply(status=503), json_reply({"ok": True}))

    with request_options(idempotent=False), pytest.raises(InternalServerError):
        await twin.request("GET", "/x")

    assert len(server.requests) == 1


async def test_a_post_that_never_left_is_retried(make_twin: MakeTwin, clock: FakeClock) -> None:
    # A port nobody listens on: the connection is refused, so the POST was provably not sent.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    twin = make_twin(base_url=f"http://127.0.0.1:{port}", max_retries=2)

    with pytest.raises(APIConnectionError) as caught:
        await twin.request("POST", "/x", json={})

    assert "ConnectError" in str(caught.value)
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 520])
async def test_other_statuses_are_not_retried(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock, status: int
) -> None:
    twin = make_twin()
    server.plan(Reply(status=status), json_reply({"ok": True}))

    with pytest.raises(APIStatusError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.status_code == status
    assert len(server.requests) == 1
    assert clock.sleeps == []


async def test_max_retries_per_client(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(max_retries=4)
    server.plan(*[Reply(status=500)] * 5)

    with pytest.raises(InternalServerError):
        await twin.request("GET", "/x")

    assert len(server.requests) == 5


async def test_max_retries_per_call(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(max_retries=4)
    server.plan(*[Reply(status=500)] * 5)

    with request_options(max_retries=0), pytest.raises(InternalServerError):
        await twin.request("GET", "/x")

    assert len(server.requests) == 1


async def test_max_retries_of_a_view(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(max_retries=0)
    view = twin.with_options(max_retries=1)
    server.plan(Reply(status=500), json_reply({"ok": True}), Reply(status=500))

    response = await view.request("GET", "/x")
    with pytest.raises(InternalServerError):
        await twin.request("GET", "/x")

    assert response.json() == {"ok": True}
    assert len(server.requests) == 3


async def test_a_nested_failure_is_not_retried_again(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(max_retries=1)
    server.plan(Reply(status=404))

    with pytest.raises(NotFoundError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.final is True
