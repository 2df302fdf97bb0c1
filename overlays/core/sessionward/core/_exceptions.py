"""The one error tree of sessionward; every failure a caller can see is one of these.

```
SessionwardError                      root: catch this to catch everything
├── InsecureTransportError            a credential would travel over plain http
├── InvalidArgumentError              an argument the API documents as invalid (also a ValueError)
│   └── InvalidPathParameterError     a path parameter that is no valid identifier
└── APIError                          talking to the API failed
    ├── APIConnectionError            the server was not reached, or the connection broke
    │   └── APITimeoutError           the server did not answer in time
    ├── APIResponseValidationError    a 2xx body that is not JSON or not what the spec promises
    │   └── ResponseTooLargeError     a body larger than max_response_size (decompressed)
    └── APIStatusError                any non-2xx status (499, 510, 520, ... included)
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429 (retry_after)
        └── InternalServerError       >= 500
```

`status_error_class` is the one place that maps a status to its class; transport errors are
translated at one boundary (`_transport_errors`). Messages say what happened and what to do; they
carry redacted URLs and never a credential.
"""

from __future__ import annotations

from typing import ClassVar

import httpx

from sessionward.core._redact import redact_url

# What every overlay package re-exports (sessionward.core._lazy); status_error_class is core-only.
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPathParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SessionwardError",
    "UnprocessableEntityError",
]


# A validation error keeps this much of the body it could not parse: enough to see what came back,
# bounded so that a runaway response does not pin megabytes in a log record or traceback.
BODY_EXCERPT_LIMIT = 64 * 1024


# Attributes that hold the exchange itself: the request carries the credential headers (and a
# login's body, the password), so they stay in the process that raised the error.
_UNPICKLED = frozenset({"request", "response"})


def _rebuild(
    cls: type[SessionwardError],
    args: tuple[object, ...],
    state: dict[str, object],
    dropped: tuple[str, ...],
) -> SessionwardError:
    """Recreate a pickled error without running its `__init__` (whose arguments are gone)."""
    error = cls.__new__(cls, *args)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    error.__dict__.update(dict.fromkeys(dropped))
    return error


class SessionwardError(Exception):
    """The root of every error sessionward raises; catch it to catch them all.

    Every sessionward error survives `pickle` (multiprocessing, task queues): the copy has the
    same class, message and attributes (`status_code`, `url`, `body`, `error_code`, ...), but
    `request` and `response` are None, so no credential or password travels with it.
    """

    def __reduce__(self) -> tuple[object, ...]:
        state = {name: value for name, value in self.__dict__.items() if name not in _UNPICKLED}
        dropped = tuple(sorted(_UNPICKLED.intersection(self.__dict__)))
        return _rebuild, (type(self), self.args, state, dropped)


class InsecureTransportError(SessionwardError):
    """Raised before sending when a credential would go over plain `http://` to a remote host.

    Loopback hosts (127.0.0.0/8, ::1, localhost) are exempt. Use `https://`, or build the client
    with `allow_insecure_http=True` if the network path is trusted. `url` is the redacted URL.
    """

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class InvalidArgumentError(SessionwardError, ValueError):
    """Raised before sending when an argument breaks a rule the API documents; nothing was sent.

    `name` is the argument as the caller passed it (`"user_id"`, `"page_size"`); `problems`
    lists what is wrong with it, one sentence each (all of them, not just the first). It is a
    `ValueError` too, so code catching that keeps working. Fix the argument and call again.
    """

    def __init__(self, message: str, *, name: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.problems = problems


class InvalidPathParameterError(InvalidArgumentError):
    """Raised before sending when a path parameter is not a valid identifier of its resource.

    Empty values and dot-segments (`.` or `..`) are refused everywhere: the generator
    percent-encodes path parameters but leaves these through, and a server would resolve them
    into a different path (`/sessions/..` is `/`). An overlay refuses what its API documents as
    invalid too (an integer id outside int32). `name` is the parameter's name.
    """


class APIError(SessionwardError):
    """Talking to the API failed; the base of connection, status and validation errors.

    `request` is the `httpx.Request` (None when the failure is not tied to one), `method` its
    method and `url` its URL with credentials redacted. `final` is True once the client has
    given up on the request (retries spent or not applicable), so an outer request that
    triggered this one (a login) does not retry it all over again. `attempts` is how many
    attempts the request made before this error (more than 1: an earlier attempt may have
    reached the server although its answer was lost).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.final = False
        self.attempts = 1
        self.request = request
        self.method: str | None = request.method if request is not None else None
        self.url: str | None = redact_url(request.url) if request is not None else None


class APIConnectionError(APIError):
    """The server could not be reached or the connection broke before a full response arrived.

    Raised after the retries (connection errors are retried for idempotent requests, and for
    any request that provably never left). Check the host, the network and any proxy.
    """


class APITimeoutError(APIConnectionError):
    """The server did not connect, accept or answer within the timeout (after the retries).

    Raise the timeout per client or per call (`timeout=`) if the operation is legitimately slow.
    """


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not JSON, or not what the API description promises.

    `status_code` is the status (None when the failure is not tied to one response), `body` the
    first 64 KiB of the raw body, `response` the `httpx.Response` when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        if request is None and response is not None:
            request = response.request
        super().__init__(message, request=request)
        self.response = response
        self.status_code: int | None = response.status_code if response is not None else None
        self.body: bytes = response.content[:BODY_EXCERPT_LIMIT] if response is not None else b""


class ResponseTooLargeError(APIResponseValidationError):
    """A response body (decompressed) larger than `max_response_size`; reading stopped there.

    Raised for any status, before more than the limit is held in memory; the connection is
    closed. `limit` is the limit in bytes, `status_code` the response's status; `body` is empty.
    Not retried. Raise `max_response_size` per client or per call if such a body is expected.
    """

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        APIError.__init__(self, message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = b""
        self.limit = limit


class APIStatusError(APIError):
    """The API answered with a status outside 2xx.

    Attributes: `status_code`; `method` and `url` (redacted) of the request; `request_id` (from the
    body or a request-id header); `error_code` and `error_message` as the vendor's error parser
    read them from the body; `body`, the raw body; `retry_after`, the seconds the server asked to
    wait (`Retry-After` or a rate-limit reset header), or None; `response`, the `httpx.Response`.
    Statuses without a subclass (405, 499, ...) raise this class itself.
    """

    hint: ClassVar[str] = ""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error_code: str | None = None,
        error_message: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.body: bytes = response.content
        self.error_code = error_code
        self.error_message = error_message
        self.request_id = request_id
        self.retry_after = retry_after


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""

    hint = "The server rejected the request as malformed; check the arguments."


class AuthenticationError(APIStatusError):
    """401: the credential is missing, wrong or expired."""

    hint = "The credential is missing, wrong or expired; check it or log in again."


class PermissionDeniedError(APIStatusError):
    """403: the credential is valid but not allowed to do this."""

    hint = "The credential is valid but lacks the permission for this operation."


class NotFoundError(APIStatusError):
    """404: the resource does not exist, or is not visible to this credential."""

    hint = "The resource does not exist, or is not visible to this credential."


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the resource."""

    hint = "The request conflicts with the current state of the resource; re-read and retry."


class UnprocessableEntityError(APIStatusError):
    """422: the server understood the request but refuses its content."""

    hint = "The server refused the request's content; check the arguments."


class RateLimitError(APIStatusError):
    """429: rate limited. `retry_after` holds the seconds to wait when the server said.

    Raised after the retries, or at once when the server asks to wait longer than the client's
    cap (`RetryPolicy.max_retry_after`), so that nothing sleeps for minutes unannounced.
    """

    hint = "Rate limited; wait and retry, or lower the request rate."


class InternalServerError(APIStatusError):
    """A status of 500 or above: the server, or a proxy in front of it, failed."""

    hint = "The server or a proxy in front of it failed; retry later or ask its operator."


_CLASS_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """Return the error class for a non-2xx status: the one status-to-class mapping.

    Every status of 500 or above is an `InternalServerError`; any status without a class of its
    own, standard or not (405, 418, 499, ...), is a plain `APIStatusError`.
    """
    if status_code in _CLASS_BY_STATUS:
        return _CLASS_BY_STATUS[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError
