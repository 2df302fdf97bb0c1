"""Waiting for something the server does after the client has moved on, with a bound."""

from __future__ import annotations

import time
from collections.abc import Callable

POLL_INTERVAL = 0.01


def eventually(condition: Callable[[], bool], *, within: float = 5.0) -> bool:
    """Poll `condition` until it holds or `within` seconds pass; returns its last value."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(POLL_INTERVAL)
    return True
