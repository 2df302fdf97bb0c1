"""sessionward.ziti: list, inspect and revoke the API sessions of an OpenZiti controller.

```
from sessionward.ziti import Ziti, ZitiFilter

with Ziti(base_url, username="admin", password=password) as ziti:
    for session in ziti.api_sessions.list(filter=ZitiFilter.eq("identityId", identity_id)):
        print(session.id, session.ip_address)
    result = ziti.api_sessions.revoke_all(filter=ZitiFilter.eq("identityId", identity_id))
```

`Ziti` and `AsyncZiti` are twins; models are the generated `ziti_api` classes; every error is one
of the `sessionward.core` errors re-exported here.
"""

import importlib as _importlib
import typing as _typing

from sessionward.ziti._version import __version__

if _typing.TYPE_CHECKING:
    from ziti_api.models import (
        ApiSessionDetail,
        AuthQueryDetail,
        CurrentApiSessionDetail,
        EntityRef,
        Link,
        Links,
        Tags,
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
    from sessionward.ziti._api_sessions import ApiSessions, AsyncApiSessions
    from sessionward.ziti._client import AsyncZiti, Ziti
    from sessionward.ziti._filter import ZitiFilter
    from sessionward.ziti._revoke import RevokeResult

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiSessionDetail",
    "ApiSessions",
    "AsyncApiSessions",
    "AsyncZiti",
    "AuthQueryDetail",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CurrentApiSessionDetail",
    "EntityRef",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPathParameterError",
    "Link",
    "Links",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RevokeResult",
    "SessionwardError",
    "Tags",
    "UnprocessableEntityError",
    "Ziti",
    "ZitiFilter",
    "__version__",
]


# PEP 562 lazy loading: importing the package stays cheap, and each name is imported when first
# asked for (`from sessionward.<key> import X` or `module.X`). The package's own classes load
# together, so their reprs and tracebacks show the public names (as httpx does) from the start; the
# core errors and the generated models keep their own modules.
_OWN = {
    "ApiSessions": "sessionward.ziti._api_sessions",
    "AsyncApiSessions": "sessionward.ziti._api_sessions",
    "AsyncZiti": "sessionward.ziti._client",
    "RevokeResult": "sessionward.ziti._revoke",
    "Ziti": "sessionward.ziti._client",
    "ZitiFilter": "sessionward.ziti._filter",
}
_ELSEWHERE = {
    "APIConnectionError": "sessionward.core",
    "APIError": "sessionward.core",
    "APIResponseValidationError": "sessionward.core",
    "APIStatusError": "sessionward.core",
    "APITimeoutError": "sessionward.core",
    "ApiSessionDetail": "ziti_api.models",
    "AuthQueryDetail": "ziti_api.models",
    "AuthenticationError": "sessionward.core",
    "BadRequestError": "sessionward.core",
    "ConflictError": "sessionward.core",
    "CurrentApiSessionDetail": "ziti_api.models",
    "EntityRef": "ziti_api.models",
    "InsecureTransportError": "sessionward.core",
    "InternalServerError": "sessionward.core",
    "InvalidArgumentError": "sessionward.core",
    "InvalidPathParameterError": "sessionward.core",
    "Link": "ziti_api.models",
    "Links": "ziti_api.models",
    "NotFoundError": "sessionward.core",
    "PermissionDeniedError": "sessionward.core",
    "RateLimitError": "sessionward.core",
    "ResponseTooLargeError": "sessionward.core",
    "SessionwardError": "sessionward.core",
    "Tags": "ziti_api.models",
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
