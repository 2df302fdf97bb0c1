"""Cold import time of each overlay package, against ``import httpx`` in the same run.

Each sample is a fresh subprocess (no module cache), so the figure is what a user's script pays on
its first import; the baseline is the same interpreter running ``import httpx`` (the transport
every overlay needs), sampled in alternation with the snippet so drift on a shared machine hits
both. The snippet is ``import sessionward.core`` for the core and ``from sessionward.<key> import
<Client>`` for an overlay: the packages load their names on first use (PEP 562), so reaching the
client class is what a script pays before it builds a client. The generated client, its models and
operations load with the first client and its first resource, so a second figure builds a client
and reaches its resources, against ``httpx.Client()`` built in the same way: what a script pays
before its first request.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from bench._overlays import client_arguments
from bench._simulator import running
from sessionward.testing import registered_apis

# Fresh interpreters per snippet and per baseline. On a shared machine a start takes up to a few
# tens of milliseconds longer at random, so the figure is the fastest against the fastest (as
# timeit advises), with the medians' difference shown beside it.
RUNS = 15
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


@dataclass(frozen=True)
class Startup:
    """Seconds of fresh interpreters running one snippet and its baseline, sampled alternately."""

    label: str
    samples: list[float]
    baseline: list[float]

    @property
    def extra_ms(self) -> float:
        """The fastest run against the fastest baseline: what is left once the noise is gone."""
        return (min(self.samples) - min(self.baseline)) * 1000

    @property
    def median_extra_ms(self) -> float:
        """The same between the medians, which carry this machine's noise."""
        return (statistics.median(self.samples) - statistics.median(self.baseline)) * 1000


def ready_clients(runs: int = RUNS) -> list[Startup]:
    """Build each overlay's client and reach its resources, against `httpx.Client()`."""
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
        results.append(Startup(api.overlay, built, baseline))
    return results


def cold_imports(runs: int = RUNS) -> list[Startup]:
    """Import each package (and reach its client class, where it has one) against httpx."""
    results = []
    for package, client in PACKAGES:
        code = f"import {package}" if client is None else f"from {package} import {client}"
        baseline, imported = [], []
        for _ in range(runs):
            baseline.append(_start_seconds("import httpx"))
            imported.append(_start_seconds(code))
        results.append(Startup(code, imported, baseline))
    return results
