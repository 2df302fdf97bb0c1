"""Debug logging of requests, responses and retry decisions under the `sessionward` logger.

Lines go to `sessionward.core` at DEBUG: the request line with its attempt number and headers, the
status and elapsed time, each retry decision and the final give-up. URLs and headers pass through
`_redact` first; bodies are never logged (a login body holds a password). Formatting is skipped
entirely unless DEBUG is enabled. The log lines of httpx and httpcore are redacted as well.
"""

from __future__ import annotations

import ast
import functools
import logging
import re
from collections.abc import Iterable

import httpx

from sessionward.core._redact import (
    REDACTED,
    URL_HEADERS,
    is_sensitive_header,
    redact_header_value,
    redact_headers,
    redact_url,
)

logger = logging.getLogger("sessionward.core")


class RedactLibraryLogs(logging.Filter):
    """Redacts credentials in the debug and info lines of httpx and httpcore.

    httpx logs every request's full URL at INFO, query string included, so a token-bearing query
    parameter (`api-token=...`) would land in the log verbatim; httpcore's DEBUG trace prints
    response headers as bytes pairs, `Set-Cookie` values included. Attached once to each of those
    loggers; it rewrites the record and never drops it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact URL arguments and sensitive `(b'name', b'value')` header pairs in the record."""
        if isinstance(record.args, tuple) and any(
            isinstance(arg, httpx.URL) for arg in record.args
        ):
            record.args = tuple(
                redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        if isinstance(record.msg, str) and "(b" in record.msg:
            record.msg = _header_pair().sub(_redact_pair, record.msg)
        return True


@functools.cache
def _header_pair() -> re.Pattern[str]:
    literal = r"""b(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
    return re.compile(rf"\(({literal}), ({literal})\)")


def _redact_pair(match: re.Match[str]) -> str:
    name = match.group(1)[2:-1]
    if is_sensitive_header(name):
        return f"({match.group(1)}, b'{REDACTED}')"
    if name.lower() in URL_HEADERS:
        try:
            value = ast.literal_eval(match.group(2)).decode("latin-1")
        except (ValueError, SyntaxError, AttributeError):
            return f"({match.group(1)}, b'{REDACTED}')"
        shown = redact_header_value(name, value).encode("latin-1", "replace")
        return f"({match.group(1)}, {shown!r})"
    return match.group(0)


_library_filter = RedactLibraryLogs()
_LIBRARY_LOGGERS = ("httpx", "httpcore.http11", "httpcore.http2", "httpcore.proxy")


def redact_library_logs() -> None:
    """Attach the redacting filter to the httpx and httpcore loggers (idempotent)."""
    for name in _LIBRARY_LOGGERS:
        library_logger = logging.getLogger(name)
        if _library_filter not in library_logger.filters:
            library_logger.addFilter(_library_filter)


def log_request(
    request: httpx.Request, *, attempt: int, attempts: int, sensitive: Iterable[str]
) -> None:
    """Log a request about to be sent (headers redacted)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request %s %s (attempt %d of %d) headers=%s",
            request.method,
            redact_url(request.url),
            attempt,
            attempts,
            redact_headers(request.headers, sensitive),
        )


def log_response(
    response: httpx.Response,
    *,
    elapsed: float,
    attempt: int,
    attempts: int,
    sensitive: Iterable[str],
) -> None:
    """Log the status of a response, how long it took and its headers (redacted)."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "response %d %s for %s %s in %.3fs (attempt %d of %d) headers=%s",
            response.status_code,
            response.reason_phrase,
            request.method,
            redact_url(request.url),
            elapsed,
            attempt,
            attempts,
            redact_headers(response.headers, sensitive),
        )


def log_failure(
    request: httpx.Request, exc: BaseException, *, elapsed: float, attempt: int, attempts: int
) -> None:
    """Log a transport failure of one attempt."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "no response for %s %s after %.3fs (attempt %d of %d): %s",
            request.method,
            redact_url(request.url),
            elapsed,
            attempt,
            attempts,
            type(exc).__name__,
        )


def log_retry(
    request: httpx.Request, *, delay: float, retry: int, max_retries: int, reason: str
) -> None:
    """Log the decision to retry, with the wait and the retry count."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "retrying %s %s in %.2fs (retry %d of %d) after %s",
            request.method,
            redact_url(request.url),
            delay,
            retry,
            max_retries,
            reason,
        )


def log_no_retry(request: httpx.Request, *, reason: str) -> None:
    """Log why a failed attempt is not retried."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("not retrying %s %s: %s", request.method, redact_url(request.url), reason)


def log_give_up(request: httpx.Request, *, attempts: int, error: BaseException) -> None:
    """Log that the retries are exhausted."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "giving up on %s %s after %d attempts (%d retries): %s",
            request.method,
            redact_url(request.url),
            attempts,
            attempts - 1,
            type(error).__name__,
        )
