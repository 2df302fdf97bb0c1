"""Per-call cost of each overlay's listing call against raw httpx on the same loopback endpoint.

The baseline is what a careful user writes by hand: one shared `httpx.Client` (or
`httpx.AsyncClient`), a GET of the same URL with the same headers the overlay sent (its
credential included: a session token from a login, a JWT signed once), then `json.loads` of
the body. The overlay adds per-call options, retries, the deadline, error mapping, logging hooks
and the validating model parse; the ratio says what that costs.

Two figures per API, each against its baseline in the same run, sampled in alternating rounds so
drift on a shared machine hits both: sequential calls (seconds per call, wall and this process's
CPU), and `ASYNC_CALLS` async calls at concurrency `ASYNC_CONCURRENCY` (wall time of the batch,
and this process's CPU per call). Each simulator runs in its own process, so the CPU figure is
the client's alone; the wall figure also holds the server's time, the same for both sides.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from bench._overlays import LISTINGS, Listing, client_arguments
from bench._simulator import running
from sessionward.testing import RequestRecorder

ASYNC_CALLS = 1000
ASYNC_CONCURRENCY = 50
WARM_CALLS = 200
SIZE = 20  # items served by each simulator: a listing a dashboard would fetch
# The baseline has no retries, so it must not reuse a connection the simulator (uvicorn, 5 s)
# is closing for idleness while the other side's batch runs.
RAW_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=2.0)


@dataclass(frozen=True)
class Timing:
    """Median seconds per call, wall and process CPU, of one side of a comparison."""

    wall: float
    cpu: float


@dataclass(frozen=True)
class Comparison:
    """One API's overlay against its raw httpx baseline, measured in the same rounds."""

    key: str
    overlay: Timing
    raw: Timing

    @property
    def wall_ratio(self) -> float:
        return self.overlay.wall / self.raw.wall

    @property
    def cpu_ratio(self) -> float:
        return self.overlay.cpu / self.raw.cpu


def _median(samples: list[tuple[float, float]]) -> Timing:
    return Timing(
        wall=statistics.median(wall for wall, _ in samples),
        cpu=statistics.median(cpu for _, cpu in samples),
    )


def _replayed(recorder: RequestRecorder) -> tuple[str, list[tuple[str, str]]]:
    """The URL and headers of the last request `recorder` kept, to replay as the baseline."""
    assert recorder.sent, "the overlay sent nothing"
    request = recorder.sent[-1]
    return str(request.url), list(request.headers.multi_items())


def _sequential(
    key: str, listing: Listing, base_url: str, credentials: dict[str, object]
) -> Comparison:
    recorder = RequestRecorder()
    with httpx.Client(event_hooks={"request": [recorder.keep]}) as recording:
        probe = listing.sync_client(base_url, http_client=recording, **credentials)
        listing.call(probe)
    url, headers = _replayed(recorder)
    with (
        listing.sync_client(base_url, **credentials) as client,
        httpx.Client(limits=RAW_LIMITS) as raw,
    ):

        def overlay() -> object:
            return listing.call(client)

        def baseline() -> object:
            return json.loads(raw.get(url, headers=headers).content)

        return Comparison(key, *_alternate(overlay, baseline, rounds=15, per_round=40))


def _alternate(
    first: Callable[[], object], second: Callable[[], object], *, rounds: int, per_round: int
) -> tuple[Timing, Timing]:
    for _ in range(per_round):  # warm both connection pools and code paths
        first()
        second()
    samples: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
    for _ in range(rounds):
        for action, kept in zip((first, second), samples, strict=True):
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(per_round):
                action()
            kept.append(
                (
                    (time.perf_counter() - wall) / per_round,
                    (time.process_time() - cpu) / per_round,
                )
            )
    return _median(samples[0]), _median(samples[1])


async def _batch(
    call: Callable[[], Awaitable[object]], calls: int = ASYNC_CALLS
) -> tuple[float, float]:
    import anyio

    limiter = anyio.Semaphore(ASYNC_CONCURRENCY)

    async def one() -> None:
        async with limiter:
            await call()

    wall, cpu = time.perf_counter(), time.process_time()
    async with anyio.create_task_group() as group:
        for _ in range(calls):
            group.start_soon(one)
    return time.perf_counter() - wall, (time.process_time() - cpu) / calls


async def _concurrent(
    key: str, listing: Listing, base_url: str, credentials: dict[str, object], rounds: int
) -> Comparison:
    recorder = RequestRecorder()
    async with httpx.AsyncClient(event_hooks={"request": [recorder.akeep]}) as recording:
        probe = listing.async_client(base_url, http_client=recording, **credentials)
        await listing.acall(probe)
    url, headers = _replayed(recorder)
    async with (
        listing.async_client(base_url, **credentials) as client,
        httpx.AsyncClient(limits=RAW_LIMITS) as raw,
    ):

        def overlay() -> Awaitable[object]:
            return listing.acall(client)

        async def baseline() -> object:
            return json.loads((await raw.get(url, headers=headers)).content)

        # Warm both pools to the concurrency, and both code paths.
        await _batch(overlay, WARM_CALLS)
        await _batch(baseline, WARM_CALLS)
        samples: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        for _ in range(rounds):
            samples[0].append(await _batch(overlay))
            samples[1].append(await _batch(baseline))
    return Comparison(key, _median(samples[0]), _median(samples[1]))


def call_ratios(*, async_rounds: int = 3) -> tuple[list[Comparison], list[Comparison]]:
    """Measure every API: return the sequential comparisons, then the async ones."""
    import anyio

    sequential, concurrent = [], []
    for key, listing in LISTINGS.items():
        with running(key, size=SIZE) as ready:
            base_url, credentials = client_arguments(ready)
            sequential.append(_sequential(key, listing, base_url, credentials))
            concurrent.append(
                anyio.run(_concurrent, key, listing, base_url, credentials, async_rounds)
            )
    return sequential, concurrent
