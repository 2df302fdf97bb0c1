"""Helpers for tests that run one behaviour against a sync and an async client alike.

`FakeClock` satisfies the core's `Clock` protocol (pass it as `clock=` to any sessionward client):
it records every sleep and advances time at once, so retry and expiry tests never wait. `Twin`
puts a sync or an async client behind one async interface, so one test body serves both modes.
`RequestRecorder` is an httpx client of either kind that keeps every request exactly as sent.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterable, Iterable
from typing import Any, Generic, Literal, TypeVar

import anyio.lowlevel
import httpx

C = TypeVar("C")
T = TypeVar("T")


class FakeClock:
    """A clock that moves only when something sleeps on it or the test calls `advance`.

    Use it as the `clock=` of a sessionward client in tests of retries, `Retry-After` waits and
    token expiry. `start` is the initial Unix time (default: the real time now, so that a
    simulator's clock and the client's agree); the monotonic reading starts at 0. `sleeps` lists
    every sleep in order. Raises nothing.
    """

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self.mono = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        """The fake Unix time."""
        return self.now

    def monotonic(self) -> float:
        """The fake monotonic reading."""
        return self.mono

    def advance(self, seconds: float) -> None:
        """Move both readings on by `seconds` without recording a sleep."""
        self.now += seconds
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        """Record the sleep and advance at once."""
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        """Record the sleep, advance at once, and let other tasks run (a checkpoint)."""
        self.sleep(seconds)
        await anyio.lowlevel.checkpoint()

    def __repr__(self) -> str:
        return f"FakeClock(now={self.now!r}, sleeps={len(self.sleeps)})"


class Twin(Generic[C]):
    """A sync or an async sessionward client behind one async interface.

    Use it to write one `async` test body for both clients: `await twin.call("api_sessions.get",
    id)` calls the method at the dotted path and awaits the result when the client is async (the
    simulators serve from their own threads, so blocking the test's event loop in the sync mode is
    harmless). Subclass it to name a resource's methods. Raises whatever the client raises.
    """

    def __init__(self, client: C) -> None:
        self.client = client

    @property
    def mode(self) -> Literal["sync", "async"]:
        """`"async"` for a client closed with `aclose`, else `"sync"`."""
        return "async" if hasattr(self.client, "aclose") else "sync"

    async def call(self, path: str, *args: Any, **kwargs: Any) -> Any:
        """Call the method at the dotted `path` of the client, awaiting it when async."""
        target: Any = self.client
        for part in path.split("."):
            target = getattr(target, part)
        result = target(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def collect(self, pager: Iterable[T] | AsyncIterable[T]) -> list[T]:
        """Drain a pager (or any iterable) of either kind into a list."""
        if isinstance(pager, AsyncIterable):
            return [item async for item in pager]
        return list(pager)

    async def close(self) -> None:
        """Close the client (`close` or `aclose`)."""
        await self.call("aclose" if self.mode == "async" else "close")


class RequestRecorder:
    """Keeps each request exactly as a client sent it (after auth), for sync or async clients.

    Use `recorder.client(mode)` as the `http_client=` of a sessionward client, then read
    `recorder.sent`. Keyword arguments go to the httpx client. The caller closes the client.
    Each entry is a copy taken when the request was sent: an auth flow may send the same request
    object again with other headers (a new token after a 401), and both sendings are kept.
    """

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def keep(self, request: httpx.Request) -> None:
        """The sync request hook: keep a copy of `request` as it is sent now."""
        self.sent.append(_sent_copy(request))

    async def akeep(self, request: httpx.Request) -> None:
        """The async request hook: keep a copy of `request` as it is sent now."""
        self.keep(request)

    def client(
        self, mode: Literal["sync", "async"], **kwargs: Any
    ) -> httpx.Client | httpx.AsyncClient:
        """A new httpx client of `mode` whose every request is kept."""
        if mode == "sync":
            return httpx.Client(event_hooks={"request": [self.keep]}, **kwargs)
        return httpx.AsyncClient(event_hooks={"request": [self.akeep]}, **kwargs)


def _sent_copy(request: httpx.Request) -> httpx.Request:
    try:
        body: httpx.ByteStream | httpx.SyncByteStream | httpx.AsyncByteStream
        body = httpx.ByteStream(request.content)
    except httpx.RequestNotRead:
        # A streamed body is sent once, as it is read; the copy shares the stream.
        body = request.stream
    # The body goes in as a stream, so the copy's headers are the request's, with no
    # Content-Length added beside a chunked Transfer-Encoding.
    copy = httpx.Request(
        request.method,
        request.url,
        headers=request.headers.copy(),
        stream=body,
        extensions=dict(request.extensions),
    )
    if isinstance(body, httpx.ByteStream):
        copy.read()
    return copy
