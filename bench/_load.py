"""Load under faults: 1,000 async calls at concurrency 100 across the four clients.

Each simulator runs in its own process (through the CLI). While the calls run, a driver arms
faults on the simulators over their control API, one call in ten gets a 503 and one in twenty a
dropped connection on one of its attempts, spread over the run rather than bunched at the start. The
clients run with their defaults (retries, backoff, deadline, size limit). Reported: calls that
succeeded, typed errors (sessionward errors) by class, untyped errors (anything else, the target
is none), the p50 and p99 latency of a call, and the process's peak RSS. The same calls without
faults, in the same run and against the same simulators, are the latency baseline.
"""

from __future__ import annotations

import contextlib
import resource
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bench._overlays import LISTINGS, client_arguments
from bench._simulator import running
from sessionward.core import SessionwardError
from sessionward.testing import Simulator

CALLS = 1000
CONCURRENCY = 100
SERVER_ERROR_EVERY = 10  # ~10 % of calls meet a 503
DROP_EVERY = 20  # ~5 % of calls meet a dropped connection
KEYS = tuple(LISTINGS)


@dataclass
class LoadResult:
    """What the run counted; latencies in seconds, RSS in MiB."""

    calls: int
    succeeded: int = 0
    typed: Counter[str] = field(default_factory=Counter)
    untyped: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    peak_rss_mib: float = 0.0

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies)

    @property
    def p99(self) -> float:
        return self.percentile(0.99)


@contextlib.contextmanager
def _simulators() -> Iterator[dict[str, dict[str, Any]]]:
    with contextlib.ExitStack() as stack:
        yield {key: stack.enter_context(running(key, size=30)) for key in KEYS}


def _handle(key: str, ready: dict[str, Any]) -> Simulator:
    base_url: str = ready["base_url"]
    origin = base_url.split("/", 3)
    return Simulator(
        api=key,
        origin="/".join(origin[:3]),
        base_url=base_url,
        credentials=ready["credentials"],
    )


async def _run(ready: dict[str, dict[str, Any]], faults: bool) -> LoadResult:
    import anyio
    import anyio.to_thread

    result = LoadResult(calls=CALLS)
    handles = {key: _handle(key, ready[key]) for key in KEYS}
    clients: dict[str, Any] = {}
    for key in KEYS:
        base_url, credentials = client_arguments(ready[key])
        clients[key] = LISTINGS[key].async_client(base_url, **credentials)
    limiter = anyio.Semaphore(CONCURRENCY)

    async def arm(index: int, key: str) -> None:
        # The fault hits whichever request of that API comes next: a first attempt or a retry.
        if not faults:
            return
        if index % SERVER_ERROR_EVERY == 0:
            await anyio.to_thread.run_sync(
                lambda: handles[key].inject_fault("GET", "*", status=503, times=1)
            )
        if index % DROP_EVERY == 7:
            await anyio.to_thread.run_sync(
                lambda: handles[key].inject_fault("GET", "*", action="drop", times=1)
            )

    async def call(index: int) -> None:
        key = KEYS[index % len(KEYS)]
        async with limiter:
            await arm(index, key)
            start = time.perf_counter()
            try:
                await LISTINGS[key].acall(clients[key])
            except SessionwardError as error:
                result.typed[type(error).__name__] += 1
            except Exception as error:  # counted, not hidden: the figure whose target is 0
                result.untyped[type(error).__name__] += 1
            else:
                result.succeeded += 1
            finally:
                result.latencies.append(time.perf_counter() - start)

    try:
        async with anyio.create_task_group() as group:
            for index in range(CALLS):
                group.start_soon(call, index)
    finally:
        for client in clients.values():
            await client.aclose()
    result.peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def load_with_faults() -> tuple[LoadResult, LoadResult]:
    """Run the calls without faults, then with them; return both results (baseline first)."""
    import anyio

    with _simulators() as ready:
        baseline = anyio.run(_run, ready, False)
        faulted = anyio.run(_run, ready, True)
    return baseline, faulted
