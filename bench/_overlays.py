"""The four overlay clients and the listing call each benchmark makes with them, declared once.

`LISTINGS` maps an API key (the registry's, `sessionward.testing.APIS`) to how to build its sync
and async client from a simulator's ready line and what one listing call is: the whole list for
DocSpace and Dynatrace, the first page of the pager for Ziti and Authress (one request each).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sessionward.authress import AsyncAuthress, Authress
from sessionward.docspace import AsyncDocSpace, DocSpace
from sessionward.dynatrace import AsyncDynatraceCluster, DynatraceCluster
from sessionward.testing import APIS
from sessionward.ziti import AsyncZiti, Ziti

PAGE_SIZE = 20


@dataclass(frozen=True)
class Listing:
    """How to build one API's clients and make its listing call, sync and async."""

    sync_client: Callable[..., Any]
    async_client: Callable[..., Any]
    call: Callable[[Any], object]
    acall: Callable[[Any], Awaitable[object]]


def _first_page(pager: Any) -> object:
    for page in pager.pages():
        return page
    return None


async def _afirst_page(pager: Any) -> object:
    async for page in pager.pages():
        return page
    return None


async def _awaited(awaitable: Awaitable[object]) -> object:
    return await awaitable


LISTINGS: dict[str, Listing] = {
    "docspace": Listing(
        DocSpace,
        AsyncDocSpace,
        lambda client: client.active_connections.list(),
        lambda client: _awaited(client.active_connections.list()),
    ),
    "dynatrace": Listing(
        DynatraceCluster,
        AsyncDynatraceCluster,
        lambda client: client.user_sessions.list(),
        lambda client: _awaited(client.user_sessions.list()),
    ),
    "ziti": Listing(
        Ziti,
        AsyncZiti,
        lambda client: _first_page(client.api_sessions.list(page_size=PAGE_SIZE)),
        lambda client: _afirst_page(client.api_sessions.list(page_size=PAGE_SIZE)),
    ),
    "authress": Listing(
        Authress,
        AsyncAuthress,
        lambda client: _first_page(client.connections.list(page_size=PAGE_SIZE)),
        lambda client: _afirst_page(client.connections.list(page_size=PAGE_SIZE)),
    ),
}
assert tuple(LISTINGS) == APIS, "bench covers every API of the registry"


def client_arguments(ready: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The base URL and the credential arguments of a simulator's ready line."""
    return ready["base_url"], dict(ready["credentials"])
