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

from sessionward.core import _exceptions as _core_errors
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
else:
    # PEP 562: each name is imported on first use (see sessionward.core._lazy); type checkers
    # read the imports above instead, so a misspelt name is an error, not `Any`.
    __getattr__, __dir__ = _lazy_package(
        globals(), ("_filter", "_revoke", "_client", "_api_sessions"), "ziti_api.models"
    )

# The package's own names; the core's error tree follows, re-exported whole from its one list.
__all__ = [
    "ApiSessionDetail",
    "ApiSessions",
    "AsyncApiSessions",
    "AsyncZiti",
    "AuthQueryDetail",
    "CurrentApiSessionDetail",
    "EntityRef",
    "Link",
    "Links",
    "RevokeResult",
    "Tags",
    "Ziti",
    "ZitiFilter",
    "__version__",
]
__all__ += _core_errors.__all__
