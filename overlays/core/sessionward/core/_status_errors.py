"""Turning a non-2xx `httpx.Response` into the matching `APIStatusError`, with a useful message.

The body is decoded (JSON if it is JSON, else the raw bytes) and handed to the overlay's error
parser; a parser that fails is ignored rather than allowed to hide the status error. The message
names the request (redacted), the status, the vendor's code and message and what to do next.
"""

from __future__ import annotations

import json
import logging

import httpx

from sessionward.core._error_detail import ErrorDetail, ErrorParser, generic_error_parser
from sessionward.core._exceptions import APIStatusError, RateLimitError, status_error_class
from sessionward.core._redact import redact_url
from sessionward.core._retry_after import server_requested_delay

_logger = logging.getLogger("sessionward.core")

_REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-correlation-id",
    "x-amzn-requestid",
    "x-amz-cf-id",
)
# A vendor message lands in the exception text; an HTML error page must not.
_MAX_VENDOR_MESSAGE = 300


def decode_error_body(response: httpx.Response) -> object:
    """Return the body as a JSON value when it parses as JSON, else as the raw bytes."""
    content = response.content
    if not content.strip():
        return content
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return content


def status_error_from_response(
    response: httpx.Response, *, error_parser: ErrorParser | None, now: float
) -> APIStatusError:
    """Build the `APIStatusError` subclass for a non-2xx response whose body has been read.

    `now` is the current Unix time, for `Retry-After` dates and reset timestamps.
    """
    detail = _parse_detail(response, error_parser or generic_error_parser)
    request_id = detail.request_id or _request_id_header(response.headers)
    retry_after = server_requested_delay(
        response.headers, status_code=response.status_code, now=now
    )
    error_class = status_error_class(response.status_code)
    message = _describe(response, error_class, detail, request_id, retry_after)
    return error_class(
        message,
        response=response,
        error_code=detail.code,
        error_message=detail.message,
        request_id=request_id,
        retry_after=retry_after,
    )


def _parse_detail(response: httpx.Response, parser: ErrorParser) -> ErrorDetail:
    try:
        detail = parser(decode_error_body(response))
    except Exception:  # A broken parser must not mask the status error it was asked to explain.
        _logger.debug("the error parser failed on a %d body", response.status_code, exc_info=True)
        return ErrorDetail()
    return detail if isinstance(detail, ErrorDetail) else ErrorDetail()


def _request_id_header(headers: httpx.Headers) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _describe(
    response: httpx.Response,
    error_class: type[APIStatusError],
    detail: ErrorDetail,
    request_id: str | None,
    retry_after: float | None,
) -> str:
    request = response.request
    status = response.status_code
    reason = httpx.codes.get_reason_phrase(status) or "non-standard status"
    parts = [f"{request.method} {redact_url(request.url)} returned {status} {reason}"]
    vendor = " ".join(
        part
        for part in (detail.code, _one_line(detail.message) if detail.message else None)
        if part
    )
    if vendor:
        parts.append(f": {vendor}")
    elif response.content:
        content_type = response.headers.get("content-type", "unknown type")
        parts.append(f" with a {len(response.content)}-byte {content_type} body")
    if request_id:
        parts.append(f" (request id {request_id})")
    parts.append(".")
    hint = error_class.hint
    if error_class is RateLimitError and retry_after is not None:
        hint = f"Rate limited; the server asked to wait {retry_after:.1f}s before retrying."
    if hint:
        parts.append(f" {hint}")
    return "".join(parts)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > _MAX_VENDOR_MESSAGE:
        return flat[: _MAX_VENDOR_MESSAGE - 3] + "..."
    return flat
