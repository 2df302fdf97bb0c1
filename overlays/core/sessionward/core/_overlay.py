"""The shells of the clients people import: `OverlayClient` (sync) and `AsyncOverlayClient` (async).

An overlay's client holds a core `BaseClient` / `AsyncBaseClient` and, over it, a generated client
and its resources. What every such client shares lives here once: the `base_url`, `timeout` and
`max_retries` properties, `with_options()` views that share the connection pool, closing, the
context-manager protocol and a redacted repr. A subclass builds its base in `__init__`, passes it
to `super().__init__` and implements `_bind(base)`, which attaches the generated client and the
resources to a base; views call `_bind` again with their own base.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx

from sessionward.core._client import AsyncBaseClient, BaseClient
from sessionward.core._options import NOT_GIVEN, NotGiven


def _describe(kind: str, base: BaseClient | AsyncBaseClient) -> str:
    # The base's repr is the redacted one (no credential, no userinfo); only the name changes.
    return kind + repr(base).removeprefix(type(base).__name__)


class OverlayClient:
    """The sync client shell an overlay subclasses; use it for a vendor's public sync client.

    Pass the configured `BaseClient` to `__init__`; implement `_bind(base)` to build the generated
    client and the resources over it. Nothing is sent by the shell itself.
    """

    _base: BaseClient

    def __init__(self, base: BaseClient) -> None:
        self._base = base
        self._bind(base)

    def _bind(self, base: BaseClient) -> None:
        """Attach the generated client and the resources to `base` (on every new view too)."""
        raise NotImplementedError

    def _rebound(self, base: BaseClient) -> Self:
        # A shallow copy keeps the vendor state (a login, a cached token) shared with the views.
        view = copy.copy(self)
        view._base = base
        view._bind(base)
        return view

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, always ending in `/`."""
        return self._base.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._base.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed attempt."""
        return self._base.max_retries

    @property
    def deadline(self) -> float:
        """The default seconds one call may take, all attempts and retry waits included."""
        return self._base.deadline

    @property
    def max_response_size(self) -> int:
        """The default limit of a decompressed response body, in bytes."""
        return self._base.max_response_size

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view of this client with other defaults, sharing its connection pool.

        Use it for one call or a group of calls: `client.with_options(timeout=2)` followed by a
        resource call. The view shares the pool and the credential (a login or a cached token);
        this client is not changed, and closing the view does not close the pool. `deadline`
        bounds a whole call (retries included), `max_response_size` a decompressed body. Raises
        `ValueError` for an unbounded timeout or deadline, a negative `max_retries` or a size
        below 1.
        """
        return self._rebound(
            self._base.with_options(
                timeout=timeout,
                max_retries=max_retries,
                headers=headers,
                deadline=deadline,
                max_response_size=max_response_size,
            )
        )

    def close(self) -> None:
        """Close the connection pool (unless it is a caller's `http_client` or this is a view)."""
        self._base.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _describe(type(self).__name__, self._base)


class AsyncOverlayClient:
    """The async twin of `OverlayClient`, over an `AsyncBaseClient`, with `aclose()`.

    Use it for a vendor's public async client, with `async with`.
    """

    _base: AsyncBaseClient

    def __init__(self, base: AsyncBaseClient) -> None:
        self._base = base
        self._bind(base)

    def _bind(self, base: AsyncBaseClient) -> None:
        """Attach the generated client and the resources to `base` (on every new view too)."""
        raise NotImplementedError

    def _rebound(self, base: AsyncBaseClient) -> Self:
        # See OverlayClient._rebound.
        view = copy.copy(self)
        view._base = base
        view._bind(base)
        return view

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, always ending in `/`."""
        return self._base.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._base.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed attempt."""
        return self._base.max_retries

    @property
    def deadline(self) -> float:
        """The default seconds one call may take, all attempts and retry waits included."""
        return self._base.deadline

    @property
    def max_response_size(self) -> int:
        """The default limit of a decompressed response body, in bytes."""
        return self._base.max_response_size

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view with other defaults sharing the pool; see `OverlayClient.with_options`."""
        return self._rebound(
            self._base.with_options(
                timeout=timeout,
                max_retries=max_retries,
                headers=headers,
                deadline=deadline,
                max_response_size=max_response_size,
            )
        )

    async def aclose(self) -> None:
        """Close the connection pool (unless it is a caller's `http_client` or this is a view)."""
        await self._base.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return _describe(type(self).__name__, self._base)
