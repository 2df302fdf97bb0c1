"""Cold import time of each overlay package, against an empty interpreter start.

Each sample is a fresh subprocess (no module cache), so the figure is what a user's script pays on
its first ``import sessionward.<key>``; the baseline is the same interpreter running ``pass``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

PACKAGES: tuple[str, ...] = (
    "sessionward.core",
    "sessionward.docspace",
    "sessionward.dynatrace",
    "sessionward.ziti",
    "sessionward.authress",
)


def _start_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def cold_imports(runs: int = 7) -> list[tuple[str, float, float]]:
    """Return ``(package, median import ms, median empty-start ms)`` for every overlay package."""
    results = []
    for package in PACKAGES:
        baseline, imported = [], []
        for _ in range(runs):
            baseline.append(_start_seconds("pass"))
            imported.append(_start_seconds(f"import {package}"))
        empty = statistics.median(baseline)
        cost = statistics.median(imported) - empty
        results.append((package, cost * 1000, empty * 1000))
    return results
