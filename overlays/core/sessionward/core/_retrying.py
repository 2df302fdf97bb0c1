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
from typing import TYPE_CHECKING

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


def run_sync(exchange: Exchange, attempt: Callable[[], httpx.Response]) -> httpx.Response:
    """Call `attempt` until it returns or the policy stops retrying; raise the last error."""
    try:
        return attempt()
    except BaseException as error:  # tenacity sees every outcome; it re-raises what it keeps
        first: BaseException | None = error
    import tenacity

    def replayed() -> httpx.Response:
        nonlocal first
        if first is None:
            return attempt()
        error, first = first, None
        raise error

    retrying = tenacity.Retrying(
        stop=_stop(exchange),
        retry=exchange.should_retry,
        wait=exchange.wait,
        before_sleep=exchange.before_sleep,
        sleep=exchange.clock.sleep,
        reraise=True,
    )
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
        first: BaseException | None = error
    import tenacity

    async def replayed() -> httpx.Response:
        nonlocal first
        if first is None:
            return await attempt()
        error, first = first, None
        raise error

    retrying = tenacity.AsyncRetrying(
        stop=_stop(exchange),
        retry=exchange.should_retry,
        wait=exchange.wait,
        before_sleep=exchange.before_sleep,
        sleep=exchange.clock.asleep,
        reraise=True,
    )
    try:
        return await retrying(replayed)
    except SessionwardError as error:
        exchange.gave_up(error)
        raise
