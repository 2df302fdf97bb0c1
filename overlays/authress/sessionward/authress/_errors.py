"""Reading Authress error bodies through the spec's `ResponseError` model.

Authress answers errors with `{"errorCode", "title", "errorId"}`: a stable code, a human title
(its wording may change) and an id to quote to Authress support, which becomes the request id.
Anything else (a proxy's HTML page, an empty body) is left to the core's generic parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sessionward.core import ErrorDetail, error_detail, error_parser_for

if TYPE_CHECKING:
    from authress_api.models import ResponseError


def _read(error: ResponseError) -> ErrorDetail | None:
    return error_detail(code=error.error_code, message=error.title, request_id=error.error_id)


authress_error_parser = error_parser_for("authress_api.models:ResponseError", _read)
"""Return the `errorCode`, `title` and `errorId` of an Authress error body."""
