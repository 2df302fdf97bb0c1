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
from sessionward.ziti._version import __version__

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

# Reprs and tracebacks show the public names (sessionward.ziti.Ziti), as httpx does. The core's
# errors keep their own module (sessionward.core) and the models theirs (ziti_api.models).
for _public in (ApiSessions, AsyncApiSessions, AsyncZiti, RevokeResult, Ziti, ZitiFilter):
    _public.__module__ = __name__
del _public
