"""Reading DocSpace error bodies through the spec's `ErrorApiResponse` model.

DocSpace answers errors with `{"error": {"message", "type", "stack", "hresult"}, "status": 1,
"statusCode": <status>}`. `message` is the human-readable part; `type` (the server's .NET
exception type, sent only when the portal shows stack traces) is the closest thing DocSpace has to
an error code. The stack trace is never copied: it is on the error's `.body` for whoever needs it.
A 403 has no body, and the reverse proxy's 502/503 send HTML; those are left to the core's generic
parser, which finds no detail in them, and the core's message falls back to the status and its
hint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sessionward.core import ErrorDetail, error_detail, error_parser_for

if TYPE_CHECKING:
    from docspace_api.models import ErrorApiResponse


def _read(body: ErrorApiResponse) -> ErrorDetail | None:
    # Loaded with the model, on the first error body: not with the overlay (it brings attrs).
    from docspace_api.types import Unset

    error = body.error
    if isinstance(error, Unset):
        return None
    return error_detail(code=error.type_, message=error.message)


parse_docspace_error = error_parser_for("docspace_api.models:ErrorApiResponse", _read)
"""Return the code (.NET exception type) and message of a DocSpace error body, or None."""
