"""Remembering the last response a call received, for errors raised after `send()` returned.

The generated code parses a body after the HTTP client handed it back; when that parsing fails,
`unwrap` needs the raw response to build its error. It opens a capture (a context variable, so it
belongs to the calling thread or task) and the HTTP client records each response into it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx


class Capture:
    """Holds the last response received while the capture was open (None before the first)."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


_current: ContextVar[Capture | None] = ContextVar("sessionward_capture", default=None)


@contextmanager
def capturing() -> Iterator[Capture]:
    """Open a capture for the calls made inside the `with` block."""
    capture = Capture()
    token = _current.set(capture)
    try:
        yield capture
    finally:
        _current.reset(token)


def record_response(response: httpx.Response) -> None:
    """Record a response into the open capture, if there is one."""
    capture = _current.get()
    if capture is not None:
        capture.response = response
