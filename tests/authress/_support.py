"""Running one Authress test against the sync and the async client alike, and what they send.

`Twin` holds an `Authress` or an `AsyncAuthress` and exposes `call("connections.get", id)`,
awaiting the result for the async client, and `collect(pager)`. `Recorder` is an httpx client
of the caller's (sync or async) whose request hook keeps every request as sent, auth header
included, so tests can read the minted JWTs and request bodies. `FakeClock` starts at a given
real time and moves only when the client sleeps (or the test advances it).
"""

from __future__ import annotations

import inspect
import json
import time
from collections.abc import AsyncIterable, Iterable
from typing import Any, Literal, TypeVar

import anyio.lowlevel
import httpx
import jwt

from sessionward.authress import AsyncAuthress, Authress
from sessionward.testing import Simulator

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
T = TypeVar("T")


class FakeClock:
    """A clock that starts at `start` (default: now) and advances only when told or slept."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self.mono = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.mono += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await anyio.lowlevel.checkpoint()


class Twin:
    """An `Authress` or `AsyncAuthress` behind one async interface."""

    def __init__(self, client: Authress | AsyncAuthress) -> None:
        self.client = client

    @classmethod
    def build(cls, mode: Mode, base_url: str, **kwargs: Any) -> Twin:
        if mode == "sync":
            return cls(Authress(base_url, **kwargs))
        return cls(AsyncAuthress(base_url, **kwargs))

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
        """Drain a pager of either kind into a list."""
        if isinstance(pager, AsyncIterable):
            return [item async for item in pager]
        return list(pager)

    async def list(self, **kwargs: Any) -> list[Any]:
        """All connections `connections.list(**kwargs)` yields."""
        return await self.collect(self.client.connections.list(**kwargs))

    async def close(self) -> None:
        if isinstance(self.client, Authress):
            self.client.close()
        else:
            await self.client.aclose()


class Recorder:
    """Keeps each request exactly as the client sent it (after auth), for sync or async use."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def keep(self, request: httpx.Request) -> None:
        self.sent.append(request)

    async def akeep(self, request: httpx.Request) -> None:
        self.sent.append(request)

    def client(self, mode: Mode) -> httpx.Client | httpx.AsyncClient:
        if mode == "sync":
            return httpx.Client(event_hooks={"request": [self.keep]})
        return httpx.AsyncClient(event_hooks={"request": [self.akeep]})

    def tokens(self) -> list[str]:
        """The bearer tokens sent, in order."""
        return [request.headers["Authorization"].removeprefix("Bearer ") for request in self.sent]

    def claims(self, index: int = -1) -> dict[str, Any]:
        """The claims of a sent JWT, unverified."""
        token = self.tokens()[index]
        decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        return decoded

    def body(self, index: int = -1) -> dict[str, Any]:
        """The JSON body of a sent request."""
        decoded: dict[str, Any] = json.loads(self.sent[index].content)
        return decoded


async def close_http_client(client: httpx.Client | httpx.AsyncClient) -> None:
    if isinstance(client, httpx.Client):
        client.close()
    else:
        await client.aclose()


def answered(sim: Simulator, operation: str) -> list[int | None]:
    """The statuses the simulator answered to requests of `operation`, oldest first."""
    return [record.status for record in sim.requests() if record.operation == operation]


def operations(sim: Simulator) -> list[str | None]:
    """The operationIds of the requests the simulator received, oldest first."""
    return [record.operation for record in sim.requests()]
