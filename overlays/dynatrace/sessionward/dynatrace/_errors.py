"""Reading Dynatrace Cluster API error bodies into the message of a sessionward error.

The Cluster API answers errors with `{"error": {"code", "message", "constraintViolations"}}`.
`code` only repeats the HTTP status (already on the error as `status_code`), so it is not used as
the vendor code; the message is kept, followed by each violated constraint (`path: message`), which
is what says *which* field a 400 is about. A 429 or a proxy page without that shape yields no
detail, and the core's message falls back to the status and its hint.
"""

from __future__ import annotations

from collections.abc import Mapping

from sessionward.core import ErrorDetail

# A 400 can list every field of a body; the first few say what to fix.
_MAX_VIOLATIONS = 5


def parse_dynatrace_error(body: object) -> ErrorDetail | None:
    """Return the message (with the violated constraints) of a Dynatrace error body, or None.

    Used as the client's `error_parser`; returns None for anything that is not the Cluster API's
    `ErrorEnvelope`, never raises.
    """
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if not isinstance(error, Mapping):
        return None
    message = _text(error.get("message"))
    violations = _violations(error.get("constraintViolations"))
    if violations:
        listed = "; ".join(violations[:_MAX_VIOLATIONS])
        more = len(violations) - _MAX_VIOLATIONS
        if more > 0:
            listed += f"; and {more} more"
        message = f"{message or 'Constraints violated.'} ({listed})"
    if message is None:
        return None
    return ErrorDetail(message=message)


def _violations(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    found = []
    for item in value:
        if not isinstance(item, Mapping):
            continue
        path, message = _text(item.get("path")), _text(item.get("message"))
        if path and message:
            found.append(f"{path}: {message}")
        elif path or message:
            found.append(path or message or "")
    return found


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
