"""Running one Ziti test against the sync and the async client alike, plus a fake clock.

`Twin` holds a `Ziti` or an `AsyncZiti` and exposes `call("api_sessions.get", id)`, which
awaits the result for the async client and simply calls the sync one (the simulator serves from
its own thread, so blocking the test's event loop is harmless), and `collect(pager)`, which
drains a sync or an async pager. `FakeClock` starts at the real time (so the controller's clock
and the client's agree) and only moves when the client sleeps, so retry waits take no time.
"""

from __future__ import annotations

import builtins
import inspect
import time
from collections.abc import AsyncGenerator, AsyncIterable, Generator, Iterable
from typing import Any, Literal, TypeVar, cast

import anyio.lowlevel

from sessionward.core import Page
from sessionward.testing import RequestRecord, Simulator
from sessionward.ziti import AsyncZiti, Ziti

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
T = TypeVar("T")


class FakeClock:
    """A clock that starts now and advances only when something sleeps (or `advance`)."""

    def __init__(self) -> None:
        self.now = time.time()
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
    """A `Ziti` or `AsyncZiti` behind one async interface."""

    def __init__(self, client: Ziti | AsyncZiti) -> None:
        self.client = client

    @classmethod
    def build(cls, mode: Mode, base_url: str, **kwargs: Any) -> Twin:
        if mode == "sync":
            return cls(Ziti(base_url, **kwargs))
        return cls(AsyncZiti(base_url, **kwargs))

    @property
    def mode(self) -> Mode:
        return "sync" if isinstance(self.client, Ziti) else "async"

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
        """All sessions `api_sessions.list(**kwargs)` yields."""
        return await self.collect(self.client.api_sessions.list(**kwargs))

    async def first_page(self, **kwargs: Any) -> builtins.list[Any]:
        """The sessions of the first page of `api_sessions.list(**kwargs)` only."""
        # pages() is a generator, typed as an iterator: closed here so that no fetch is pending.
        if isinstance(self.client, Ziti):
            pages = cast(Generator[Page[Any]], self.client.api_sessions.list(**kwargs).pages())
            try:
                return builtins.list(next(pages).items)
            finally:
                pages.close()
        apages = cast(AsyncGenerator[Page[Any]], self.client.api_sessions.list(**kwargs).pages())
        try:
            return builtins.list((await anext(apages)).items)
        finally:
            await apages.aclose()

    async def close(self) -> None:
        if isinstance(self.client, Ziti):
            self.client.close()
        else:
            await self.client.aclose()


def operations(sim: Simulator) -> list[str | None]:
    """The operationIds of the requests the simulator received, oldest first."""
    return [record.operation for record in sim.requests()]


def answered(sim: Simulator, operation: str) -> list[int | None]:
    """The statuses the simulator answered to requests of `operation`, oldest first."""
    return [record.status for record in sim.requests() if record.operation == operation]


def records(sim: Simulator, operation: str) -> list[RequestRecord]:
    """The request records of `operation`, oldest first."""
    return [record for record in sim.requests() if record.operation == operation]
