"""sessionward.dynatrace: user sessions and the session policy of a Dynatrace Managed cluster.

`DynatraceCluster` (sync) and `AsyncDynatraceCluster` take the Cluster API v2 URL and an API
token and expose `user_sessions` (`list(user_id=None)`, `remove(user_id)`) and `session_policy`
(`get()`, `update(config)`, `update_partial(...)`). Results are the generated models; every
failure is one of the `sessionward.core` errors re-exported here, or `InvalidArgumentError` (a
core `SessionwardError` and a `ValueError`) for an argument refused before sending.
"""

import typing as _typing

from sessionward.core import _exceptions as _core_errors
from sessionward.core._lazy import lazy_package as _lazy_package
from sessionward.dynatrace._version import __version__

if _typing.TYPE_CHECKING:
    from dynatrace_api.models import (
        AutomaticLogoutConfiguration,
        ConcurrentSessionPolicy,
        LoginType,
        UserSession,
        UserSessionsConfig,
    )

    from sessionward.core._exceptions import *  # noqa: F403  (the core errors)
    from sessionward.dynatrace._client import AsyncDynatraceCluster, DynatraceCluster
    from sessionward.dynatrace._session_policy import AsyncSessionPolicy, SessionPolicy
    from sessionward.dynatrace._user_sessions import AsyncUserSessions, UserSessions
else:
    # PEP 562: each name is imported on first use (see sessionward.core._lazy); type checkers
    # read the imports above instead, so a misspelt name is an error, not `Any`.
    __getattr__, __dir__ = _lazy_package(
        globals(), ("_client", "_session_policy", "_user_sessions"), "dynatrace_api.models"
    )

# The package's own names; the core's error tree follows, re-exported whole from its one list.
__all__ = [
    "AsyncDynatraceCluster",
    "AsyncSessionPolicy",
    "AsyncUserSessions",
    "AutomaticLogoutConfiguration",
    "ConcurrentSessionPolicy",
    "DynatraceCluster",
    "LoginType",
    "SessionPolicy",
    "UserSession",
    "UserSessions",
    "UserSessionsConfig",
    "__version__",
]
__all__ += _core_errors.__all__
