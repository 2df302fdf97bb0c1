"""sessionward.core: the transport, errors, retries, auth, paging and logging every overlay uses.

An overlay declares what its API has of its own in an `OverlayProfile` (user agent, error parser,
generated client, base-URL rule) and writes its client once over `ClientShell`, generic in the
mode; its twins subclass `OverlayClient` and `AsyncOverlayClient`, which bring the configuration,
`with_options()` views, closing and the redacted repr. Each operation is written once as steps
(`@operation`, `@pager`, `call(...)`) and runs with blocking I/O on the sync twin and awaited on
the async one. Every failure is one error of the tree rooted at `SessionwardError`. The lower
layer (`BaseClient`, `unwrap`, the pagers) stays available for clients that are not overlays.
"""

from sessionward.core._arguments import check_positive_int
from sessionward.core._auth_base import CredentialAuth, Placement
from sessionward.core._auth_static import CookieAuth, HeaderAuth
from sessionward.core._auth_token import JWTAuth, LoginAuth, LoginResult, Token
from sessionward.core._client import HTTPT, AsyncBaseClient, BaseClient, ClientOptions, InnerT
from sessionward.core._clock import Clock, SystemClock
from sessionward.core._config import (
    DEFAULT_DEADLINE,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from sessionward.core._error_detail import (
    ErrorDetail,
    ErrorModel,
    ErrorParser,
    error_detail,
    error_parser_for,
    generic_error_parser,
)
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
    InvalidArgumentError,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SessionwardError,
    UnprocessableEntityError,
    status_error_class,
)
from sessionward.core._fanout import run_each, run_each_async
from sessionward.core._http_client import AsyncHTTPClient, HTTPClient
from sessionward.core._options import NOT_GIVEN, NotGiven, request_options
from sessionward.core._overlay import (
    AsyncOverlayClient,
    ClientShell,
    OverlayClient,
    OverlayProfile,
    lazy_client,
)
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
from sessionward.core._steps import (
    Call,
    GeneratedOperation,
    Step,
    Steps,
    arun_steps,
    call,
    call_empty,
    call_list,
    for_each,
    run_steps,
)
from sessionward.core._twin import (
    APIResource,
    Async,
    CursorListing,
    Listing,
    ModeT,
    OffsetListing,
    Operations,
    Sync,
    collect_offset,
    operation,
    pager,
    resource,
)
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
    "HTTPT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResource",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Async",
    "AsyncBaseClient",
    "AsyncCursorPager",
    "AsyncHTTPClient",
    "AsyncOffsetPager",
    "AsyncOverlayClient",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "Call",
    "ClientOptions",
    "ClientShell",
    "Clock",
    "ConflictError",
    "CookieAuth",
    "CredentialAuth",
    "CursorListing",
    "CursorPager",
    "ErrorDetail",
    "ErrorModel",
    "ErrorParser",
    "GeneratedOperation",
    "HTTPClient",
    "HeaderAuth",
    "InnerT",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPathParameterError",
    "JWTAuth",
    "Listing",
    "LoginAuth",
    "LoginResult",
    "ModeT",
    "NotFoundError",
    "NotGiven",
    "OffsetListing",
    "OffsetPager",
    "Operations",
    "OverlayClient",
    "OverlayProfile",
    "Page",
    "PermissionDeniedError",
    "Placement",
    "RateLimitError",
    "ResponseLike",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Secret",
    "SessionwardError",
    "Step",
    "Steps",
    "Sync",
    "SystemClock",
    "Token",
    "UnprocessableEntityError",
    "__version__",
    "arun_steps",
    "aunwrap",
    "aunwrap_empty",
    "aunwrap_list",
    "call",
    "call_empty",
    "call_list",
    "check_positive_int",
    "collect_offset",
    "error_detail",
    "error_parser_for",
    "for_each",
    "generic_error_parser",
    "lazy_client",
    "operation",
    "pager",
    "redact_headers",
    "redact_url",
    "request_options",
    "resource",
    "run_each",
    "run_each_async",
    "run_steps",
    "status_error_class",
    "unwrap",
    "unwrap_empty",
    "unwrap_list",
    "validate_path_param",
]

# Reprs and tracebacks show the public names (sessionward.core.BaseClient), as httpx does.
for _name in __all__:
    _public = globals()[_name]
    if isinstance(_public, type) or (callable(_public) and hasattr(_public, "__code__")):
        _public.__module__ = __name__
del _name, _public
