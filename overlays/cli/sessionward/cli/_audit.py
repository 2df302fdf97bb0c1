"""The audit log: one JSON line per mutating command, appended, readable only by its owner.

Each entry has `time` (UTC), `operator` (the OS user and host), `command`, `targets`, `reason`,
`ticket`, `outcomes` (one per target: platform, target, session, user, outcome, error) and the
`exit_code`. Entries are built from outcomes whose messages were already scrubbed, and are
scrubbed once more as a whole before writing, so no credential is ever written. The log is checked
for writability before anything is changed: a revoke that cannot be recorded is not started.
"""

from __future__ import annotations

import datetime
import getpass
import json
import os
import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sessionward.cli._redact import Redactor

MODE = 0o600


class AuditLogError(Exception):
    """The audit log cannot be written; the message names the path and the reason."""


def operator() -> str:
    """Who ran the command: `user@host`."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = f"uid:{os.getuid()}"
    return f"{user}@{socket.gethostname()}"


def _open(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, MODE)
    except OSError as error:
        raise AuditLogError(f"cannot write the audit log {path}: {error.strerror}") from None


def check_writable(path: Path) -> None:
    """Raise `AuditLogError` unless `path` can be appended to (creating it and its folders)."""
    os.close(_open(path))


def append(
    path: Path,
    *,
    command: str,
    targets: Sequence[str],
    reason: str | None,
    ticket: str | None,
    outcomes: Sequence[dict[str, Any]],
    exit_code: int,
    redactor: Redactor,
    extra: dict[str, Any] | None = None,
) -> None:
    """Append one entry; raises `AuditLogError` when it cannot be written."""
    entry: dict[str, Any] = {
        "time": datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z"),
        "operator": operator(),
        "command": command,
        "targets": list(targets),
        "reason": reason,
        "ticket": ticket,
        **(extra or {}),
        "outcomes": list(outcomes),
        "exit_code": exit_code,
    }
    line = redactor.scrub(json.dumps(entry, ensure_ascii=False), limit=None)
    descriptor = _open(path)
    try:
        # One write of one line: appends from concurrent commands do not interleave.
        os.write(descriptor, (line + "\n").encode("utf-8"))
    except OSError as error:
        raise AuditLogError(f"cannot write the audit log {path}: {error.strerror}") from None
    finally:
        os.close(descriptor)


def tail(path: Path, count: int) -> list[dict[str, Any]]:
    """The last `count` entries, oldest first; lines that are not JSON objects are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except OSError as error:
        raise AuditLogError(f"cannot read the audit log {path}: {error.strerror}") from None
    entries = []
    for line in lines:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries[-count:] if count > 0 else []
