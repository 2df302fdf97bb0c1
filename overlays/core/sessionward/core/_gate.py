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
from contextvars import ContextVar, Token
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

    def admit(self, timeout: float | None, *, nested: bool = False) -> _Admission:
        """Hold a place in the pool for the `with` block; raise `httpx.PoolTimeout` on timeout.

        With `nested=True`, a thread that already holds a place passes on it (see above).
        """
        return _Admission(self, timeout, nested)

    def aadmit(self, timeout: float | None, *, nested: bool = False) -> _AsyncAdmission:
        """The async twin of `admit`, for `async with`."""
        return _AsyncAdmission(self, timeout, nested)

    def _async_semaphore(self) -> anyio.Semaphore:
        if self._async is None:
            import anyio

            assert self.limit
            self._async = anyio.Semaphore(self.limit)
        return self._async


# Context managers as classes rather than generators: one wraps every attempt.


class _Admission:
    """The place `Gate.admit` holds; released on leaving the block."""

    __slots__ = ("_gate", "_nested", "_timeout", "_token")

    def __init__(self, gate: Gate, timeout: float | None, nested: bool) -> None:
        self._gate = gate
        self._timeout = timeout
        self._nested = nested
        self._token: Token[bool] | None = None

    def __enter__(self) -> None:
        semaphore = self._gate._sync
        if semaphore is None or (self._nested and _holding.get()):
            return
        if not semaphore.acquire(timeout=self._timeout):
            raise httpx.PoolTimeout("timed out waiting for a free connection")
        self._token = _holding.set(True)

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _holding.reset(self._token)
            assert self._gate._sync is not None
            self._gate._sync.release()


class _AsyncAdmission:
    """The place `Gate.aadmit` holds; released on leaving the block."""

    __slots__ = ("_gate", "_nested", "_semaphore", "_timeout", "_token")

    def __init__(self, gate: Gate, timeout: float | None, nested: bool) -> None:
        self._gate = gate
        self._timeout = timeout
        self._nested = nested
        self._token: Token[bool] | None = None
        self._semaphore: anyio.Semaphore | None = None

    async def __aenter__(self) -> None:
        if not self._gate.limit or (self._nested and _holding.get()):
            return
        import anyio

        semaphore = self._gate._async_semaphore()
        try:
            # A free place is taken without a cancel scope, which costs more than the rest.
            semaphore.acquire_nowait()
        except anyio.WouldBlock:
            try:
                with anyio.fail_after(self._timeout):
                    await semaphore.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("timed out waiting for a free connection") from None
        self._semaphore = semaphore
        self._token = _holding.set(True)

    async def __aexit__(self, *exc_info: object) -> None:
        if self._token is not None and self._semaphore is not None:
            _holding.reset(self._token)
            self._semaphore.release()


def pool_timeout(request: httpx.Request) -> float | None:
    """Return the pool timeout of a request (its `timeout` extension), if it has one."""
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("pool")
        return float(value) if isinstance(value, int | float) else None
    return None
