"""sessionward.core: the transport, errors, retries, auth, paging and logging every overlay uses.

An overlay builds a `BaseClient` (or `AsyncBaseClient`) with its base URL, an auth strategy and its
vendor's error parser, hands `base.http_client` to its generated client, and turns each generated
`*_detailed` call into a model with `unwrap` (or a raised error from the one error tree rooted at
`SessionwardError`). Its public client subclasses `OverlayClient` (or `AsyncOverlayClient`), which
holds the base and supplies the shared shell: options, views, closing and the repr. Paging goes
through `OffsetPager` / `CursorPager` and their async twins; path parameters through
`validate_path_param`; per-call options through `request_options`.
"""

from sessionward.core._auth_base import CredentialAuth, Placement
from sessionward.core._auth_static import CookieAuth, HeaderAuth
from sessionward.core._auth_token import JWTAuth, LoginAuth, LoginResult, Token
from sessionward.core._client import AsyncBaseClient, BaseClient
from sessionward.core._clock import Clock, SystemClock
from sessionward.core._config import (
    DEFAULT_DEADLINE,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from sessionward.core._error_detail import ErrorDetail, ErrorParser, generic_error_parser
from sessionward.core._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsecureTransportError,
    InternalServerError,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SessionwardError,
    UnprocessableEntityError,
    status_error_class,
)
from sessionward.core._http_client import AsyncHTTPClient, HTTPClient
from sessionward.core._options import NOT_GIVEN, NotGiven, request_options
from sessionward.core._overlay import AsyncOverlayClient, OverlayClient
from sessionward.core._paging import (
    AsyncCursorPager,
    AsyncOffsetPager,
    CursorPager,
    OffsetPager,
    Page,
)
from sessionward.core._paths import validate_path_param
from sessionward.core._redact import redact_headers, redact_url
from sessionward.core._retry_policy import RetryPolicy
from sessionward.core._secret import Secret
from sessionward.core._unwrap import (
    ResponseLike,
    aunwrap,
    aunwrap_empty,
    aunwrap_list,
    unwrap,
    unwrap_empty,
    unwrap_list,
)
from sessionward.core._version import __version__

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBaseClient",
    "AsyncCursorPager",
    "AsyncHTTPClient",
    "AsyncOffsetPager",
    "AsyncOverlayClient",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "Clock",
    "ConflictError",
    "CookieAuth",
    "CredentialAuth",
    "CursorPager",
    "ErrorDetail",
    "ErrorParser",
    "HTTPClient",
    "HeaderAuth",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidPathParameterError",
    "JWTAuth",
    "LoginAuth",
    "LoginResult",
    "NotFoundError",
    "NotGiven",
    "OffsetPager",
    "OverlayClient",
    "Page",
    "PermissionDeniedError",
    "Placement",
    "RateLimitError",
    "ResponseLike",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Secret",
    "SessionwardError",
    "SystemClock",
    "Token",
    "UnprocessableEntityError",
    "__version__",
    "aunwrap",
    "aunwrap_empty",
    "aunwrap_list",
    "generic_error_parser",
    "redact_headers",
    "redact_url",
    "request_options",
    "status_error_class",
    "unwrap",
    "unwrap_empty",
    "unwrap_list",
    "validate_path_param",
]

# Reprs and tracebacks show the public names (sessionward.core.BaseClient), as httpx does.
for _public in (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncBaseClient,
    AsyncCursorPager,
    AsyncHTTPClient,
    AsyncOffsetPager,
    AsyncOverlayClient,
    AuthenticationError,
    BadRequestError,
    BaseClient,
    Clock,
    ConflictError,
    CookieAuth,
    CredentialAuth,
    CursorPager,
    ErrorDetail,
    HTTPClient,
    HeaderAuth,
    InsecureTransportError,
    InternalServerError,
    InvalidPathParameterError,
    JWTAuth,
    LoginAuth,
    NotFoundError,
    NotGiven,
    OffsetPager,
    OverlayClient,
    Page,
    PermissionDeniedError,
    Placement,
    RateLimitError,
    ResponseLike,
    ResponseTooLargeError,
    RetryPolicy,
    Secret,
    SessionwardError,
    SystemClock,
    Token,
    UnprocessableEntityError,
    aunwrap,
    aunwrap_empty,
    aunwrap_list,
    generic_error_parser,
    redact_headers,
    redact_url,
    request_options,
    status_error_class,
    unwrap,
    unwrap_empty,
    unwrap_list,
    validate_path_param,
):
    _public.__module__ = __name__
del _public
