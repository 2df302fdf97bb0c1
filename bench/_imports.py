"""Cold import time of each overlay package, against ``import httpx`` in the same run.

Each sample is a fresh subprocess (no module cache), so the figure is what a user's script pays on
its first ``import sessionward.<key>``; the baseline is the same interpreter running
``import httpx`` (the transport every overlay needs), sampled in alternation with the package so
drift on a shared machine hits both. The packages load their names on first use (PEP 562), so a
second figure imports the package and reaches its client class. The generated client, its models
and operations load with the first client and its first resource, so a third figure builds a client
and reaches its resources, against `httpx.Client()` built in the same way: what a script pays before
its first request.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bench._overlays import client_arguments
from bench._simulator import running
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


# Builds the client of the first argument with the keyword arguments of the second and reaches
# every resource it declares; nothing is sent.
_READY = (
    "import inspect, sys, sessionward.core as core; from {overlay} import {client} as C; "
    "c = C({base_url!r}, **{credentials!r}); "
    "[getattr(c, n) for n in dir(C) if isinstance(inspect.getattr_static(C, n), core.resource)]"
)


def ready_clients(runs: int = 7) -> list[tuple[str, float, float]]:
    """Return ``(package, ms to a client with its resources, ms to httpx.Client())`` (medians)."""
    results = []
    for api in registered_apis():
        with running(api.key, size=1) as ready:
            base_url, credentials = client_arguments(ready)
        code = _READY.format(
            overlay=api.overlay, client=api.client, base_url=base_url, credentials=credentials
        )
        baseline, built = [], []
        for _ in range(runs):
            baseline.append(_start_seconds("import httpx; httpx.Client()"))
            built.append(_start_seconds(code))
        results.append(
            (api.overlay, statistics.median(built) * 1000, statistics.median(baseline) * 1000)
        )
    return results


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
