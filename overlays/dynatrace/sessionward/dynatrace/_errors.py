"""Reading Dynatrace Cluster API error bodies through the spec's `ErrorEnvelope` model.

The Cluster API answers errors with `{"error": {"code", "message", "constraintViolations"}}`.
`code` only repeats the HTTP status (already on the error as `status_code`), so it is not used as
the vendor code; the message is kept, followed by each violated constraint (`path: message`), which
is what says *which* field a 400 is about. A body without that shape (a proxy's page, another
product's JSON) is left to the core's generic parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sessionward.core import ErrorDetail, error_detail, error_parser_for

if TYPE_CHECKING:
    from dynatrace_api.models import ConstraintViolation, ErrorEnvelope
    from dynatrace_api.types import Unset

# A 400 can list every field of a body; the first few say what to fix.
_MAX_VIOLATIONS = 5


def _read(envelope: ErrorEnvelope) -> ErrorDetail | None:
    # Loaded with the model, on the first error body: not with the overlay (it brings attrs).
    from dynatrace_api.types import Unset

    error = envelope.error
    if isinstance(error, Unset):
        return None
    message = _text(error.message)
    violations = (
        [] if isinstance(error.constraint_violations, Unset) else error.constraint_violations
    )
    listed = [line for line in map(_violation, violations) if line]
    if listed:
        shown = "; ".join(listed[:_MAX_VIOLATIONS])
        more = len(listed) - _MAX_VIOLATIONS
        if more > 0:
            shown += f"; and {more} more"
        message = f"{message or 'Constraints violated.'} ({shown})"
    # An envelope without a message still is Dynatrace's: its bare code is only the status.
    return error_detail(message=message) or ErrorDetail()


def _violation(violation: ConstraintViolation) -> str:
    path, message = _text(violation.path), _text(violation.message)
    if path and message:
        return f"{path}: {message}"
    return path or message or ""


def _text(value: str | Unset) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


parse_dynatrace_error = error_parser_for("dynatrace_api.models:ErrorEnvelope", _read)
"""Return the message (with the violated constraints) of a Dynatrace error body.

Used as the client's error parser; anything that is not the Cluster API's `ErrorEnvelope` goes to
the core's generic parser. Never raises for a body.
"""
