"""Reading Authress error bodies (`ResponseError`) into the core's `ErrorDetail`.

Authress answers errors with `{"errorCode", "title", "errorId"}`: a stable code, a human title
(its wording may change) and an id to quote to Authress support, which becomes the request id.
Anything else (a proxy's HTML page, an empty body) is left to the generic parser.
"""

from __future__ import annotations

from collections.abc import Mapping

from sessionward.core import ErrorDetail, generic_error_parser


def authress_error_parser(body: object) -> ErrorDetail | None:
    """Return the `errorCode`, `title` and `errorId` of an Authress error body."""
    if not isinstance(body, Mapping):
        return generic_error_parser(body)
    code = _text(body.get("errorCode"))
    title = _text(body.get("title"))
    error_id = _text(body.get("errorId"))
    if code is None and title is None and error_id is None:
        return generic_error_parser(body)
    return ErrorDetail(code=code, message=title, request_id=error_id)


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
