"""What the benchmarks do with one API, declared in that API's own module `bench/_<key>.py`.

Each registered API has a module `bench._<key>` with a module-level `WORKLOAD` (a `Workload`):
its listing call (the `calls` and `load` sections), and optionally the list body the `parsing`
section builds from its spec's example, the pager the `memory` section drains, and whether the
`startup` section times its simulator's command line. `bench._registry` finds them through the
registry, so the sections name no API.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

# Items per page of a pager's first page (the listing call of a paged API: one request).
PAGE_SIZE = 20


@dataclass(frozen=True)
class ParseBody:
    """A list body for the `parsing` section: the spec's 200 example of `path`, made long.

    `label` names it in the table; `model` is the generated class (and spec schema) of the body;
    the items at the keys `items` are repeated to 10,000, each with a fresh `id_field`.
    """

    label: str
    path: str
    model: str
    items: tuple[str, ...]
    id_field: str


@dataclass(frozen=True)
class Paging:
    """A lazy pager for the `memory` section: `pager(client, page_size)` on a sync client.

    `label` names what it yields (as in "Iterating 100,000 <label>").
    """

    label: str
    pager: Callable[[Any, int], Iterable[object]]


@dataclass(frozen=True)
class Workload:
    """What bench does with one API (see the module docstring).

    `call(client)` makes one listing call on a sync client, `acall(client)` the same on an async
    one (one request each); `body`, `paging` and `startup` opt the API into those sections.
    """

    call: Callable[[Any], object]
    acall: Callable[[Any], Awaitable[object]]
    body: ParseBody | None = None
    paging: Paging | None = None
    startup: bool = False


def first_page(pager: Any) -> object:
    """The first page of a sync pager (one request)."""
    for page in pager.pages():
        return page
    return None


async def afirst_page(pager: Any) -> object:
    """The first page of an async pager (one request)."""
    async for page in pager.pages():
        return page
    return None


async def awaited(awaitable: Awaitable[object]) -> object:
    """Await a call's result (a coroutine made into the awaitable `acall` returns)."""
    return await awaitable
