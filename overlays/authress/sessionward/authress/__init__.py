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
from sessionward.authress._version import __version__
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

# Reprs and tracebacks show the public names (sessionward.authress.Authress), as httpx does. The
# core's errors keep their own module (sessionward.core) and the models theirs.
for _public in (AsyncAuthress, AsyncConnections, Authress, Connections):
    _public.__module__ = __name__
del _public
