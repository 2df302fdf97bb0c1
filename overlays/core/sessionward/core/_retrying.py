"""The retry loop, run by tenacity with the exchange's policy and the client's injectable clock.

tenacity supplies the loop for both I/O styles (`Retrying`, `AsyncRetrying`) and the injectable
sleep; what is retried and how long to wait are answered by the `Exchange`. Most calls succeed at
the first attempt, and building tenacity's loop costs more than the rest of the core's per-call
work (its outcome futures, its coroutine checks), so the first attempt runs on its own: only a
failed one starts the loop, which takes that failure as its first outcome and decides from there
exactly as if it had made the attempt itself. tenacity is imported on the first failure, not at
import time, to keep `import sessionward.core` cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx

from sessionward.core._exceptions import SessionwardError
from sessionward.core._exchange import Exchange

if TYPE_CHECKING:
    import tenacity.stop


@functools.cache
def _out_of_time_class() -> type[tenacity.stop.stop_base]:
    import tenacity

    class OutOfTime(tenacity.stop.stop_base):
        """Stop when the exchange's deadline leaves no room for the retry about to be made."""

        def __init__(self, exchange: Exchange) -> None:
            self.exchange = exchange

        def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
            return self.exchange.out_of_time(retry_state)

    return OutOfTime


def _stop(exchange: Exchange) -> tenacity.stop.stop_base:
    import tenacity

    # Out of attempts, or out of time: a retry whose wait leaves no room for it is not made.
    out_of_time = _out_of_time_class()(exchange)  # type: ignore[call-arg]
    return tenacity.stop_after_attempt(exchange.attempts) | out_of_time


class _FirstFailure:
    """The failure of the attempt made before the loop, handed to tenacity as its first outcome."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error: BaseException | None = error

    def take(self) -> BaseException | None:
        """The failure the first time, then `None`: later attempts are real ones."""
        error, self.error = self.error, None
        return error


def _loop_options(exchange: Exchange) -> dict[str, Any]:
    """Tenacity's loop settings from the exchange, the same for both I/O styles (sleep apart)."""
    return {
        "stop": _stop(exchange),
        "retry": exchange.should_retry,
        "wait": exchange.wait,
        "before_sleep": exchange.before_sleep,
        "reraise": True,
    }


def run_sync(exchange: Exchange, attempt: Callable[[], httpx.Response]) -> httpx.Response:
    """Call `attempt` until it returns or the policy stops retrying; raise the last error."""
    try:
        return attempt()
    except BaseException as error:  # tenacity sees every outcome; it re-raises what it keeps
        first = _FirstFailure(error)
    import tenacity

    def replayed() -> httpx.Response:
        if (error := first.take()) is not None:
            raise error
        return attempt()

    retrying = tenacity.Retrying(sleep=exchange.clock.sleep, **_loop_options(exchange))
    try:
        return retrying(replayed)
    except SessionwardError as error:
        exchange.gave_up(error)
        raise


async def run_async(
    exchange: Exchange, attempt: Callable[[], Awaitable[httpx.Response]]
) -> httpx.Response:
    """The async twin of `run_sync`."""
    try:
        return await attempt()
    except BaseException as error:  # see run_sync
        first = _FirstFailure(error)
    import tenacity

    async def replayed() -> httpx.Response:
        if (error := first.take()) is not None:
            raise error
        return await attempt()

    retrying = tenacity.AsyncRetrying(sleep=exchange.clock.asleep, **_loop_options(exchange))
    try:
        return await retrying(replayed)
    except SessionwardError as error:
        exchange.gave_up(error)
        raise
