"""Reading the OpenZiti controller's error envelope through the spec's `ApiError` model.

The controller answers every error with `{"error": {"code", "message", "cause", "causeMessage",
"requestId", ...}, "meta": {...}}`. The code, message and request id say what failed; the part
that says what to fix (an unparseable filter, a missing field) lives in `causeMessage` or in the
field error under `cause`, so it is appended to the message. Anything else (a proxy's page) is
left to the core's generic parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sessionward.core import ErrorDetail, error_detail, error_parser_for

if TYPE_CHECKING:
    from ziti_api.models import ApiError


def _read(error: ApiError) -> ErrorDetail | None:
    message = _text(error.message)
    cause = _cause(error)
    if cause and message:
        message = f"{message} ({cause})"
    elif cause:
        message = cause
    return error_detail(code=error.code, message=message, request_id=error.request_id)


def _cause(error: ApiError) -> str | None:
    # Loaded with the model, on the first error body: not with the overlay (it brings attrs).
    from ziti_api.models import ApiErrorCause

    cause = error.cause
    if isinstance(cause, ApiErrorCause):
        # A field error: {"field": "filter", "reason": "...", "value": ...}. The value is left
        # out on purpose: it may be a credential the caller sent.
        field = _text(cause.field)
        reason = _text(cause.reason) or _text(cause.message)
        if field and reason:
            return f"{field}: {reason}"
        if reason:
            return reason
    return _text(error.cause_message)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


ziti_error_parser = error_parser_for("ziti_api.models:ApiError", _read, within="error")
"""Return the code, the message with its cause, and the request id of a Ziti error body."""
