"""The client bases an overlay builds on: `BaseClient` (sync) and `AsyncBaseClient` (async).

A base owns the configuration (base URL, auth, timeout, retries, headers, vendor error parser,
clock) and the HTTP client that the overlay hands to its generated client. It builds its own inner
httpx client with the given pool limits and closes it, or sends through one the caller supplied
(which the caller keeps and closes). `with_options()` and `without_auth()` return cheap views that
share the connection pool and leave the original untouched; only the original closes the pool.
Everything but building and closing the inner client is written once, in `_ClientBase`; the
options every client takes are one typed dict, `ClientOptions`.
"""

from __future__ import annotations

import copy
import functools
import ssl
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypedDict, TypeVar, Unpack

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


class ClientOptions(TypedDict, total=False):
    """The options every sessionward client takes besides its URL, credential and `http_client`.

    - `timeout`: finite seconds or an `httpx.Timeout` (default: 5 s connect, 30 s otherwise), at
      most a day. It bounds each socket operation, and each attempt as a whole is bounded by its
      longest part too, so a server trickling bytes cannot stretch an attempt.
    - `max_retries`: retries after the first attempt (default 2); see `RetryPolicy`.
    - `deadline`: seconds the whole call may take, all attempts and retry waits included
      (default 120); a retry that would not fit is not made.
    - `max_response_size`: bytes a response body may have once decompressed (default 32 MiB);
      a larger one raises `ResponseTooLargeError` before more is read.
    - `allow_insecure_http`: allow credentials over plain http to non-loopback hosts.
    - `headers`: extra default headers on every request.
    - `limits`: pool limits of the inner httpx client the client builds (ignored with an
      `http_client` of yours).
    - `retry_policy`, `clock`: retry tuning and the time source (tests inject a fake clock).
    """

    timeout: float | httpx.Timeout
    max_retries: int
    deadline: float
    max_response_size: int
    allow_insecure_http: bool
    headers: Mapping[str, str] | None
    limits: httpx.Limits
    retry_policy: RetryPolicy | None
    clock: Clock | None


InnerT = TypeVar("InnerT", bound=httpx.Client | httpx.AsyncClient)
HTTPT = TypeVar("HTTPT", bound=HTTPClient | AsyncHTTPClient)


def _build_config(
    base_url: str | httpx.URL,
    auth: httpx.Auth | None,
    user_agent: str | None,
    error_parser: ErrorParser | None,
    own_pool: bool,
    options: ClientOptions,
) -> ClientConfig:
    if auth is not None and not isinstance(auth, httpx.Auth):
        raise TypeError("auth must be an httpx.Auth (HeaderAuth, CookieAuth, LoginAuth, ...)")
    unknown = set(options) - set(ClientOptions.__annotations__)
    if unknown:
        raise TypeError(f"unexpected client options: {', '.join(sorted(unknown))}")
    retry_policy = options.get("retry_policy")
    clock = options.get("clock")
    limits = options.get("limits", DEFAULT_LIMITS)
    return ClientConfig(
        base_url=normalize_base_url(base_url),
        headers=default_headers(user_agent, options.get("headers")),
        timeout=coerce_timeout(options.get("timeout", DEFAULT_TIMEOUT)),
        max_retries=check_max_retries(options.get("max_retries", DEFAULT_MAX_RETRIES)),
        auth=auth,
        send_auth=True,
        error_parser=error_parser,
        allow_insecure_http=bool(options.get("allow_insecure_http", False)),
        retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
        clock=clock if clock is not None else SYSTEM_CLOCK,
        # A caller's own client has limits we cannot see; only our pool is gated.
        gate=Gate(limits.max_connections if own_pool else None),
        deadline=check_deadline(options.get("deadline", DEFAULT_DEADLINE)),
        max_response_size=check_max_response_size(
            options.get("max_response_size", DEFAULT_MAX_RESPONSE_SIZE)
        ),
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


class _ClientBase(Generic[InnerT, HTTPT]):
    """What the sync and the async base share: construction, properties, views and the repr.

    A twin names the plain httpx client a caller may pass (`InnerT`, checked against
    `_inner_class`) and the sessionward client it sends through (`HTTPT`, `_http_class`), and
    builds its own inner client in `_build_inner`.
    """

    _http_class: ClassVar[Callable[..., Any]]
    _inner_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _http: HTTPT
    _inner: InnerT

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        auth: httpx.Auth | None = None,
        user_agent: str | None = None,
        error_parser: ErrorParser | None = None,
        http_client: InnerT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        own_pool = http_client is None
        config = _build_config(base_url, auth, user_agent, error_parser, own_pool, options)
        redact_library_logs()
        if http_client is None:
            self._inner = self._build_inner(config, options.get("limits", DEFAULT_LIMITS))
        elif isinstance(http_client, self._inner_class) and not isinstance(
            http_client, HTTPClient | AsyncHTTPClient
        ):
            self._inner = http_client
        else:
            raise TypeError(f"http_client must be a plain httpx.{self._inner_class.__name__}")
        self._http = self._http_class(config=config, inner=self._inner, owns_inner=own_pool)

    def _build_inner(self, config: ClientConfig, limits: httpx.Limits) -> InnerT:
        raise NotImplementedError

    @property
    def http_client(self) -> HTTPT:
        """The httpx client to hand to the generated client (`set_httpx_client` or its twin)."""
        return self._http

    @property
    def _config(self) -> ClientConfig:
        config: ClientConfig = self._http.config
        return config

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, always ending in `/`."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries after a failed first attempt."""
        return self._config.max_retries

    @property
    def deadline(self) -> float:
        """The default seconds one call may take, all attempts and retry waits included."""
        return self._config.deadline

    @property
    def max_response_size(self) -> int:
        """The default limit of a decompressed response body, in bytes."""
        return self._config.max_response_size

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        config = self._config
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
        """Return a view of this client with other defaults, sharing its connection pool.

        Use it for one call or a group of calls: `client.with_options(timeout=2)` followed by a
        call. The view shares the pool and the credential (a login or a cached token); this
        client is not changed, and closing the view does not close the pool. `deadline` bounds a
        whole call (retries included), `max_response_size` a decompressed body. Raises
        `ValueError` for an unbounded timeout or deadline, a negative `max_retries` or a size
        below 1.
        """
        return self._view(
            _with_options(self._config, timeout, max_retries, headers, deadline, max_response_size)
        )

    def without_auth(self) -> Self:
        """Return a view that sends no credential, for a login call made by an auth strategy.

        The insecure-http check still applies: the client holds a credential, and a login
        sends one in its body.
        """
        return self._view(self._config.evolve(send_auth=False))

    def _view(self, config: ClientConfig) -> Self:
        view = copy.copy(self)
        view._http = self._http_class(config=config, inner=self._inner, owns_inner=False)
        return view

    def __repr__(self) -> str:
        return _describe(type(self).__name__, self._config)


class BaseClient(_ClientBase[httpx.Client, HTTPClient]):
    """The sync client base: configuration, the `HTTPClient` for the generated code, lifecycle.

    Use it for a client that is not an overlay (overlays subclass `OverlayClient`, which is one).
    `base_url` is the absolute http(s) URL of the API, without credentials; `auth` an
    `httpx.Auth`, normally one of the sessionward strategies; `user_agent` the product token put
    before sessionward's own `User-Agent`; `error_parser` reads the vendor's error bodies
    (default `generic_error_parser`); `http_client` an `httpx.Client` of yours to send through
    instead (proxies, TLS, transports), which the base does not close (its base URL, headers and
    cookies are not used: requests are built by the base). The other options are
    `ClientOptions`.

    Raises `ValueError` or `TypeError` for invalid arguments. Close it (or use `with`).
    """

    _http_class = HTTPClient
    _inner_class = httpx.Client

    def _build_inner(self, config: ClientConfig, limits: httpx.Limits) -> httpx.Client:
        # Sync I/O cannot be cancelled: this transport ends each attempt by its deadline.
        return httpx.Client(
            timeout=config.timeout,
            transport=deadline_transport(limits=limits, verify=default_ssl_context()),
        )

    def close(self) -> None:
        """Close the connection pool (unless it is a caller's `http_client` or this is a view)."""
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


class AsyncBaseClient(_ClientBase[httpx.AsyncClient, AsyncHTTPClient]):
    """The async twin of `BaseClient`, with an `AsyncHTTPClient`, `aclose()` and `async with`.

    Takes the same arguments; `http_client` is an `httpx.AsyncClient`.
    """

    _http_class = AsyncHTTPClient
    _inner_class = httpx.AsyncClient

    def _build_inner(self, config: ClientConfig, limits: httpx.Limits) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            limits=limits, timeout=config.timeout, verify=default_ssl_context()
        )

    async def aclose(self) -> None:
        """Close the connection pool (unless it is a caller's `http_client` or this is a view)."""
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
