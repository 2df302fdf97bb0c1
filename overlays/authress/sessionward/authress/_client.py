"""The Authress clients: `Authress` (sync) and `AsyncAuthress` (async), over the core's shells.

Each is a `sessionward.core` overlay client over a client base configured for the Authress API (a
bearer JWT, the `application/links+json` media type Authress answers with, its error bodies, a
`User-Agent`), holding a generated `authress_api` client that sends through the base's httpx client,
and the `connections` resource. Views made by `with_options()` share the pool and the cached token.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx
from authress_api.client import AuthenticatedClient

from sessionward.authress._auth import build_auth
from sessionward.authress._connections import AsyncConnections, Connections
from sessionward.authress._errors import authress_error_parser
from sessionward.authress._version import __version__
from sessionward.core import (
    DEFAULT_DEADLINE,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncBaseClient,
    AsyncHTTPClient,
    AsyncOverlayClient,
    BaseClient,
    Clock,
    HTTPClient,
    OverlayClient,
    RetryPolicy,
)

USER_AGENT = f"sessionward-authress/{__version__}"
MEDIA_TYPE = "application/links+json"


def _headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    # Authress serves every body as application/links+json and the vendor's SDKs ask for it.
    return {"Accept": MEDIA_TYPE, **(extra or {})}


def _generated_client(base_url: httpx.URL) -> AuthenticatedClient:
    # The credential is attached by the core's auth strategy on the httpx client handed over
    # with set_httpx_client; the generated client's own token is never sent.
    return AuthenticatedClient(base_url=str(base_url), token="")


class Authress(OverlayClient):
    """A sync client of the Authress API's SSO connections.

    `base_url` is the account's API host (`https://<accountId>.api.authress.io`) or its custom
    domain. Give exactly one credential:

    - `service_client_access_key`: a service client's access key, in either Authress format;
      the client signs a JWT with it (EdDSA or RS256), caches it for its 24-hour life and signs
      a new one an hour before expiry or after a 401. The key never appears in reprs or logs.
    - `access_token`: a user's access token (a JWT), sent as `Authorization: Bearer`.

    Other arguments: `timeout` (seconds or `httpx.Timeout`), `max_retries`, `deadline` (seconds
    for a whole call, retries included), `max_response_size` (bytes), `http_client` (an
    `httpx.Client` of yours for proxies or TLS settings; you close it), `allow_insecure_http`
    (credentials over plain http to a non-loopback host are refused otherwise), `headers`,
    `limits`, `retry_policy` and `clock` (see `sessionward.core.BaseClient`).

    Use it as a context manager or call `close()`. Every call raises only `sessionward.core`
    errors; the constructor raises `ValueError` or `TypeError` for invalid arguments (a
    malformed key included).
    """

    connections: Connections
    """Create, list, read, update and delete SSO connections; read users' credentials."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        access_token: str | None = None,
        service_client_access_key: str | None = None,
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
        auth = build_auth(
            access_token=access_token,
            service_client_access_key=service_client_access_key,
            base_url=lambda: self.base_url,
            clock=clock,
        )
        super().__init__(
            BaseClient(
                base_url,
                auth=auth,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=_headers(headers),
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=authress_error_parser,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )

    def _bind(self, base: BaseClient) -> None:
        self._generated = _generated_client(base.base_url).set_httpx_client(base.http_client)
        self.connections = Connections(self)

    @property
    def http_client(self) -> HTTPClient:
        """The httpx client the generated client sends through."""
        return self._base.http_client

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        return self._base.auth

    def without_auth(self) -> Self:
        """Return a view that sends no credential."""
        return self._rebound(self._base.without_auth())


class AsyncAuthress(AsyncOverlayClient):
    """The async twin of `Authress`, with `async with`, `aclose()` and awaitable methods.

    It takes the same arguments (`http_client` is an `httpx.AsyncClient`);
    `connections.list()` is an async iterator.
    """

    connections: AsyncConnections
    """Create, list, read, update and delete SSO connections; read users' credentials."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        access_token: str | None = None,
        service_client_access_key: str | None = None,
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
        auth = build_auth(
            access_token=access_token,
            service_client_access_key=service_client_access_key,
            base_url=lambda: self.base_url,
            clock=clock,
        )
        super().__init__(
            AsyncBaseClient(
                base_url,
                auth=auth,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=_headers(headers),
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=authress_error_parser,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )

    def _bind(self, base: AsyncBaseClient) -> None:
        self._generated = _generated_client(base.base_url).set_async_httpx_client(base.http_client)
        self.connections = AsyncConnections(self)

    @property
    def http_client(self) -> AsyncHTTPClient:
        """The httpx client the generated client sends through."""
        return self._base.http_client

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        return self._base.auth

    def without_auth(self) -> Self:
        """Return a view that sends no credential."""
        return self._rebound(self._base.without_auth())
