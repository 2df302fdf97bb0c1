"""The one boundary where httpx's request errors become sessionward errors.

Timeouts become `APITimeoutError`, every other transport failure `APIConnectionError`, and a body
httpx cannot decode (a broken gzip stream) `APIResponseValidationError`. The original httpx
exception stays attached as `__cause__`.
"""

from __future__ import annotations

import httpx

from sessionward.core._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
)
from sessionward.core._redact import redact_url

# These fail before a single byte of the request is written, so resending is safe for any method.
NOT_SENT_ERRORS: tuple[type[httpx.RequestError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def translate_transport_error(exc: httpx.RequestError, request: httpx.Request) -> APIError:
    """Return the sessionward error for an httpx request error; raise it `from exc`."""
    target = f"{request.method} {redact_url(request.url)}"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{target} timed out ({detail}). The server did not answer within the timeout; "
            "retry later, or raise the timeout if the operation is legitimately slow.",
            request=request,
        )
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            f"{target} returned a body that could not be decoded ({detail}).", request=request
        )
    return APIConnectionError(
        f"{target} failed: the connection could not be made or broke before a full response "
        f"arrived ({detail}). Check the host, the network and any proxy.",
        request=request,
    )


def request_was_not_sent(error: BaseException) -> bool:
    """Return whether a translated connection error provably happened before sending."""
    return isinstance(error, APIConnectionError) and isinstance(error.__cause__, NOT_SENT_ERRORS)
