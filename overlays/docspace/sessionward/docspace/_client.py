"""The DocSpace clients people import: `DocSpace` (sync) and `AsyncDocSpace`.

A client picks its auth strategy (bearer token or `asc_auth_key` cookie), builds a core
`BaseClient` / `AsyncBaseClient` with DocSpace's error parser and a `User-Agent` naming this
package, hands the core's HTTP client to a private generated client, and exposes the
`active_connections` resource over it. `with_options()` returns a view sharing the connection pool;
only the original closes it.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from docspace_api.client import Client

from sessionward.core import (
    DEFAULT_DEADLINE,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncBaseClient,
    AsyncOverlayClient,
    BaseClient,
    Clock,
    OverlayClient,
    RetryPolicy,
    Secret,
)
from sessionward.docspace._active_connections import ActiveConnections, AsyncActiveConnections
from sessionward.docspace._auth import docspace_auth
from sessionward.docspace._errors import parse_docspace_error
from sessionward.docspace._version import __version__

USER_AGENT = f"sessionward-docspace/{__version__}"


class DocSpace(OverlayClient):
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
    - `deadline`: seconds a whole call may take, every attempt and retry wait included (default
      120). `max_response_size`: bytes a decompressed body may have (default 32 MiB; larger
      raises `ResponseTooLargeError`).
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
        deadline: float = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            BaseClient(
                base_url,
                auth=docspace_auth(token=token, auth_cookie=auth_cookie),
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=headers,
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=parse_docspace_error,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )

    def _bind(self, base: BaseClient) -> None:
        generated = Client(base_url=str(base.base_url))
        generated.set_httpx_client(base.http_client)
        self.active_connections = ActiveConnections(generated)


class AsyncDocSpace(AsyncOverlayClient):
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
        deadline: float = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        headers: Mapping[str, str] | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            AsyncBaseClient(
                base_url,
                auth=docspace_auth(token=token, auth_cookie=auth_cookie),
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=headers,
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=parse_docspace_error,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )

    def _bind(self, base: AsyncBaseClient) -> None:
        generated = Client(base_url=str(base.base_url))
        generated.set_async_httpx_client(base.http_client)
        self.active_connections = AsyncActiveConnections(generated)
