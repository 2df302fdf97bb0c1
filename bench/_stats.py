"""Small timing helpers shared by the benchmarks: medians of interleaved rounds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], *, rounds: int, per_round: int = 1) -> float:
    """Median wall time of one call of ``action`` over ``rounds`` rounds of ``per_round`` calls."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            action()
        samples.append((time.perf_counter() - start) / per_round)
    return statistics.median(samples)


def interleaved(
    first: Callable[[], object], second: Callable[[], object], *, rounds: int, per_round: int
) -> tuple[float, float]:
    """Median per-call times of two actions measured in alternating rounds (drift hits both)."""
    first_samples: list[float] = []
    second_samples: list[float] = []
    for _ in range(rounds):
        for action, samples in ((first, first_samples), (second, second_samples)):
            start = time.perf_counter()
            for _ in range(per_round):
                action()
            samples.append((time.perf_counter() - start) / per_round)
    return statistics.median(first_samples), statistics.median(second_samples)
