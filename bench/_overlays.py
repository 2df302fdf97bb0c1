"""The overlay clients and the listing call each benchmark makes with them, found by the registry.

`LISTINGS` maps each API key of the registry (`sessionward.testing.registered_apis()`) to its
sync and async client class and its listing call, which the API's own module `bench/_<key>.py`
declares (`WORKLOAD`, found by `bench._registry`). Importing this module imports every overlay.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bench._registry import APIS, WORKLOADS
from bench._workload import Workload
from sessionward.testing import RegisteredAPI


@dataclass(frozen=True)
class Listing:
    """How to build one API's clients and make its listing call, sync and async."""

    sync_client: Callable[..., Any]
    async_client: Callable[..., Any]
    call: Callable[[Any], object]
    acall: Callable[[Any], Awaitable[object]]


def _listing(api: RegisteredAPI, workload: Workload) -> Listing:
    overlay = importlib.import_module(api.overlay)
    return Listing(
        getattr(overlay, api.client),
        getattr(overlay, api.async_client),
        workload.call,
        workload.acall,
    )


LISTINGS: dict[str, Listing] = {key: _listing(APIS[key], w) for key, w in WORKLOADS.items()}


def client_arguments(ready: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The base URL and the credential arguments of a simulator's ready line."""
    return ready["base_url"], dict(ready["credentials"])
