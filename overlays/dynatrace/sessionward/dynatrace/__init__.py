"""sessionward.dynatrace: user sessions and the session policy of a Dynatrace Managed cluster.

`DynatraceCluster` (sync) and `AsyncDynatraceCluster` take the Cluster API v2 URL and an API
token and expose `user_sessions` (`list(user_id=None)`, `remove(user_id)`) and `session_policy`
(`get()`, `update(config)`, `update_partial(...)`). Results are the generated models; every
failure is one of the `sessionward.core` errors re-exported here, or `InvalidArgumentError` (a
core `SessionwardError` and a `ValueError`) for an argument refused before sending.
"""

from dynatrace_api.models import (
    AutomaticLogoutConfiguration,
    ConcurrentSessionPolicy,
    LoginType,
    UserSession,
    UserSessionsConfig,
)

from sessionward.core import (
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
)
from sessionward.dynatrace._client import AsyncDynatraceCluster, DynatraceCluster
from sessionward.dynatrace._exceptions import InvalidArgumentError
from sessionward.dynatrace._session_policy import AsyncSessionPolicy, SessionPolicy
from sessionward.dynatrace._user_sessions import AsyncUserSessions, UserSessions
from sessionward.dynatrace._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDynatraceCluster",
    "AsyncSessionPolicy",
    "AsyncUserSessions",
    "AuthenticationError",
    "AutomaticLogoutConfiguration",
    "BadRequestError",
    "ConcurrentSessionPolicy",
    "ConflictError",
    "DynatraceCluster",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPathParameterError",
    "LoginType",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SessionPolicy",
    "SessionwardError",
    "UnprocessableEntityError",
    "UserSession",
    "UserSessions",
    "UserSessionsConfig",
    "__version__",
]

# Reprs and tracebacks show the public names (sessionward.dynatrace.DynatraceCluster), as httpx
# does. The core errors and the generated models keep their own modules.
for _public in (
    AsyncDynatraceCluster,
    AsyncSessionPolicy,
    AsyncUserSessions,
    DynatraceCluster,
    InvalidArgumentError,
    SessionPolicy,
    UserSessions,
):
    _public.__module__ = __name__
del _public
