"""Build the overlay client of a configured platform, importing its package only then.

`open_client("ziti", settings)` returns a `sessionward.ziti.Ziti` built from the platform's URL
and credential keywords and the command's timeout. The overlays are imported here, inside the
function, so that `sessionward --help` and commands that reach no platform never load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


def _build(factory: Any, config: PlatformConfig, timeout: float) -> Any:
    try:
        return factory(config.url, timeout=timeout, max_retries=MAX_RETRIES, **config.credentials)
    except (TypeError, ValueError) as error:
        # The clients' messages name the argument, never its value.
        raise UsageProblem(f"{config.key} is not configured correctly: {error}") from None


def docspace(config: PlatformConfig, timeout: float) -> DocSpace:
    """A DocSpace client (`token` or `auth_cookie`)."""
    from sessionward.docspace import DocSpace

    client: DocSpace = _build(DocSpace, config, timeout)
    return client


def dynatrace(config: PlatformConfig, timeout: float) -> DynatraceCluster:
    """A Dynatrace Managed cluster client (`api_token`)."""
    from sessionward.dynatrace import DynatraceCluster

    client: DynatraceCluster = _build(DynatraceCluster, config, timeout)
    return client


def ziti(config: PlatformConfig, timeout: float) -> Ziti:
    """A Ziti client (`username` and `password`, or `session_token`)."""
    from sessionward.ziti import Ziti

    client: Ziti = _build(Ziti, config, timeout)
    return client


def authress(config: PlatformConfig, timeout: float) -> Authress:
    """An Authress client (`service_client_access_key` or `access_token`)."""
    from sessionward.authress import Authress

    client: Authress = _build(Authress, config, timeout)
    return client
