"""Time of ``sessionward --help`` as installed (the console script), against an empty start.

The console script is the one next to the running interpreter; each sample is a fresh process.
For contrast the same is timed for ``sessionward sessions list --help``, whose help is built the
same lazy way, and for a bare import of the overlay of each API whose simulator start bench times
(`bench._startup.startup_keys()`): what a command that reaches a platform pays on top.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench._registry import APIS
from bench._startup import startup_keys

SCRIPT = Path(sys.executable).parent / "sessionward"


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def help_startup(runs: int = 7) -> list[tuple[str, float, float]]:
    """Return ``(what, median seconds, median empty-start seconds)`` for each timed command."""
    commands = {
        "sessionward --help": [str(SCRIPT), "--help"],
        "sessionward sessions list --help": [str(SCRIPT), "sessions", "list", "--help"],
    }
    for key in startup_keys():
        overlay = APIS[key].overlay
        commands[f"python -c 'import {overlay}'"] = [sys.executable, "-c", f"import {overlay}"]
    empty = statistics.median(_seconds([sys.executable, "-c", "pass"]) for _ in range(runs))
    return [
        (label, statistics.median(_seconds(command) for _ in range(runs)), empty)
        for label, command in commands.items()
    ]
