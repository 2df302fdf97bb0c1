"""Per-call options (timeout, retries, extra headers, idempotency) that never touch a shared client.

Besides the per-operation `timeout`, a `deadline` bounds a whole call (every attempt and the waits
between them) and `max_response_size` the decompressed body one response may have.
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
from typing import Any, Final, Literal

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

# The longest timeout or deadline accepted: longer is a mistake, and past ~1e9 seconds the
# operating system's waits overflow (a sync call with timeout=1e10 died of OverflowError).
MAX_SECONDS: Final = 86_400.0


class RequestOptions(Value):
    """The per-call options in force; a None field means "use the client's setting"."""

    __slots__ = (
        "deadline",
        "headers",
        "idempotent",
        "max_response_size",
        "max_retries",
        "timeout",
    )
    timeout: httpx.Timeout | None
    max_retries: int | None
    headers: tuple[tuple[str, str], ...]
    idempotent: bool | None
    deadline: float | None
    max_response_size: int | None

    def __init__(self, **fields: Any) -> None:
        # Internal (built by `request_options()` and for `NO_OPTIONS`), so keyword arguments
        # matching `__slots__`: a field not given is None (the client's setting), no extra headers.
        self._init(**{**dict.fromkeys(self.__slots__), "headers": (), **fields})

    def merged_with(self, inner: RequestOptions) -> RequestOptions:
        """Return these options overridden by a nested scope's (whose headers add to these)."""
        given = {name: getattr(inner, name) for name in self.__slots__}
        merged = {name: value for name, value in given.items() if value is not None}
        merged["headers"] = self.headers + inner.headers
        return self.evolve(**merged)


NO_OPTIONS = RequestOptions()
_current: ContextVar[RequestOptions] = ContextVar("sessionward_request_options", default=NO_OPTIONS)


def current_options() -> RequestOptions:
    """Return the per-call options of the current thread or task."""
    return _current.get()


class isolated_options:  # lower case: used like the function-style context managers here
    """Hide the per-call options from requests made while one request is in flight.

    A login that an auth strategy performs in the middle of a call must not inherit that call's
    extra headers or retry settings. A class rather than a generator: it wraps every request.
    """

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _current.set(NO_OPTIONS)

    def __exit__(self, *exc_info: object) -> None:
        _current.reset(self._token)


@contextmanager
def request_options(
    *,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    idempotent: bool | NotGiven = NOT_GIVEN,
    deadline: float | NotGiven = NOT_GIVEN,
    max_response_size: int | NotGiven = NOT_GIVEN,
) -> Iterator[None]:
    """Apply per-call options to every request sent inside the `with` block.

    Use it around one overlay call to change its timeout (finite seconds or an `httpx.Timeout`),
    its `max_retries`, its `deadline` (seconds for the whole call, retries included), its
    `max_response_size` (bytes of decompressed body), to add headers, or to declare with
    `idempotent=True` that a POST is safe to retry (or with `False` that a GET is not). The
    client itself is not modified, so other threads and tasks are unaffected. Raises
    `ValueError` for an infinite, non-positive or over-long timeout or deadline, a negative
    `max_retries` or a `max_response_size` below 1.
    """
    scope = RequestOptions(
        timeout=None if isinstance(timeout, NotGiven) else coerce_timeout(timeout),
        max_retries=None if isinstance(max_retries, NotGiven) else check_max_retries(max_retries),
        headers=() if isinstance(headers, NotGiven) else check_headers(headers),
        idempotent=None if isinstance(idempotent, NotGiven) else bool(idempotent),
        deadline=None if isinstance(deadline, NotGiven) else check_deadline(deadline),
        max_response_size=(
            None
            if isinstance(max_response_size, NotGiven)
            else check_max_response_size(max_response_size)
        ),
    )
    token = _current.set(_current.get().merged_with(scope))
    try:
        yield
    finally:
        _current.reset(token)


def coerce_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """Return `value` as an `httpx.Timeout`, refusing "no timeout" in any of its parts.

    A request that can wait forever is a hung program; sessionward always has a finite bound, and
    one the operating system can represent (at most `MAX_SECONDS`, a day). Raises `ValueError`
    for None, infinite, non-positive or over-long parts, `TypeError` for other types.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | httpx.Timeout):
        raise TypeError("timeout must be a number of seconds or an httpx.Timeout")
    if not isinstance(value, httpx.Timeout):
        value = _seconds("timeout", value)
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
    for part in ("connect", "read", "write", "pool"):
        _seconds(f"the {part} timeout", getattr(timeout, part))
    return timeout


def _seconds(what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} must be a finite number of seconds > 0")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"{what} must be a finite number of seconds > 0")
    if seconds > MAX_SECONDS:
        raise ValueError(f"{what} must be at most {MAX_SECONDS:g} seconds (a day)")
    return seconds


def check_deadline(value: float) -> float:
    """Return `value` as seconds if it is a valid deadline; raise `ValueError` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("deadline must be a number of seconds")
    return _seconds("deadline", value)


def check_max_response_size(value: int) -> int:
    """Return `value` if it is a valid body size limit in bytes; raise `ValueError` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("max_response_size must be an integer number of bytes >= 1")
    return value


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
