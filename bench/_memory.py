"""Peak memory while iterating 100,000 Ziti API sessions through the lazy ``list()`` pager.

Measured with ``tracemalloc`` in this process (the simulator runs in its own). The baseline is the
same iteration kept in a list, which is what an eager, unpaged client would hold.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from bench._simulator import running
from sessionward.ziti import Ziti

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


def iteration_memory() -> tuple[int, float, float]:
    """Return ``(sessions seen, lazy peak growth MB, materialised peak growth MB)``."""
    with (
        running("ziti", size=SESSIONS) as ready,
        Ziti(ready["base_url"], **ready["credentials"]) as ziti,
    ):

        def lazily() -> int:
            return sum(1 for _ in ziti.api_sessions.list(page_size=PAGE_SIZE))

        def eagerly() -> int:
            return len(list(ziti.api_sessions.list(page_size=PAGE_SIZE)))

        count, lazy = _peak_growth(lazily)
        _, eager = _peak_growth(eagerly)
    return count, lazy, eager
