"""Admitting at most `max_connections` requests into the connection pool at once.

httpcore's pool re-scans every waiting request against every connection whenever one frees up,
so its cost grows with the square of the queue: 500 concurrent calls on 100 connections spend
most of their time in that scan. Queueing the surplus in a semaphore in front of the pool keeps
the pool's own queue short (four times faster for that burst). Waiting at the gate counts against
the pool timeout, and a timeout there is an `httpx.PoolTimeout`, like one inside the pool.

A request made while the same thread or task already holds a place (the login an auth strategy
performs in the middle of a call) passes the gate on that place: otherwise a burst of calls that
all wait for one login would hold every place while the login waits for one, until its pool
timeout. The outer request holds no connection meanwhile (it has not been sent yet, or its 401
answer was read and released), so the pool itself has room for the login.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import anyio

# Set while the current thread or task holds a place at a gate; nested requests then pass.
_holding: ContextVar[bool] = ContextVar("sessionward_gate_holding", default=False)


class Gate:
    """A pair of semaphores (sync and async) sized to the pool; `None` admits everything.

    One gate is shared by a client and all its views, since they share one pool.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self._sync = threading.BoundedSemaphore(limit) if limit else None
        self._async: anyio.Semaphore | None = None

    @contextmanager
    def admit(self, timeout: float | None, *, nested: bool = False) -> Iterator[None]:
        """Hold a place in the pool for the `with` block; raise `httpx.PoolTimeout` on timeout.

        With `nested=True`, a thread that already holds a place passes on it (see above).
        """
        if self._sync is None or (nested and _holding.get()):
            yield
            return
        if not self._sync.acquire(timeout=timeout):
            raise httpx.PoolTimeout("timed out waiting for a free connection")
        token = _holding.set(True)
        try:
            yield
        finally:
            _holding.reset(token)
            self._sync.release()

    @asynccontextmanager
    async def aadmit(self, timeout: float | None, *, nested: bool = False) -> AsyncIterator[None]:
        """The async twin of `admit`."""
        if not self.limit or (nested and _holding.get()):
            yield
            return
        import anyio

        if self._async is None:
            self._async = anyio.Semaphore(self.limit)
        try:
            with anyio.fail_after(timeout):
                await self._async.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("timed out waiting for a free connection") from None
        token = _holding.set(True)
        try:
            yield
        finally:
            _holding.reset(token)
            self._async.release()


def pool_timeout(request: httpx.Request) -> float | None:
    """Return the pool timeout of a request (its `timeout` extension), if it has one."""
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("pool")
        return float(value) if isinstance(value, int | float) else None
    return None
