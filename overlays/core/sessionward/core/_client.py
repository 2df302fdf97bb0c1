"""The client bases an overlay builds on: `BaseClient` (sync) and `AsyncBaseClient` (async).

A base owns the configuration (base URL, auth, timeout, retries, headers, vendor error parser,
clock) and the HTTP client that the overlay hands to its generated client. It builds its own inner
httpx client with the given pool limits and closes it, or sends through one the caller supplied
(which the caller keeps and closes). `with_options()` and `without_auth()` return cheap views that
share the connection pool and leave the original untouched; only the original closes the pool.
"""

from __future__ import annotations

import copy
import functools
import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Self

import httpx

from sessionward.core._auth_base import CredentialAuth
from sessionward.core._clock import SYSTEM_CLOCK, Clock
from sessionward.core._config import (
    DEFAULT_DEADLINE,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientConfig,
    default_headers,
    normalize_base_url,
)
from sessionward.core._deadline import deadline_transport
from sessionward.core._error_detail import ErrorParser
from sessionward.core._gate import Gate
from sessionward.core._http_client import AsyncHTTPClient, HTTPClient
from sessionward.core._logging import redact_library_logs
from sessionward.core._options import (
    NOT_GIVEN,
    NotGiven,
    check_deadline,
    check_headers,
    check_max_response_size,
    check_max_retries,
    coerce_timeout,
)
from sessionward.core._redact import redact_url
from sessionward.core._retry_policy import RetryPolicy


def _build_config(
    base_url: str | httpx.URL,
    *,
    auth: httpx.Auth | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
    headers: Mapping[str, str] | None,
    user_agent: str | None,
    error_parser: ErrorParser | None,
    allow_insecure_http: bool,
    retry_policy: RetryPolicy | None,
    clock: Clock | None,
    pool_size: int | None,
    deadline: float,
    max_response_size: int,
) -> ClientConfig:
    if auth is not None and not isinstance(auth, httpx.Auth):
        raise TypeError("auth must be an httpx.Auth (HeaderAuth, CookieAuth, LoginAuth, ...)")
    return ClientConfig(
        base_url=normalize_base_url(base_url),
        headers=default_headers(user_agent, headers),
        timeout=coerce_timeout(timeout),
        max_retries=check_max_retries(max_retries),
        auth=auth,
        send_auth=True,
        error_parser=error_parser,
        allow_insecure_http=bool(allow_insecure_http),
        retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
        clock=clock if clock is not None else SYSTEM_CLOCK,
        gate=Gate(pool_size),
        deadline=check_deadline(deadline),
        max_response_size=check_max_response_size(max_response_size),
    )


def _with_options(
    config: ClientConfig,
    timeout: float | httpx.Timeout | NotGiven,
    max_retries: int | NotGiven,
    headers: Mapping[str, str] | NotGiven,
    deadline: float | NotGiven = NOT_GIVEN,
    max_response_size: int | NotGiven = NOT_GIVEN,
) -> ClientConfig:
    changes: dict[str, object] = {}
    if not isinstance(deadline, NotGiven):
        changes["deadline"] = check_deadline(deadline)
    if not isinstance(max_response_size, NotGiven):
        changes["max_response_size"] = check_max_response_size(max_response_size)
    if not isinstance(timeout, NotGiven):
        changes["timeout"] = coerce_timeout(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = check_max_retries(max_retries)
    if not isinstance(headers, NotGiven):
        merged = httpx.Headers(list(config.headers))
        merged.update(dict(check_headers(headers)))
        changes["headers"] = tuple(
            (name.decode("latin-1"), value.decode("latin-1")) for name, value in merged.raw
        )
    return config.evolve(**changes)


def _describe(kind: str, config: ClientConfig) -> str:
    auth = config.auth
    # Only our strategies have reprs known to be redacted; a foreign Auth shows its class name.
    shown = repr(auth) if auth is None or isinstance(auth, CredentialAuth) else type(auth).__name__
    if not config.send_auth:
        shown = "None (view without auth)"
    return (
        f"{kind}(base_url={redact_url(config.base_url)!r}, auth={shown}, "
        f"timeout={config.timeout!r}, max_retries={config.max_retries})"
    )


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """The verifying TLS context every client this process builds shares.

    Loading the CA bundle costs tens of milliseconds, which httpx would pay again for each client;
    one context is safe to share between clients and threads. It is httpx's own default (certifi,
    or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set), built on first use, not at import.
    """
    return httpx.create_ssl_context()


class BaseClient:
    """The sync client base: configuration, the `HTTPClient` for the generated code, lifecycle.

    Use one per API overlay client. Arguments:

    - `base_url`: absolute http(s) URL of the API, without credentials.
    - `auth`: an `httpx.Auth`, normally one of the sessionward strategies.
    - `timeout`: finite seconds or an `httpx.Timeout` (default: 5 s connect, 30 s otherwise), at
      most a day. It bounds each socket operation, and each attempt as a whole is bounded by
      its longest part too, so a server trickling bytes cannot stretch an attempt.
    - `deadline`: seconds the whole call may take, all attempts and retry waits included
      (default 120); a retry that would not fit is not made.
    - `max_response_size`: bytes a response body may have once decompressed (default 32 MiB);
      a larger one raises `ResponseTooLargeError` before more is read.
    - `max_retries`: retries after the first attempt (default 2); see `RetryPolicy`.
    - `headers`: extra default headers; `user_agent`: the overlay's product token, prepended to
      sessionward's own `User-Agent`.
    - `limits`: connection pool limits of the inner client the base builds.
    - `http_client`: an `httpx.Client` to send through instead (proxies, TLS, transports); the
      base does not close it, and `limits` is then ignored. Its base URL, headers and cookies are
      not used: requests are built by the base.
    - `error_parser`: reads the vendor's error bodies (default `generic_error_parser`).
    - `allow_insecure_http`: allow credentials over plain http to non-loopback hosts.
    - `retry_policy`, `clock`: retry tuning and the time source (for tests).

    Raises `ValueError` or `TypeError` for invalid arguments. Close it (or use `with`).
    """

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.Client | None = None,
        error_parser: ErrorParser | None = None,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        deadline: float = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        config = _build_config(
            base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            user_agent=user_agent,
            error_parser=error_parser,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            clock=clock,
            # A caller's own client has limits we cannot see; only our pool is gated.
            pool_size=limits.max_connections if http_client is None else None,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        redact_library_logs()
        if http_client is None:
            # Sync I/O cannot be cancelled: this transport ends each attempt by its deadline.
            self._inner = httpx.Client(
                timeout=config.timeout,
                transport=deadline_transport(limits=limits, verify=default_ssl_context()),
            )
            owns_inner = True
        elif isinstance(http_client, httpx.Client) and not isinstance(http_client, HTTPClient):
            self._inner = http_client
            owns_inner = False
        else:
            raise TypeError("http_client must be a plain httpx.Client")
        self._http = HTTPClient(config=config, inner=self._inner, owns_inner=owns_inner)

    @property
    def http_client(self) -> HTTPClient:
        """The httpx client to hand to the generated client (`set_httpx_client`)."""
        return self._http

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, always ending in `/`."""
        return self._http.config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._http.config.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed first attempt."""
        return self._http.config.max_retries

    @property
    def deadline(self) -> float:
        """The default seconds one call may take, all attempts and retry waits included."""
        return self._http.config.deadline

    @property
    def max_response_size(self) -> int:
        """The default limit of a decompressed response body, in bytes."""
        return self._http.config.max_response_size

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        config = self._http.config
        return config.auth if config.send_auth else None

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view with other defaults that shares this client's connection pool.

        This client is not changed. Closing the view does not close the pool.
        """
        return self._view(
            _with_options(
                self._http.config, timeout, max_retries, headers, deadline, max_response_size
            )
        )

    def without_auth(self) -> Self:
        """Return a view that sends no credential, for a login call made by an auth strategy.

        The insecure-http check still applies: the client holds a credential, and a login
        sends one in its body.
        """
        return self._view(self._http.config.evolve(send_auth=False))

    def _view(self, config: ClientConfig) -> Self:
        view = copy.copy(self)
        view._http = HTTPClient(config=config, inner=self._inner, owns_inner=False)
        return view

    def close(self) -> None:
        """Close the connection pool (if the base built it). Views only mark themselves closed."""
        self._http.close()

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
        return _describe(type(self).__name__, self._http.config)


class AsyncBaseClient:
    """The async twin of `BaseClient`, with an `AsyncHTTPClient` and `aclose()`.

    Takes the same arguments; `http_client` is an `httpx.AsyncClient`.
    """

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        error_parser: ErrorParser | None = None,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        deadline: float = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        config = _build_config(
            base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            user_agent=user_agent,
            error_parser=error_parser,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            clock=clock,
            # A caller's own client has limits we cannot see; only our pool is gated.
            pool_size=limits.max_connections if http_client is None else None,
            deadline=deadline,
            max_response_size=max_response_size,
        )
        redact_library_logs()
        if http_client is None:
            self._inner = httpx.AsyncClient(
                limits=limits, timeout=config.timeout, verify=default_ssl_context()
            )
            owns_inner = True
        elif isinstance(http_client, httpx.AsyncClient) and not isinstance(
            http_client, AsyncHTTPClient
        ):
            self._inner = http_client
            owns_inner = False
        else:
            raise TypeError("http_client must be a plain httpx.AsyncClient")
        self._http = AsyncHTTPClient(config=config, inner=self._inner, owns_inner=owns_inner)

    @property
    def http_client(self) -> AsyncHTTPClient:
        """The httpx client to hand to the generated client (`set_async_httpx_client`)."""
        return self._http

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, always ending in `/`."""
        return self._http.config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._http.config.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed first attempt."""
        return self._http.config.max_retries

    @property
    def deadline(self) -> float:
        """The default seconds one call may take, all attempts and retry waits included."""
        return self._http.config.deadline

    @property
    def max_response_size(self) -> int:
        """The default limit of a decompressed response body, in bytes."""
        return self._http.config.max_response_size

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        config = self._http.config
        return config.auth if config.send_auth else None

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a view with other defaults that shares this client's connection pool."""
        return self._view(
            _with_options(
                self._http.config, timeout, max_retries, headers, deadline, max_response_size
            )
        )

    def without_auth(self) -> Self:
        """Return a view that sends no credential, for a login call made by an auth strategy."""
        return self._view(self._http.config.evolve(send_auth=False))

    def _view(self, config: ClientConfig) -> Self:
        view = copy.copy(self)
        view._http = AsyncHTTPClient(config=config, inner=self._inner, owns_inner=False)
        return view

    async def aclose(self) -> None:
        """Close the connection pool (if the base built it). Views only mark themselves closed."""
        await self._http.aclose()

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
        return _describe(type(self).__name__, self._http.config)
