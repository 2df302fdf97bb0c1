"""The clock the core reads and sleeps on, injectable so that retry and expiry logic is testable.

Everything time-dependent (backoff sleeps, `Retry-After` dates, rate-limit reset timestamps, token
expiry, elapsed times in logs) goes through a `Clock`; tests hand the client a fake one that
records sleeps and advances instantly instead of waiting.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """What the core needs from time: wall time, monotonic time, and sync and async sleep.

    Implement it to control time in tests; production code uses `SystemClock`.
    """

    def time(self) -> float:
        """Seconds since the Unix epoch (for HTTP dates, reset timestamps and token expiry)."""
        ...

    def monotonic(self) -> float:
        """A monotonic reading in seconds (for elapsed times)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block the calling thread for `seconds`."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Suspend the calling task for `seconds`."""
        ...


class SystemClock:
    """The real clock: `time.time`, `time.monotonic`, `time.sleep` and `anyio.sleep`."""

    def time(self) -> float:
        """Return `time.time()`."""
        return time.time()

    def monotonic(self) -> float:
        """Return `time.monotonic()`."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Sleep with `time.sleep`."""
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Sleep with `anyio.sleep`, so asyncio and trio both work."""
        # Imported here: anyio pulls in asyncio, which a sync-only program never needs.
        import anyio

        await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
