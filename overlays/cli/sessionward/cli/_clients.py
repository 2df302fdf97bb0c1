"""Build a configured platform's overlay client, with the command line's retry and timeout.

`open_client(ClientClass, config, timeout)` calls the client class with the platform's URL, its
credential keywords and the command's timeout. Each platform package imports its own client
class when a command needs it and passes it here, so that `sessionward --help` and commands that
reach no platform never load the overlays, and the client keeps its precise type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sessionward.cli._errors import UsageProblem

if TYPE_CHECKING:
    from sessionward.cli._config import PlatformConfig

# One retry fewer than the clients' default: an operator in an incident wants a down platform
# reported quickly, and every other platform goes on meanwhile.
MAX_RETRIES = 1
C = TypeVar("C")


def open_client(factory: Callable[..., C], config: PlatformConfig, timeout: float) -> C:
    """The client `factory` builds for `config` (that platform's); raises `UsageProblem`.

    The credential keywords are the client's own (`Platform.credentials`); a set the client
    refuses is a usage problem.
    """
    try:
        return factory(config.url, timeout=timeout, max_retries=MAX_RETRIES, **config.credentials)
    except (TypeError, ValueError) as error:
        # The clients' messages name the argument, never its value.
        raise UsageProblem(f"{config.key} is not configured correctly: {error}") from None
