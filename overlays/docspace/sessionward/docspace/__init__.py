"""sessionward.docspace: list and close the active connections of ONLYOFFICE DocSpace users.

`DocSpace` (sync) and `AsyncDocSpace` take the portal URL and one credential (`token` or
`auth_cookie`) and expose `active_connections`: `list()`, `log_out(login_event_id)`,
`log_out_all_for_user(user_id)`, `log_out_all_except_current()` and
`log_out_all_and_change_password()`. Results are the generated models, unwrapped from DocSpace's
envelope; every failure is one of the `sessionward.core` errors re-exported here.
"""

import importlib as _importlib
import typing as _typing

from sessionward.docspace._version import __version__

if _typing.TYPE_CHECKING:
    from docspace_api.models import ActiveConnectionsDto, ActiveConnectionsItemDto

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
    from sessionward.docspace._active_connections import ActiveConnections, AsyncActiveConnections
    from sessionward.docspace._client import AsyncDocSpace, DocSpace

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ActiveConnections",
    "ActiveConnectionsDto",
    "ActiveConnectionsItemDto",
    "AsyncActiveConnections",
    "AsyncDocSpace",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DocSpace",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidPathParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SessionwardError",
    "UnprocessableEntityError",
    "__version__",
]


# PEP 562 lazy loading: importing the package stays cheap, and each name is imported when first
# asked for (`from sessionward.<key> import X` or `module.X`). The package's own classes load
# together, so their reprs and tracebacks show the public names (as httpx does) from the start; the
# core errors and the generated models keep their own modules.
_OWN = {
    "ActiveConnections": "sessionward.docspace._active_connections",
    "AsyncActiveConnections": "sessionward.docspace._active_connections",
    "AsyncDocSpace": "sessionward.docspace._client",
    "DocSpace": "sessionward.docspace._client",
}
_ELSEWHERE = {
    "APIConnectionError": "sessionward.core",
    "APIError": "sessionward.core",
    "APIResponseValidationError": "sessionward.core",
    "APIStatusError": "sessionward.core",
    "APITimeoutError": "sessionward.core",
    "ActiveConnectionsDto": "docspace_api.models",
    "ActiveConnectionsItemDto": "docspace_api.models",
    "AuthenticationError": "sessionward.core",
    "BadRequestError": "sessionward.core",
    "ConflictError": "sessionward.core",
    "InsecureTransportError": "sessionward.core",
    "InternalServerError": "sessionward.core",
    "InvalidPathParameterError": "sessionward.core",
    "NotFoundError": "sessionward.core",
    "PermissionDeniedError": "sessionward.core",
    "RateLimitError": "sessionward.core",
    "ResponseTooLargeError": "sessionward.core",
    "SessionwardError": "sessionward.core",
    "UnprocessableEntityError": "sessionward.core",
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
