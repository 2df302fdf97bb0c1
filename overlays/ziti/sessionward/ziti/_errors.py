"""Reading the OpenZiti controller's error envelope into the core's `ErrorDetail`.

The controller answers every error with `{"error": {"code", "message", "cause", "causeMessage",
"requestId", ...}, "meta": {...}}`. The generic parser would read the code and message, but the
part that says what to fix (an unparseable filter, a missing field) lives in `causeMessage` or
in the field error under `cause`, so this parser appends it to the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from sessionward.core import ErrorDetail, generic_error_parser


def ziti_error_parser(body: object) -> ErrorDetail | None:
    """Return the code, the message with its cause, and the request id of a Ziti error body.

    Falls back to the generic parser for bodies that are not the Ziti envelope (a proxy's page).
    """
    error = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(error, Mapping):
        return generic_error_parser(body)
    code = _text(error.get("code"))
    message = _text(error.get("message"))
    cause = _cause(error)
    if cause and message:
        message = f"{message} ({cause})"
    elif cause:
        message = cause
    request_id = _text(error.get("requestId"))
    if code is None and message is None and request_id is None:
        return generic_error_parser(body)
    return ErrorDetail(code=code, message=message, request_id=request_id)


def _cause(error: Mapping[object, object]) -> str | None:
    cause = error.get("cause")
    if isinstance(cause, Mapping):
        # A field error: {"field": "filter", "reason": "...", "value": ...}. The value is left
        # out on purpose: it may be a credential the caller sent.
        field = _text(cause.get("field"))
        reason = _text(cause.get("reason")) or _text(cause.get("message"))
        if field and reason:
            return f"{field}: {reason}"
        if reason:
            return reason
    return _text(error.get("causeMessage"))


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
