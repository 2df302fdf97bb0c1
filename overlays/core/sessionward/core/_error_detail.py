"""What a vendor's error body says, and the parsers that read it.

Each API overlay plugs in an `ErrorParser`: a callable that takes the decoded error body (the JSON
value, or the raw bytes when the body is not JSON) and returns an `ErrorDetail` with the vendor's
error code, message and request id, or None when it does not recognise the body.
`generic_error_parser` reads the common shapes and is the default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeAlias

from sessionward.core._values import Value


class ErrorDetail(Value):
    """The vendor's own account of an error: a stable code, a message and a request id.

    Every field is optional; return what the body has. Keep `message` human-readable; it ends up
    in the exception message.
    """

    __slots__ = ("code", "message", "request_id")
    code: str | None
    message: str | None
    request_id: str | None

    def __init__(
        self, code: str | None = None, message: str | None = None, request_id: str | None = None
    ) -> None:
        self._init(code=code, message=message, request_id=request_id)


ErrorParser: TypeAlias = Callable[[object], ErrorDetail | None]
"""Reads a decoded error body (JSON value, or bytes when not JSON) into an `ErrorDetail`."""


def generic_error_parser(body: object) -> ErrorDetail | None:
    """Read the common error shapes; the parser used when an overlay gives none.

    Recognises `{"error": {"code", "message", "requestId"}}` (OpenZiti, Dynatrace, DocSpace),
    `{"errorCode", "title", "errorId"}` (Authress), and flat `code`/`message`/`detail`/`title`.
    Returns None for anything else, HTML pages and empty bodies included.
    """
    if not isinstance(body, Mapping):
        return None
    nested = body.get("error")
    inner: Mapping[object, object] = nested if isinstance(nested, Mapping) else {}
    code = _first_text(inner, body, keys=("code", "errorCode", "error_code"))
    message = _first_text(
        inner, body, keys=("message", "title", "detail", "error_description", "errorMessage")
    )
    if message is None and isinstance(nested, str):
        message = nested
    request_id = _first_text(inner, body, keys=("requestId", "request_id", "errorId", "traceId"))
    if code is None and message is None and request_id is None:
        return None
    return ErrorDetail(code=code, message=message, request_id=request_id)


def _first_text(*sources: Mapping[object, object], keys: tuple[str, ...]) -> str | None:
    for source in sources:
        for key in keys:
            value = source.get(key)
            # Dynatrace sends its code as the HTTP status number; bools are not codes.
            if isinstance(value, str) and value.strip():
                return value.strip()
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
    return None
