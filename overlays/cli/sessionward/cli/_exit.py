"""The exit codes of `sessionward`: one per way a command can end, each distinct.

Scripts branch on them, so they are part of the interface: `--help` and the README list them, and
a test pins the numbers. 2 is what click answers for a usage error, so the rest avoid it.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """How a command ended; the process exits with the value."""

    OK = 0
    """Everything asked for was done (or, for a dry run, planned)."""
    FAILURE = 1
    """Nothing asked for was done: every target or platform failed, or a check found drift."""
    USAGE = 2
    """The command line or the configuration is wrong; nothing was sent."""
    PARTIAL = 3
    """Some targets or platforms succeeded and some failed."""
    NOTHING_MATCHED = 4
    """The selection matched no session, connection or audit entry."""
    ABORTED = 5
    """Not confirmed: declined at the prompt, or no terminal to ask and no `--yes`."""


EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 failure (or drift found by a check); 2 usage or configuration "
    "error; 3 partial success; 4 nothing matched; 5 aborted at the prompt or not confirmed."
)
