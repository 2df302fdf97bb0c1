"""The retry loop, run by tenacity with the exchange's policy and the client's injectable clock.

tenacity supplies the loop for both I/O styles (`Retrying`, `AsyncRetrying`) and the injectable
sleep; what is retried and how long to wait are answered by the `Exchange`. tenacity is imported
on the first request, not at import time, to keep `import sessionward.core` cheap.
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
    import tenacity

    retrying = tenacity.Retrying(
        stop=_stop(exchange),
        retry=exchange.should_retry,
        wait=exchange.wait,
        before_sleep=exchange.before_sleep,
        sleep=exchange.clock.sleep,
        reraise=True,
    )
    try:
        return retrying(attempt)
    except SessionwardError as error:
        exchange.gave_up(error)
        raise


async def run_async(
    exchange: Exchange, attempt: Callable[[], Awaitable[httpx.Response]]
) -> httpx.Response:
    """The async twin of `run_sync`."""
    import tenacity

    retrying = tenacity.AsyncRetrying(
        stop=_stop(exchange),
        retry=exchange.should_retry,
        wait=exchange.wait,
        before_sleep=exchange.before_sleep,
        sleep=exchange.clock.asleep,
        reraise=True,
    )
    try:
        return await retrying(attempt)
    except SessionwardError as error:
        exchange.gave_up(error)
        raise
