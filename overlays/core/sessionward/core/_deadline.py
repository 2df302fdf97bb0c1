"""Bounding an attempt as a whole, not each socket operation: the deadline scope and its backend.

httpx's timeouts bound each socket operation, so a server that trickles one byte a second never
trips a two-second read timeout. An attempt therefore runs inside a deadline scope: an absolute
point in (real, monotonic) time, kept in a context variable so that it follows the thread or task
and covers a login made in the middle of the attempt. Async attempts are cancelled at the deadline
by an anyio cancel scope (`_http_client`). Sync I/O cannot be cancelled, so the inner client the
core builds connects through a `DeadlineBackend` (built on first use), which clamps the timeout
of every connect, read and write to what is left of the deadline and raises httpcore's timeout
once nothing is left.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

_deadline: ContextVar[float | None] = ContextVar("sessionward_deadline", default=None)


def outer_deadline() -> float | None:
    """The deadline of the attempt in progress in this thread or task (monotonic), if any."""
    return _deadline.get()


class deadline_scope:  # lower case: used like a function-style context manager
    """Run the block under a deadline `seconds` from now (or the enclosing one, if sooner).

    A class rather than a generator: every attempt enters one.
    """

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds

    def __enter__(self) -> None:
        at = time.monotonic() + self._seconds
        enclosing = _deadline.get()
        self._token = _deadline.set(at if enclosing is None or at < enclosing else enclosing)

    def __exit__(self, *exc_info: object) -> None:
        _deadline.reset(self._token)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise error("the attempt did not complete within its deadline")
    return left if timeout is None else min(timeout, left)


@functools.cache
def _backend_class() -> type[Any]:
    """Build `DeadlineBackend` on first use: httpcore (and anyio with it) is slow to import."""
    import httpcore

    class DeadlineStream(httpcore.NetworkStream):
        """A network stream whose every operation ends by the deadline of the attempt using it."""

        def __init__(self, stream: httpcore.NetworkStream) -> None:
            self._stream = stream

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

        def close(self) -> None:
            self._stream.close()

        def start_tls(
            self,
            ssl_context: Any,
            server_hostname: str | None = None,
            timeout: float | None = None,
        ) -> httpcore.NetworkStream:
            clamped = _clamp(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, clamped))

        def get_extra_info(self, info: str) -> Any:
            return self._stream.get_extra_info(info)

    class DeadlineBackend(httpcore.NetworkBackend):
        """httpcore's sync backend, with `DeadlineStream`s and deadline-clamped connects."""

        def __init__(self, backend: httpcore.NetworkBackend) -> None:
            self._backend = backend

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            clamped = _clamp(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(
                self._backend.connect_tcp(host, port, clamped, local_address, socket_options)
            )

        def connect_unix_socket(
            self,
            path: str,
            timeout: float | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            clamped = _clamp(timeout, httpcore.ConnectTimeout)
            return DeadlineStream(self._backend.connect_unix_socket(path, clamped, socket_options))

        def sleep(self, seconds: float) -> None:
            self._backend.sleep(seconds)

    return DeadlineBackend


def deadline_transport(**options: Any) -> Any:
    """Return an `httpx.HTTPTransport(**options)` whose connections honour the deadline scope.

    httpx does not take a network backend, so the one of its httpcore pool is wrapped; a pool
    without one (a future httpx) is left as it is, and then only the per-operation timeouts and
    the checks between attempts bound a sync call.
    """
    import httpcore
    import httpx

    transport = httpx.HTTPTransport(**options)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _backend_class()(backend)  # type: ignore[union-attr]
    return transport
