"""sessionward.dynatrace: user sessions and the session policy of a Dynatrace Managed cluster.

`DynatraceCluster` (sync) and `AsyncDynatraceCluster` take the Cluster API v2 URL and an API
token and expose `user_sessions` (`list(user_id=None)`, `remove(user_id)`) and `session_policy`
(`get()`, `update(config)`, `update_partial(...)`). Results are the generated models; every
failure is one of the `sessionward.core` errors re-exported here, or `InvalidArgumentError` (a
core `SessionwardError` and a `ValueError`) for an argument refused before sending.
"""

import importlib as _importlib
import typing as _typing

from sessionward.dynatrace._version import __version__

if _typing.TYPE_CHECKING:
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
        InvalidArgumentError,
        InvalidPathParameterError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseTooLargeError,
        SessionwardError,
        UnprocessableEntityError,
    )
    from sessionward.dynatrace._client import AsyncDynatraceCluster, DynatraceCluster
    from sessionward.dynatrace._session_policy import AsyncSessionPolicy, SessionPolicy
    from sessionward.dynatrace._user_sessions import AsyncUserSessions, UserSessions

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


# PEP 562 lazy loading: importing the package stays cheap, and each name is imported when first
# asked for (`from sessionward.<key> import X` or `module.X`). The package's own classes load
# together, so their reprs and tracebacks show the public names (as httpx does) from the start; the
# core errors and the generated models keep their own modules.
_OWN = {
    "AsyncDynatraceCluster": "sessionward.dynatrace._client",
    "AsyncSessionPolicy": "sessionward.dynatrace._session_policy",
    "AsyncUserSessions": "sessionward.dynatrace._user_sessions",
    "DynatraceCluster": "sessionward.dynatrace._client",
    "SessionPolicy": "sessionward.dynatrace._session_policy",
    "UserSessions": "sessionward.dynatrace._user_sessions",
}
_ELSEWHERE = {
    "APIConnectionError": "sessionward.core",
    "APIError": "sessionward.core",
    "APIResponseValidationError": "sessionward.core",
    "APIStatusError": "sessionward.core",
    "APITimeoutError": "sessionward.core",
    "AuthenticationError": "sessionward.core",
    "AutomaticLogoutConfiguration": "dynatrace_api.models",
    "BadRequestError": "sessionward.core",
    "ConcurrentSessionPolicy": "dynatrace_api.models",
    "ConflictError": "sessionward.core",
    "InsecureTransportError": "sessionward.core",
    "InternalServerError": "sessionward.core",
    "InvalidArgumentError": "sessionward.core",
    "InvalidPathParameterError": "sessionward.core",
    "LoginType": "dynatrace_api.models",
    "NotFoundError": "sessionward.core",
    "PermissionDeniedError": "sessionward.core",
    "RateLimitError": "sessionward.core",
    "ResponseTooLargeError": "sessionward.core",
    "SessionwardError": "sessionward.core",
    "UnprocessableEntityError": "sessionward.core",
    "UserSession": "dynatrace_api.models",
    "UserSessionsConfig": "dynatrace_api.models",
}


def __getattr__(name: str) -> _typing.Any:
    if name in _OWN:
        _load_own()
        return globals()[name]
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _load_own() -> None:
    for name, module in _OWN.items():
        value = getattr(_importlib.import_module(module), name)
        value.__module__ = __name__
        globals()[name] = value
