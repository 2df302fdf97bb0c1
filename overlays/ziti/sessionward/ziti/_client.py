"""The Ziti clients: `Ziti` (sync) and `AsyncZiti` (async), over the core's overlay shells.

Each is a `sessionward.core` overlay client over a client base configured for the OpenZiti Edge
Management API (the `zt-session` credential, the Ziti error envelope, a `User-Agent`), holding a
generated `ziti_api` client that sends through the base's httpx client, and the `api_sessions`
resource. It also wraps the calls about its own session: `login()` (`authenticate`),
`current_session()` (`get_current_api_session`) and `logout()` (`delete_current_api_session`). Views
made by `with_options()` share the pool, the credential and the login with the client they came
from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx
from ziti_api.api.current_api_session import (
    authenticate,
    delete_current_api_session,
    get_current_api_session,
)
from ziti_api.client import AuthenticatedClient
from ziti_api.models import AuthMethod, CurrentApiSessionDetail, CurrentApiSessionDetailEnvelope
from ziti_api.models import Empty as _Empty

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
    Token,
    aunwrap,
    request_options,
    unwrap,
)
from sessionward.ziti._api_sessions import ApiSessions, AsyncApiSessions
from sessionward.ziti._errors import ziti_error_parser
from sessionward.ziti._login import Credentials, LoginState, build_auth, management_url
from sessionward.ziti._version import __version__

USER_AGENT = f"sessionward-ziti/{__version__}"


def _generated_client(base_url: httpx.URL) -> AuthenticatedClient:
    # The credential is attached by the core's auth strategy on the httpx client handed over
    # with set_httpx_client; the generated client's own token is never sent.
    return AuthenticatedClient(base_url=str(base_url), token="")


def _no_login(action: str) -> TypeError:
    return TypeError(
        f"{action} needs a client built with username and password; this one was given a "
        "session_token"
    )


class Ziti(OverlayClient):
    """A sync client of the OpenZiti Edge Management API's API sessions.

    `Ziti(base_url, session_token=...)` sends that `zt-session` token (a 401 is final);
    `Ziti(base_url, username=..., password=...)` logs in with `POST /authenticate?method=password`
    on the first call that needs it, and logs in again once when the controller answers 401
    (the session expired after its idle timeout, or was deleted). `base_url` is the management
    API (`https://ctrl.example.com:1280/edge/management/v1`); a bare controller address gets
    that path appended.

    Other arguments: `timeout` (seconds or `httpx.Timeout`), `max_retries`, `deadline` (seconds
    for a whole call, retries included), `max_response_size` (bytes), `http_client` (an
    `httpx.Client` of yours for proxies or TLS settings; you close it), `allow_insecure_http`
    (credentials over plain http to a non-loopback host are refused otherwise), `headers`,
    `limits`, `retry_policy` and `clock` (see `sessionward.core.BaseClient`).

    Use it as a context manager or call `close()`. Every call raises only `sessionward.core`
    errors; the constructor raises `ValueError` or `TypeError` for invalid arguments.
    """

    api_sessions: ApiSessions
    """List, read, delete and bulk-revoke API sessions."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        session_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
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
        credentials = Credentials.from_arguments(session_token, username, password)
        self._login_state: LoginState | None = credentials.login
        auth, self._login_auth = build_auth(credentials, login=self._log_in, clock=clock)
        super().__init__(
            BaseClient(
                management_url(base_url),
                auth=auth,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=headers,
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=ziti_error_parser,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )
        # Logins go through a view without the credential (the login must not carry a stale one).
        self._login_view = self.without_auth()

    def _bind(self, base: BaseClient) -> None:
        self._generated = _generated_client(base.base_url).set_httpx_client(base.http_client)
        self.api_sessions = ApiSessions(self)

    @property
    def http_client(self) -> HTTPClient:
        """The httpx client the generated client sends through."""
        return self._base.http_client

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        return self._base.auth

    def without_auth(self) -> Self:
        """Return a view that sends no credential (what the login call uses)."""
        return self._rebound(self._base.without_auth())

    def login(self) -> CurrentApiSessionDetail:
        """Log in now with the username and password, and use the new session from then on.

        Calls are logged in lazily anyway; call this to check the credentials up front or to
        read the new session (`expires_at`, `identity`). A session the client held before is not
        ended (it expires when idle); `logout()` first to end it. Raises `AuthenticationError`
        for wrong credentials, `TypeError` for a client built with a session token.
        """
        state = self._login_state
        if state is None or self._login_auth is None:
            raise _no_login("login()")
        detail = self._authenticate(state)
        state.adopt(detail)
        self._login_auth.invalidate()
        return detail

    def current_session(self) -> CurrentApiSessionDetail:
        """Return the API session this client is using (`GET /current-api-session`).

        With a username and password this logs in first if no session is open yet.
        """
        envelope = unwrap(
            lambda: get_current_api_session.sync_detailed(client=self._generated),
            CurrentApiSessionDetailEnvelope,
        )
        return envelope.data

    def logout(self) -> None:
        """End this client's API session (`DELETE /current-api-session`).

        A password client that has not logged in sends nothing; after a logout it logs in again
        on its next call. A session-token client's token is dead afterwards: further calls raise
        `AuthenticationError`.
        """
        state = self._login_state
        if state is not None and not state.active:
            return
        unwrap(lambda: delete_current_api_session.sync_detailed(client=self._generated), _Empty)
        self._session_ended()

    def _session_ended(self) -> None:
        if self._login_state is not None and self._login_auth is not None:
            self._login_state.ended()
            self._login_auth.invalidate()

    def _log_in(self) -> Token:
        state = self._login_state
        assert state is not None  # LoginAuth exists only with a login state
        return state.take_adopted() or state.obtained(self._authenticate(state))

    def _authenticate(self, state: LoginState) -> CurrentApiSessionDetail:
        generated = self._login_view._generated
        # A login that failed with 429 or 5xx is retried although it is a POST: at worst a
        # second session opens, and it expires unused; failing the caller's call is worse.
        with request_options(idempotent=True):
            envelope = unwrap(
                lambda: authenticate.sync_detailed(
                    client=generated, method=AuthMethod.PASSWORD, body=state.body()
                ),
                CurrentApiSessionDetailEnvelope,
            )
        return envelope.data


class AsyncZiti(AsyncOverlayClient):
    """The async twin of `Ziti`, with `async with`, `aclose()` and awaitable methods.

    It takes the same arguments (`http_client` is an `httpx.AsyncClient`);
    `api_sessions.list()` is an async iterator.
    """

    api_sessions: AsyncApiSessions
    """List, read, delete and bulk-revoke API sessions."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        session_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
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
        credentials = Credentials.from_arguments(session_token, username, password)
        self._login_state: LoginState | None = credentials.login
        auth, self._login_auth = build_auth(credentials, alogin=self._log_in, clock=clock)
        super().__init__(
            AsyncBaseClient(
                management_url(base_url),
                auth=auth,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                headers=headers,
                user_agent=USER_AGENT,
                limits=limits,
                http_client=http_client,
                error_parser=ziti_error_parser,
                allow_insecure_http=allow_insecure_http,
                retry_policy=retry_policy,
                clock=clock,
            )
        )
        self._login_view = self.without_auth()

    def _bind(self, base: AsyncBaseClient) -> None:
        self._generated = _generated_client(base.base_url).set_async_httpx_client(base.http_client)
        self.api_sessions = AsyncApiSessions(self)

    @property
    def http_client(self) -> AsyncHTTPClient:
        """The httpx client the generated client sends through."""
        return self._base.http_client

    @property
    def auth(self) -> httpx.Auth | None:
        """The auth strategy requests are sent with (None on a view without auth)."""
        return self._base.auth

    def without_auth(self) -> Self:
        """Return a view that sends no credential (what the login call uses)."""
        return self._rebound(self._base.without_auth())

    async def login(self) -> CurrentApiSessionDetail:
        """Log in now and use the new session from then on; see `Ziti.login`."""
        state = self._login_state
        if state is None or self._login_auth is None:
            raise _no_login("login()")
        detail = await self._authenticate(state)
        state.adopt(detail)
        self._login_auth.invalidate()
        return detail

    async def current_session(self) -> CurrentApiSessionDetail:
        """Return the API session this client is using; see `Ziti.current_session`."""
        envelope = await aunwrap(
            lambda: get_current_api_session.asyncio_detailed(client=self._generated),
            CurrentApiSessionDetailEnvelope,
        )
        return envelope.data

    async def logout(self) -> None:
        """End this client's API session; see `Ziti.logout`."""
        state = self._login_state
        if state is not None and not state.active:
            return
        await aunwrap(
            lambda: delete_current_api_session.asyncio_detailed(client=self._generated), _Empty
        )
        self._session_ended()

    def _session_ended(self) -> None:
        if self._login_state is not None and self._login_auth is not None:
            self._login_state.ended()
            self._login_auth.invalidate()

    async def _log_in(self) -> Token:
        state = self._login_state
        assert state is not None  # LoginAuth exists only with a login state
        return state.take_adopted() or state.obtained(await self._authenticate(state))

    async def _authenticate(self, state: LoginState) -> CurrentApiSessionDetail:
        generated = self._login_view._generated
        with request_options(idempotent=True):  # see Ziti._authenticate
            envelope = await aunwrap(
                lambda: authenticate.asyncio_detailed(
                    client=generated, method=AuthMethod.PASSWORD, body=state.body()
                ),
                CurrentApiSessionDetailEnvelope,
            )
        return envelope.data
