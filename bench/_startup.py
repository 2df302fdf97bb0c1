"""Time from starting ``python -m sessionward.testing serve <key>`` to its JSON line on stdout.

The baseline is the same interpreter starting and exiting (``python -c pass``), so the ratio shows
what the simulator adds to a bare start.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bench._imports import _start_seconds
from bench._registry import WORKLOADS


def _ready_seconds(key: str) -> float:
    command = [sys.executable, "-m", "sessionward.testing", "serve", key, "--port", "0"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        if not process.stdout.readline():
            raise RuntimeError(f"the {key} simulator exited before it was ready")
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def startup_keys() -> tuple[str, ...]:
    """The APIs whose simulator start is timed: those whose bench module asks for it."""
    return tuple(key for key, workload in WORKLOADS.items() if workload.startup)


def cli_ready(keys: tuple[str, ...] | None = None, runs: int = 5) -> list[tuple[str, float, float]]:
    """Return ``(key, median seconds to the JSON line, median empty interpreter start)``.

    `keys` defaults to `startup_keys()`.
    """
    return [
        (
            key,
            statistics.median(_ready_seconds(key) for _ in range(runs)),
            statistics.median(_start_seconds("pass") for _ in range(runs)),
        )
        for key in (startup_keys() if keys is None else keys)
    ]
