"""Peak memory while iterating 100,000 items through an API's lazy ``list()`` pager.

The APIs are those whose bench module names a pager (`Workload.paging`). Measured with
``tracemalloc`` in this process (the simulator runs in its own). The baseline is the same
iteration kept in a list, which is what an eager, unpaged client would hold.
"""

from __future__ import annotations

import importlib
import tracemalloc
from collections.abc import Callable

from bench._registry import APIS, WORKLOADS
from bench._simulator import running
from bench._workload import Paging

SESSIONS = 100_000
PAGE_SIZE = 500


def _peak_growth(action: Callable[[], int]) -> tuple[int, float]:
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    count = action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count, (peak - before) / 1_000_000


def _one(key: str, paging: Paging) -> tuple[int, float, float]:
    api = APIS[key]
    client_type = getattr(importlib.import_module(api.overlay), api.client)
    with (
        running(key, size=SESSIONS) as ready,
        client_type(ready["base_url"], **ready["credentials"]) as client,
    ):

        def lazily() -> int:
            return sum(1 for _ in paging.pager(client, PAGE_SIZE))

        def eagerly() -> int:
            return len(list(paging.pager(client, PAGE_SIZE)))

        count, lazy = _peak_growth(lazily)
        _, eager = _peak_growth(eagerly)
    return count, lazy, eager


def iteration_memory() -> list[tuple[str, int, float, float]]:
    """Return ``(label, items seen, lazy peak growth MB, materialised peak growth MB)`` per API."""
    return [
        (workload.paging.label, *_one(key, workload.paging))
        for key, workload in WORKLOADS.items()
        if workload.paging is not None
    ]
