"""sessionward.docspace: list and close the active connections of ONLYOFFICE DocSpace users.

`DocSpace` (sync) and `AsyncDocSpace` take the portal URL and one credential (`token` or
`auth_cookie`) and expose `active_connections`: `list()`, `log_out(login_event_id)`,
`log_out_all_for_user(user_id)`, `log_out_all_except_current()` and
`log_out_all_and_change_password()`. Results are the generated models, unwrapped from DocSpace's
envelope; every failure is one of the `sessionward.core` errors re-exported here.
"""

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
from sessionward.docspace._version import __version__

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

# Reprs and tracebacks show the public names (sessionward.docspace.DocSpace), as httpx does. The
# core errors and the generated models keep their own modules.
for _public in (ActiveConnections, AsyncActiveConnections, AsyncDocSpace, DocSpace):
    _public.__module__ = __name__
del _public
