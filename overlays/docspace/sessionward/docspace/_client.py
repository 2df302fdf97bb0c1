"""The DocSpace clients people import: `DocSpace` (sync) and `AsyncDocSpace`.

A client picks its auth strategy (bearer token or `asc_auth_key` cookie), builds a core
`BaseClient` / `AsyncBaseClient` with DocSpace's error parser and a `User-Agent` naming this
package, hands the core's HTTP client to a private generated client, and exposes the
`active_connections` resource over it. `with_options()` returns a view sharing the connection pool;
only the original closes it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx
from docspace_api.client import Client

from sessionward.core import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncBaseClient,
    BaseClient,
    Clock,
    NotGiven,
    RetryPolicy,
    Secret,
    redact_url,
)
from sessionward.docspace._active_connections import ActiveConnections, AsyncActiveConnections
from sessionward.docspace._auth import docspace_auth
from sessionward.docspace._errors import parse_docspace_error
from sessionward.docspace._version import __version__

USER_AGENT = f"sessionward-docspace/{__version__}"


def _describe(kind: str, base: BaseClient | AsyncBaseClient) -> str:
    # The auth strategies of the core have redacted reprs; the credential never shows.
    return (
        f"{kind}(base_url={redact_url(base.base_url)!r}, auth={base.auth!r}, "
        f"timeout={base.timeout!r}, max_retries={base.max_retries})"
    )


class DocSpace:
    """A client of the ONLYOFFICE DocSpace API (active connections); use it as a context manager.

    Pass exactly one credential: `token` (a personal API key, an OAuth access token or a session
    token, sent as `Authorization: Bearer <token>`) or `auth_cookie` (a session token, sent as
    the `asc_auth_key` cookie; only this form has a "current" connection that
    `log_out_all_except_current()` keeps).

    - `base_url`: the portal, e.g. `https://yourportal.onlyoffice.com` (the `/api/2.0/` paths are
      added by the client).
    - `timeout`: seconds or an `httpx.Timeout` (default 5 s to connect, 30 s otherwise; never
      unbounded). `max_retries`: retries after a failed attempt (default 2) for connection
      errors, timeouts, 408/429/5xx; `Retry-After` and `X-RateLimit-Reset` are honoured up to
      `retry_policy.max_retry_after`, a longer wait raises `RateLimitError` at once.
    - `http_client`: an `httpx.Client` of yours to send through (proxies, TLS, transports); the
      client does not close it. `limits`: pool limits of the client's own httpx client.
    - `allow_insecure_http`: send the credential over plain `http://` to a non-loopback host
      (refused by default with `InsecureTransportError`).
    - `headers`: extra headers on every request; `retry_policy`, `clock`: retry tuning and the
      time source (tests inject a fake clock).

    Raises `ValueError` for a missing, doubled or empty credential or a bad `base_url`, and
    `TypeError` for arguments of the wrong type; nothing is sent by the constructor.
    """

    active_connections: ActiveConnections
    """List and close the signed-in sessions of DocSpace users."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        token: str | Secret | None = None,
        auth_cookie: str | Secret | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        base = BaseClient(
            base_url,
            auth=docspace_auth(token=token, auth_cookie=auth_cookie),
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            user_agent=USER_AGENT,
            limits=limits,
            http_client=http_client,
            error_parser=parse_docspace_error,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            clock=clock,
        )
        self._bind(base)

    def _bind(self, base: BaseClient) -> None:
        self._base = base
        generated = Client(base_url=str(base.base_url))
        generated.set_httpx_client(base.http_client)
        self.active_connections = ActiveConnections(generated)

    @property
    def base_url(self) -> httpx.URL:
        """The portal's base URL, ending in `/`."""
        return self._base.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._base.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed attempt."""
        return self._base.max_retries

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view of this client with other defaults, sharing its connection pool.

        Use it for one call or a group of calls: `client.with_options(timeout=2).active_connections
        .list()`. This client is not changed; closing the view does not close the pool. Raises
        `ValueError` for an unbounded timeout or a negative `max_retries`.
        """
        view = copy.copy(self)
        view._bind(
            self._base.with_options(timeout=timeout, max_retries=max_retries, headers=headers)
        )
        return view

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


class AsyncDocSpace:
    """The async twin of `DocSpace`: the same arguments (`http_client` is an `httpx.AsyncClient`).

    Use it with `async with`; every resource method is awaitable and raises the same errors.
    """

    active_connections: AsyncActiveConnections
    """List and close the signed-in sessions of DocSpace users."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        token: str | Secret | None = None,
        auth_cookie: str | Secret | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        base = AsyncBaseClient(
            base_url,
            auth=docspace_auth(token=token, auth_cookie=auth_cookie),
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            user_agent=USER_AGENT,
            limits=limits,
            http_client=http_client,
            error_parser=parse_docspace_error,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            clock=clock,
        )
        self._bind(base)

    def _bind(self, base: AsyncBaseClient) -> None:
        self._base = base
        generated = Client(base_url=str(base.base_url))
        generated.set_async_httpx_client(base.http_client)
        self.active_connections = AsyncActiveConnections(generated)

    @property
    def base_url(self) -> httpx.URL:
        """The portal's base URL, ending in `/`."""
        return self._base.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._base.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed attempt."""
        return self._base.max_retries

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view with other defaults sharing the pool; see `DocSpace.with_options`."""
        view = copy.copy(self)
        view._bind(
            self._base.with_options(timeout=timeout, max_retries=max_retries, headers=headers)
        )
        return view

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
