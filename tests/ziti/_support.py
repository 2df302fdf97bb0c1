"""Running one Ziti test against the sync and the async client alike, and reading the request log.

`Twin` is `sessionward.testing.Twin` over a `Ziti` or an `AsyncZiti` (`call("api_sessions.get",
id)`, `collect(pager)`), plus the session list and its first page. The tests' fake clock is
`sessionward.testing.FakeClock`, started at the real time so the controller's clock and the
client's agree.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncGenerator, Generator
from typing import Any, cast

from sessionward.core import Page
from sessionward.testing import RequestRecord, Simulator
from sessionward.testing import Twin as BaseTwin
from sessionward.ziti import AsyncZiti, Ziti
from tests._support import Mode


class Twin(BaseTwin[Ziti | AsyncZiti]):
    """A `Ziti` or `AsyncZiti` behind one async interface."""

    @classmethod
    def build(cls, mode: Mode, base_url: str, **kwargs: Any) -> Twin:
        return cls((Ziti if mode == "sync" else AsyncZiti)(base_url, **kwargs))

    async def list(self, **kwargs: Any) -> list[Any]:
        """All sessions `api_sessions.list(**kwargs)` yields."""
        return await self.collect(self.client.api_sessions.list(**kwargs))

    async def first_page(self, **kwargs: Any) -> builtins.list[Any]:
        """The sessions of the first page of `api_sessions.list(**kwargs)` only."""
        # pages() is a generator, typed as an iterator: closed here so that no fetch is pending.
        if isinstance(self.client, Ziti):
            pages = cast(Generator[Page[Any]], self.client.api_sessions.list(**kwargs).pages())
            try:
                return builtins.list(next(pages).items)
            finally:
                pages.close()
        apages = cast(AsyncGenerator[Page[Any]], self.client.api_sessions.list(**kwargs).pages())
        try:
            return builtins.list((await anext(apages)).items)
        finally:
            await apages.aclose()


def operations(sim: Simulator) -> list[str | None]:
    """The operationIds of the requests the simulator received, oldest first."""
    return [record.operation for record in sim.requests()]


def answered(sim: Simulator, operation: str) -> list[int | None]:
    """The statuses the simulator answered to requests of `operation`, oldest first."""
    return [record.status for record in sim.requests() if record.operation == operation]


def records(sim: Simulator, operation: str) -> list[RequestRecord]:
    """The request records of `operation`, oldest first."""
    return [record for record in sim.requests() if record.operation == operation]
