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

import typing as _typing

from sessionward.core._lazy import lazy_package as _lazy_package
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

    from sessionward.core._exceptions import *  # noqa: F403  (the core errors)
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


# PEP 562: each name is imported on first use (see sessionward.core._lazy). Type checkers
# read the imports above instead, so a misspelt name is an error, not `Any`.
if not _typing.TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_package(
        globals(), ("_filter", "_revoke", "_client", "_api_sessions"), "ziti_api.models"
    )
