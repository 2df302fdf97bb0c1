"""Reading DocSpace error bodies into the vendor code and message of a sessionward error.

DocSpace answers errors with its `ErrorApiResponse`: `{"error": {"message", "type", "stack",
"hresult"}, "status": 1, "statusCode": <status>}`. `message` is the human-readable part; `type`
(the server's .NET exception type, sent only when the portal shows stack traces) is the closest
thing DocSpace has to an error code. The stack trace is never copied: it is on the error's `.body`
for whoever needs it. A 403 has no body, and the reverse proxy's 502/503 send HTML; both yield no
detail, and the core's message falls back to the status and its hint.
"""

from __future__ import annotations

from collections.abc import Mapping

from sessionward.core import ErrorDetail


def parse_docspace_error(body: object) -> ErrorDetail | None:
    """Return the code (.NET exception type) and message of a DocSpace error body, or None.

    Used as the client's `error_parser`; returns None for anything that is not an
    `ErrorApiResponse` (HTML pages, empty bodies), never raises.
    """
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if not isinstance(error, Mapping):
        return None
    message = _text(error.get("message"))
    code = _text(error.get("type"))
    if message is None and code is None:
        return None
    return ErrorDetail(code=code, message=message)


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
