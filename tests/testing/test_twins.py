"""The public twin helpers: `FakeClock`, `Twin` and `RequestRecorder`, against a real simulator.

Each runs a real sessionward client (sync and async) against the Ziti simulator on loopback: the
fake clock takes the retry loop's sleeps, the twin calls and awaits alike, and the recorder keeps
the requests as the client sent them.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator

import httpx
import pytest

from sessionward.testing import FakeClock, RequestRecorder, Simulator, Twin, ZitiCredentials
from sessionward.ziti import AsyncZiti, Ziti
from tests._support import Mode, close_http_client

pytestmark = pytest.mark.anyio

CLIENTS = {"sync": Ziti, "async": AsyncZiti}


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


async def test_retries_wait_on_the_fake_clock(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    # The README's example, in both modes.
    clock = FakeClock()
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, clock=clock, **ziti_sim.credentials))
    assert twin.mode == mode
    ziti_sim.inject_fault("GET", "/current-api-session", status=503, times=1)
    await twin.call("current_session")
    assert len(clock.sleeps) == 1
    await twin.close()
    assert twin.client.http_client.is_closed


async def test_the_twin_collects_a_pager_of_either_kind(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, **ziti_sim.credentials))
    sessions = await twin.collect(twin.client.api_sessions.list())
    current = await twin.call("current_session")
    assert current.id in {session.id for session in sessions}
    assert await twin.collect(iter([1, 2])) == [1, 2]
    await twin.close()


async def test_the_twin_raises_what_the_client_raises(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, **ziti_sim.credentials))
    with pytest.raises(AttributeError):
        await twin.call("api_sessions.no_such_method")
    await twin.close()


async def test_the_recorder_keeps_each_request_as_sent(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    recorder = RequestRecorder()
    http_client = recorder.client(mode, timeout=5.0)
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, http_client=http_client, **ziti_sim.credentials))
    await twin.call("current_session")
    await twin.close()
    await close_http_client(http_client)
    paths = [request.url.path for request in recorder.sent]
    assert paths[-1].endswith("/current-api-session")
    assert "zt-session" in recorder.sent[-1].headers
    assert http_client.timeout.read == 5.0


class _SendTwice(httpx.Auth):
    """Sends the same request object twice, with another header the second time (as a re-login)."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["zt-session"] = "first"
        yield request
        request.headers["zt-session"] = "second"
        yield request


async def test_the_recorder_keeps_a_request_sent_again_as_it_was_each_time(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    recorder = RequestRecorder()
    http_client = recorder.client(mode, auth=_SendTwice())
    url = f"{ziti_sim.base_url}/current-api-session"
    if isinstance(http_client, httpx.Client):
        http_client.get(url)
    else:
        await http_client.get(url)
    await close_http_client(http_client)
    assert [request.headers["zt-session"] for request in recorder.sent] == ["first", "second"]
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
