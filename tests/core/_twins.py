"""Running one behaviour test against the sync and the async core client alike.

`Twin` wraps a `BaseClient` or an `AsyncBaseClient` behind async methods: for the sync mode they
simply call the blocking code (the loopback server runs in its own threads, so blocking the test's
event loop is harmless), for the async mode they await. The fake clock is
`sessionward.testing.FakeClock`, started at `tests._support.START`.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from sessionward.core import (
    AsyncBaseClient,
    BaseClient,
    aunwrap,
    aunwrap_empty,
    aunwrap_list,
    unwrap,
    unwrap_empty,
    unwrap_list,
)
from tests._support import Mode
from tests.core._generated import GeneratedClient, Operation

T = TypeVar("T")


class Twin:
    """A sync or async core client behind one async interface."""

    def __init__(self, client: BaseClient | AsyncBaseClient, *, owned: bool = True) -> None:
        self.client = client
        self.owned = owned
        self.generated = GeneratedClient(base_url=str(client.base_url))
        if isinstance(client, BaseClient):
            self.generated.set_httpx_client(client.http_client)
        else:
            self.generated.set_async_httpx_client(client.http_client)

    @classmethod
    def build(cls, mode: Mode, base_url: str, **kwargs: Any) -> Twin:
        if mode == "sync":
            return cls(BaseClient(base_url, **kwargs))
        return cls(AsyncBaseClient(base_url, **kwargs))

    @property
    def mode(self) -> Mode:
        return "sync" if isinstance(self.client, BaseClient) else "async"

    def with_options(self, **kwargs: Any) -> Twin:
        return Twin(self.client.with_options(**kwargs), owned=False)

    def without_auth(self) -> Twin:
        return Twin(self.client.without_auth(), owned=False)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if isinstance(self.client, BaseClient):
            return self.client.http_client.request(method, url, **kwargs)
        return await self.client.http_client.request(method, url, **kwargs)

    async def unwrap(
        self, operation: Operation[Any], expected: type[T] | tuple[type[T], ...], **kwargs: Any
    ) -> T:
        if isinstance(self.client, BaseClient):
            return unwrap(
                lambda: operation.sync_detailed(client=self.generated, **kwargs), expected
            )
        return await aunwrap(
            lambda: operation.asyncio_detailed(client=self.generated, **kwargs), expected
        )

    async def unwrap_list(self, operation: Operation[Any], item: type[T], **kwargs: Any) -> list[T]:
        if isinstance(self.client, BaseClient):
            return unwrap_list(
                lambda: operation.sync_detailed(client=self.generated, **kwargs), item
            )
        return await aunwrap_list(
            lambda: operation.asyncio_detailed(client=self.generated, **kwargs), item
        )

    async def unwrap_empty(self, operation: Operation[Any], **kwargs: Any) -> None:
        if isinstance(self.client, BaseClient):
            unwrap_empty(lambda: operation.sync_detailed(client=self.generated, **kwargs))
        else:
            await aunwrap_empty(lambda: operation.asyncio_detailed(client=self.generated, **kwargs))

    async def close(self) -> None:
        if isinstance(self.client, BaseClient):
            self.client.close()
        else:
            await self.client.aclose()
