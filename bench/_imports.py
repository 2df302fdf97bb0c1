"""Cold import time of each overlay package, against ``import httpx`` in the same run.

Each sample is a fresh subprocess (no module cache), so the figure is what a user's script pays on
its first ``import sessionward.<key>``; the baseline is the same interpreter running
``import httpx`` (the transport every overlay needs), sampled in alternation with the package so
drift on a shared machine hits both. The packages load their names on first use (PEP 562), so a
second figure imports the package and reaches its client class: what a script pays before its
first call.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from sessionward.testing import registered_apis

# Each package, and the name whose first use loads the client (None: the import is the use).
PACKAGES: tuple[tuple[str, str | None], ...] = (
    ("sessionward.core", None),
    *((api.overlay, api.client) for api in registered_apis()),
)


def _start_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def cold_imports(runs: int = 7) -> list[tuple[str, float, float | None, float]]:
    """Return ``(package, import ms, import-and-client ms or None, import httpx ms)`` (medians)."""
    results = []
    for package, client in PACKAGES:
        baseline, imported, with_client = [], [], []
        for _ in range(runs):
            baseline.append(_start_seconds("import httpx"))
            imported.append(_start_seconds(f"import {package}"))
            if client is not None:
                with_client.append(_start_seconds(f"from {package} import {client}"))
        httpx_ms = statistics.median(baseline) * 1000
        client_ms = statistics.median(with_client) * 1000 if with_client else None
        results.append((package, statistics.median(imported) * 1000, client_ms, httpx_ms))
    return results
