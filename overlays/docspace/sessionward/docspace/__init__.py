"""sessionward.docspace: list and close the active connections of ONLYOFFICE DocSpace users.

`DocSpace` (sync) and `AsyncDocSpace` take the portal URL and one credential (`token` or
`auth_cookie`) and expose `active_connections`: `list()`, `log_out(login_event_id)`,
`log_out_all_for_user(user_id)`, `log_out_all_except_current()` and
`log_out_all_and_change_password()`. Results are the generated models, unwrapped from DocSpace's
envelope; every failure is one of the `sessionward.core` errors re-exported here.
"""

import typing as _typing

from sessionward.core import _exceptions as _core_errors
from sessionward.core._lazy import lazy_package as _lazy_package
from sessionward.docspace._version import __version__

if _typing.TYPE_CHECKING:
    from docspace_api.models import ActiveConnectionsDto, ActiveConnectionsItemDto

    from sessionward.core._exceptions import *  # noqa: F403  (the core errors)
    from sessionward.docspace._active_connections import ActiveConnections, AsyncActiveConnections
    from sessionward.docspace._client import AsyncDocSpace, DocSpace
else:
    # PEP 562: each name is imported on first use (see sessionward.core._lazy); type checkers
    # read the imports above instead, so a misspelt name is an error, not `Any`.
    __getattr__, __dir__ = _lazy_package(
        globals(), ("_client", "_active_connections"), "docspace_api.models"
    )

# The package's own names; the core's error tree follows, re-exported whole from its one list.
__all__ = [
    "ActiveConnections",
    "ActiveConnectionsDto",
    "ActiveConnectionsItemDto",
    "AsyncActiveConnections",
    "AsyncDocSpace",
    "DocSpace",
    "__version__",
]
__all__ += _core_errors.__all__
