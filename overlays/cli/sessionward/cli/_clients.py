"""Build the overlay client of a configured platform, importing its package only then.

`open_client("ziti", config, timeout)` returns a `sessionward.ziti.Ziti` built from the platform's
URL and credential keywords and the command's timeout. The overlays are imported here, when a
client is built, so that `sessionward --help` and commands that reach no platform never load them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Literal, overload

from sessionward.cli._errors import UsageProblem

if TYPE_CHECKING:
    from sessionward.authress import Authress
    from sessionward.cli._config import PlatformConfig
    from sessionward.docspace import DocSpace
    from sessionward.dynatrace import DynatraceCluster
    from sessionward.ziti import Ziti

# One retry fewer than the clients' default: an operator in an incident wants a down platform
# reported quickly, and every other platform goes on meanwhile.
MAX_RETRIES = 1
# Where each platform's client class lives; the overloads below give each call its type, and
# tests/cli pins this table to the classes.
CLIENT_CLASSES = {
    "docspace": ("sessionward.docspace", "DocSpace"),
    "dynatrace": ("sessionward.dynatrace", "DynatraceCluster"),
    "ziti": ("sessionward.ziti", "Ziti"),
    "authress": ("sessionward.authress", "Authress"),
}


@overload
def open_client(key: Literal["docspace"], config: PlatformConfig, timeout: float) -> DocSpace: ...
@overload
def open_client(
    key: Literal["dynatrace"], config: PlatformConfig, timeout: float
) -> DynatraceCluster: ...
@overload
def open_client(key: Literal["ziti"], config: PlatformConfig, timeout: float) -> Ziti: ...
@overload
def open_client(key: Literal["authress"], config: PlatformConfig, timeout: float) -> Authress: ...


def open_client(key: str, config: PlatformConfig, timeout: float) -> Any:
    """The client of platform `key` (`config` is that platform's); raises `UsageProblem`.

    The credential keywords are the client's own: DocSpace `token` or `auth_cookie`, Dynatrace
    `api_token`, Ziti `username` and `password` or `session_token`, Authress
    `service_client_access_key` or `access_token`. A set the client refuses is a usage problem.
    """
    module, name = CLIENT_CLASSES[key]
    factory = getattr(importlib.import_module(module), name)
    try:
        return factory(config.url, timeout=timeout, max_retries=MAX_RETRIES, **config.credentials)
    except (TypeError, ValueError) as error:
        # The clients' messages name the argument, never its value.
        raise UsageProblem(f"{config.key} is not configured correctly: {error}") from None
