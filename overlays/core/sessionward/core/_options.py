"""Per-call options (timeout, retries, extra headers, idempotency) that never touch a shared client.

`request_options(...)` sets them for the calls made inside a `with` block, through a context
variable, so they follow the caller's thread or task and nothing else; the HTTP client reads them
in `send()`. Scopes nest (inner values win, headers merge). `NOT_GIVEN` marks an option left alone,
because `None` would be ambiguous for a timeout.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Final, Literal

import httpx

from sessionward.core._values import Value


class NotGiven:
    """The type of `NOT_GIVEN`, the marker for an option the caller did not set."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(Value):
    """The per-call options in force; a None field means "use the client's setting"."""

    __slots__ = ("headers", "idempotent", "max_retries", "timeout")
    timeout: httpx.Timeout | None
    max_retries: int | None
    headers: tuple[tuple[str, str], ...]
    idempotent: bool | None

    def __init__(
        self,
        *,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: tuple[tuple[str, str], ...] = (),
        idempotent: bool | None = None,
    ) -> None:
        self._init(timeout=timeout, max_retries=max_retries, headers=headers, idempotent=idempotent)

    def merged_with(self, inner: RequestOptions) -> RequestOptions:
        """Return these options overridden by a nested scope's."""
        return RequestOptions(
            timeout=inner.timeout if inner.timeout is not None else self.timeout,
            max_retries=inner.max_retries if inner.max_retries is not None else self.max_retries,
            headers=self.headers + inner.headers,
            idempotent=inner.idempotent if inner.idempotent is not None else self.idempotent,
        )


NO_OPTIONS = RequestOptions()
_current: ContextVar[RequestOptions] = ContextVar("sessionward_request_options", default=NO_OPTIONS)


def current_options() -> RequestOptions:
    """Return the per-call options of the current thread or task."""
    return _current.get()


@contextmanager
def isolated_options() -> Iterator[None]:
    """Hide the per-call options from requests made while one request is in flight.

    A login that an auth strategy performs in the middle of a call must not inherit that call's
    extra headers or retry settings.
    """
    token = _current.set(NO_OPTIONS)
    try:
        yield
    finally:
        _current.reset(token)


@contextmanager
def request_options(
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    idempotent: bool | NotGiven = NOT_GIVEN,
) -> Iterator[None]:
    """Apply per-call options to every request sent inside the `with` block.

    Use it around one overlay call to change its timeout (finite seconds or an `httpx.Timeout`),
    its `max_retries`, to add headers, or to declare with `idempotent=True` that a POST is safe to
    retry (or with `False` that a GET is not). The client itself is not modified, so other threads
    and tasks are unaffected. Raises `ValueError` for an infinite or non-positive timeout or a
    negative `max_retries`.
    """
    scope = RequestOptions(
        timeout=None if isinstance(timeout, NotGiven) else coerce_timeout(timeout),
        max_retries=None if isinstance(max_retries, NotGiven) else check_max_retries(max_retries),
        headers=() if isinstance(headers, NotGiven) else check_headers(headers),
        idempotent=None if isinstance(idempotent, NotGiven) else bool(idempotent),
    )
    token = _current.set(_current.get().merged_with(scope))
    try:
        yield
    finally:
        _current.reset(token)


def coerce_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """Return `value` as an `httpx.Timeout`, refusing "no timeout" in any of its parts.

    A request that can wait forever is a hung program; sessionward always has a finite bound.
    Raises `ValueError` for None, infinite or non-positive parts, `TypeError` for other types.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | httpx.Timeout):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))
    for part in ("connect", "read", "write", "pool"):
        seconds = getattr(timeout, part)
        if seconds is None or not math.isfinite(seconds) or seconds <= 0:
            raise ValueError(f"the {part} timeout must be a finite number of seconds > 0")
    return timeout


def check_max_retries(value: int) -> int:
    """Return `value` if it is a valid retry count; raise `ValueError` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("max_retries must be an integer >= 0")
    return value


def check_headers(headers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """Return the headers as pairs, refusing non-strings and line breaks (header injection)."""
    pairs = []
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("header names and values must be str")
        if any(char in name + value for char in "\r\n\0"):
            raise ValueError(f"header {name.strip()!r} contains a line break or NUL")
        pairs.append((name, value))
    return tuple(pairs)
