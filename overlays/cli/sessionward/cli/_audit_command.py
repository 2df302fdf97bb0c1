"""`sessionward audit tail`: the last entries of the audit log, in any output format.

JSON and JSON lines give the entries whole; a table and CSV give one summary row per entry (time,
operator, command, targets, reason, ticket, the count of each outcome, exit code).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sessionward.cli import _audit
from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode
from sessionward.cli._output import emit

# The columns of both views; whole entries (JSON) add any other keys after them.
FIELDS = ("time", "operator", "command", "targets", "reason", "ticket", "outcomes", "exit_code")


def _summary(entry: dict[str, Any]) -> dict[str, Any]:
    outcomes = entry.get("outcomes") or []
    counts = Counter(o.get("outcome") for o in outcomes if isinstance(o, dict))
    return {**entry, "outcomes": ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))}


def tail(invocation: Invocation, count: int) -> ExitCode:
    """Print the last `count` entries; exit 4 when the log is empty or missing."""
    settings = invocation.settings()
    fmt = invocation.fmt()
    entries = _audit.tail(settings.audit_log, count)
    if fmt in ("json", "jsonl"):
        extra = sorted({key for entry in entries for key in entry} - set(FIELDS))
        emit(entries, (*FIELDS, *extra), fmt)
    else:
        emit([_summary(entry) for entry in entries], FIELDS, fmt, title="Audit log")
    return ExitCode.OK if entries else ExitCode.NOTHING_MATCHED
