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

import typing as _typing

from sessionward.authress._version import __version__
from sessionward.core import _exceptions as _core_errors
from sessionward.core._lazy import lazy_package as _lazy_package

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
    from sessionward.core._exceptions import *  # noqa: F403  (the core errors)
else:
    # PEP 562: each name is imported on first use (see sessionward.core._lazy); type checkers
    # read the imports above instead, so a misspelt name is an error, not `Any`.
    __getattr__, __dir__ = _lazy_package(
        globals(), ("_client", "_connections"), "authress_api.models"
    )

# The package's own names; the core's error tree follows, re-exported whole from its one list.
__all__ = [
    "AssignmentType",
    "AsyncAuthress",
    "AsyncConnections",
    "Authress",
    "Connection",
    "ConnectionConditions",
    "ConnectionData",
    "ConnectionDefaultConnectionProperties",
    "ConnectionLinkingConfiguration",
    "ConnectionTenantConfiguration",
    "ConnectionType",
    "ConnectionUserDataConfiguration",
    "Connections",
    "LinkingType",
    "SupportedContentType",
    "Tags",
    "UserConnectionCredentials",
    "UserDataLocation",
    "__version__",
]
__all__ += _core_errors.__all__
