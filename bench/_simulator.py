"""Start a simulator in its own process through the CLI, for benchmarks that must not share a GIL.

Use ``running(key, size=...)`` as a context manager; it yields the JSON line the CLI printed
(``base_url`` and ``credentials``) and stops the process on exit. Raises ``RuntimeError`` when the
simulator does not come up.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def running(key: str, *, size: int) -> Iterator[dict[str, Any]]:
    """Serve ``key`` seeded with ``size`` items, responses unvalidated (validation is not timed)."""
    command = [
        sys.executable,
        "-m",
        "sessionward.testing",
        "serve",
        key,
        "--port",
        "0",
        "--size",
        str(size),
        "--no-response-validation",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {key} simulator exited before it was ready")
        ready: dict[str, Any] = json.loads(line)
        yield ready
    finally:
        process.terminate()
        process.wait(timeout=30)
