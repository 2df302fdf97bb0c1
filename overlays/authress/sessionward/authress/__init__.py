"""sessionward.authress: manage the SSO connections of an Authress account.

```
from sessionward.authress import Authress, Connection, ConnectionData, ConnectionType

with Authress(base_url, service_client_access_key=key) as authress:
    created = authress.connections.create(
        Connection(type_=ConnectionType.OAUTH2, authentication_url="https://idp.example/auth")
    )
    for connection in authress.connections.list():
        print(connection.connection_id)
```

`Authress` and `AsyncAuthress` are twins; models are the generated `authress_api` classes; every
error is one of the `sessionward.core` errors re-exported here.
"""

import importlib as _importlib
import typing as _typing

from sessionward.authress._version import __version__

if _typing.TYPE_CHECKING:
    from authress_api.models import (
        AssignmentType,
        Connection,
        ConnectionConditions,
        ConnectionData,
        ConnectionDefaultConnectionProperties,
        ConnectionLinkingConfiguration,
        ConnectionTenantConfiguration,
        ConnectionType,
        ConnectionUserDataConfiguration,
        LinkingType,
        SupportedContentType,
        Tags,
        UserConnectionCredentials,
        UserDataLocation,
    )

    from sessionward.authress._client import AsyncAuthress, Authress
    from sessionward.authress._connections import AsyncConnections, Connections
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

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AssignmentType",
    "AsyncAuthress",
    "AsyncConnections",
    "AuthenticationError",
    "Authress",
    "BadRequestError",
    "ConflictError",
    "Connection",
    "ConnectionConditions",
    "ConnectionData",
    "ConnectionDefaultConnectionProperties",
    "ConnectionLinkingConfiguration",
    "ConnectionTenantConfiguration",
    "ConnectionType",
    "ConnectionUserDataConfiguration",
    "Connections",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidPathParameterError",
    "LinkingType",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SessionwardError",
    "SupportedContentType",
    "Tags",
    "UnprocessableEntityError",
    "UserConnectionCredentials",
    "UserDataLocation",
    "__version__",
]


# PEP 562 lazy loading: importing the package stays cheap, and each name is imported when first
# asked for (`from sessionward.<key> import X` or `module.X`). The package's own classes load
# together, so their reprs and tracebacks show the public names (as httpx does) from the start; the
# core errors and the generated models keep their own modules.
_OWN = {
    "AsyncAuthress": "sessionward.authress._client",
    "AsyncConnections": "sessionward.authress._connections",
    "Authress": "sessionward.authress._client",
    "Connections": "sessionward.authress._connections",
}
_ELSEWHERE = {
    "APIConnectionError": "sessionward.core",
    "APIError": "sessionward.core",
    "APIResponseValidationError": "sessionward.core",
    "APIStatusError": "sessionward.core",
    "APITimeoutError": "sessionward.core",
    "AssignmentType": "authress_api.models",
    "AuthenticationError": "sessionward.core",
    "BadRequestError": "sessionward.core",
    "ConflictError": "sessionward.core",
    "Connection": "authress_api.models",
    "ConnectionConditions": "authress_api.models",
    "ConnectionData": "authress_api.models",
    "ConnectionDefaultConnectionProperties": "authress_api.models",
    "ConnectionLinkingConfiguration": "authress_api.models",
    "ConnectionTenantConfiguration": "authress_api.models",
    "ConnectionType": "authress_api.models",
    "ConnectionUserDataConfiguration": "authress_api.models",
    "InsecureTransportError": "sessionward.core",
    "InternalServerError": "sessionward.core",
    "InvalidArgumentError": "sessionward.core",
    "InvalidPathParameterError": "sessionward.core",
    "LinkingType": "authress_api.models",
    "NotFoundError": "sessionward.core",
    "PermissionDeniedError": "sessionward.core",
    "RateLimitError": "sessionward.core",
    "ResponseTooLargeError": "sessionward.core",
    "SessionwardError": "sessionward.core",
    "SupportedContentType": "authress_api.models",
    "Tags": "authress_api.models",
    "UnprocessableEntityError": "sessionward.core",
    "UserConnectionCredentials": "authress_api.models",
    "UserDataLocation": "authress_api.models",
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
