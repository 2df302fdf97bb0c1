"""The public twin helpers: `FakeClock`, `Twin` and `RequestRecorder`, against real simulators.

Each client test runs every registered API's real sessionward client (sync and async) against its
simulator on loopback, calling the API's probe (`CONTRACT.probe` in `tests/<key>/contract.py`):
the fake clock takes the retry loop's sleeps and the twin calls, awaits and raises alike. The
recorder keeps the requests as the client sent them, a request sent again included. How a twin
drains one API's pager, and which headers its requests carry, is tested in `tests/<key>/`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Generator, Iterator
from typing import Any

import httpx
import pytest

from sessionward.testing import (
    FakeClock,
    RegisteredAPI,
    RequestRecorder,
    Simulator,
    Twin,
    registered_apis,
)
from tests._support import Mode, close_http_client
from tests.contract._hooks import contract_of

pytestmark = pytest.mark.anyio

APIS = pytest.mark.parametrize("api", registered_apis(), ids=lambda api: api.key)


def _twin(api: RegisteredAPI, mode: Mode, sim: Simulator[Any], **kwargs: Any) -> Twin[Any]:
    overlay = importlib.import_module(api.overlay)
    client_type = getattr(overlay, api.client if mode == "sync" else api.async_client)
    return Twin(client_type(sim.base_url, **kwargs, **sim.credentials))


def _sim(api: RegisteredAPI, request: pytest.FixtureRequest) -> Simulator[Any]:
    found: Simulator[Any] = request.getfixturevalue(api.fixture)
    return found


def test_the_fake_clock_moves_only_when_slept_on_or_advanced() -> None:
    clock = FakeClock(100.0)
    assert (clock.time(), clock.monotonic(), clock.sleeps) == (100.0, 0.0, [])
    clock.advance(5)
    clock.sleep(2.5)
    assert (clock.time(), clock.monotonic(), clock.sleeps) == (107.5, 7.5, [2.5])
    assert repr(clock) == "FakeClock(now=107.5, sleeps=1)"


def test_the_fake_clock_starts_at_the_real_time_by_default() -> None:
    before = time.time()
    clock = FakeClock()
    assert before <= clock.time() <= time.time()


async def test_the_fake_clock_takes_the_async_sleeps_too() -> None:
    clock = FakeClock(0.0)
    await clock.asleep(3.0)
    assert (clock.time(), clock.sleeps) == (3.0, [3.0])


@APIS
async def test_retries_wait_on_the_fake_clock(
    mode: Mode, api: RegisteredAPI, request: pytest.FixtureRequest
) -> None:
    # The README's example, in both modes.
    sim, probe = _sim(api, request), contract_of(api).probe
    clock = FakeClock()
    twin = _twin(api, mode, sim, clock=clock)
    assert twin.mode == mode
    sim.inject_fault(probe.method, probe.path, status=503, times=1)
    await probe.call(twin)
    assert len(clock.sleeps) == 1
    await twin.close()
    assert twin.client.http_client.is_closed


@APIS
async def test_the_twin_raises_what_the_client_raises(
    mode: Mode, api: RegisteredAPI, request: pytest.FixtureRequest
) -> None:
    twin = _twin(api, mode, _sim(api, request))
    with pytest.raises(AttributeError):
        await twin.call(f"{contract_of(api).probe.target}.no_such_method")
    await twin.close()


class _SendTwice(httpx.Auth):
    """Sends the same request object twice, with another header the second time (as a re-login)."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-session"] = "first"
        yield request
        request.headers["x-session"] = "second"
        yield request


async def test_the_recorder_keeps_a_request_sent_again_as_it_was_each_time(
    mode: Mode, example_sim: Simulator
) -> None:
    recorder = RequestRecorder()
    http_client = recorder.client(mode, auth=_SendTwice())
    url = f"{example_sim.base_url}/notes"
    if isinstance(http_client, httpx.Client):
        http_client.get(url)
    else:
        await http_client.get(url)
    await close_http_client(http_client)
    assert [request.headers["x-session"] for request in recorder.sent] == ["first", "second"]
    assert all(request.url == url for request in recorder.sent)


def test_the_recorder_keeps_a_streamed_request_with_its_own_headers() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"abc"

    recorder = RequestRecorder()
    read = httpx.Request("POST", "http://127.0.0.1:9/x", content=chunks())
    read.read()
    recorder.keep(read)
    unread = httpx.Request("POST", "http://127.0.0.1:9/x", content=chunks())
    recorder.keep(unread)
    for kept, sent in zip(recorder.sent, (read, unread), strict=True):
        # No Content-Length beside the chunked Transfer-Encoding the client sent.
        assert kept.headers.multi_items() == sent.headers.multi_items()
    assert recorder.sent[0].content == b"abc"
