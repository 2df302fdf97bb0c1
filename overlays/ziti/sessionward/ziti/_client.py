"""The Ziti clients: `Ziti` (sync) and `AsyncZiti` (async), written once as `ZitiClient`.

`ZitiClient` declares what is OpenZiti's own, over the core's client shell: its profile (the
management API path a bare controller address gets, the Ziti error envelope, a `User-Agent`, the
generated `ziti_api` client), the credential arguments (a `zt-session` token, or a username and
password the core logs in with), the `api_sessions` resource, and the calls about its own session:
`login()` (`authenticate`), `current_session()` (`get_current_api_session`) and `logout()`
(`delete_current_api_session`). Views made by `with_options()` share the pool, the credential and
the login with the client they came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import httpx

from sessionward import core
from sessionward.ziti._errors import ziti_error_parser
from sessionward.ziti._login import Credentials, LoginState, build_auth, management_url
from sessionward.ziti._session import (
    ZitiContext,
    authenticate_steps,
    current_session_steps,
    logout_steps,
)
from sessionward.ziti._version import __version__

if TYPE_CHECKING:
    from ziti_api.models import CurrentApiSessionDetail

    from sessionward.ziti._api_sessions import ApiSessions, AsyncApiSessions

USER_AGENT = f"sessionward-ziti/{__version__}"

PROFILE = core.OverlayProfile(
    user_agent=USER_AGENT,
    error_parser=ziti_error_parser,
    # The generated client's own token is never sent: the core's auth strategy adds zt-session.
    generated_client=core.lazy_client("ziti_api.client:AuthenticatedClient", token=""),
    base_url=management_url,
)


def _no_login(action: str) -> TypeError:
    return TypeError(
        f"{action} needs a client built with username and password; this one was given a "
        "session_token"
    )


class ZitiClient(core.ClientShell[core.ModeT, core.InnerT, core.HTTPT]):
    """A client of the OpenZiti Edge Management API's API sessions, written once for both twins.

    `Ziti(base_url, session_token=...)` sends that `zt-session` token (a 401 is final);
    `Ziti(base_url, username=..., password=...)` logs in with `POST /authenticate?method=password`
    on the first call that needs it, and logs in again once when the controller answers 401
    (the session expired after its idle timeout, or was deleted). `base_url` is the management
    API (`https://ctrl.example.com:1280/edge/management/v1`); a bare controller address gets
    that path appended.

    Other arguments: `timeout` (seconds or `httpx.Timeout`), `max_retries`, `deadline` (seconds
    for a whole call, retries included), `max_response_size` (bytes), `http_client` (an
    `httpx.Client` of yours, an `httpx.AsyncClient` for the async client, for proxies or TLS
    settings; you close it), `allow_insecure_http` (credentials over plain http to a non-loopback
    host are refused otherwise), `headers`, `limits`, `retry_policy` and `clock` (see
    `sessionward.core.ClientOptions`).

    Every call raises only `sessionward.core` errors; the constructor raises `ValueError` or
    `TypeError` for invalid arguments.
    """

    profile = PROFILE

    api_sessions: core.resource[ApiSessions, AsyncApiSessions] = core.resource(
        "sessionward.ziti:ApiSessions", "sessionward.ziti:AsyncApiSessions"
    )
    """List, read, delete and bulk-revoke API sessions."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        session_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        http_client: core.InnerT | None = None,
        **options: Unpack[core.ClientOptions],
    ) -> None:
        credentials = Credentials.from_arguments(session_token, username, password)
        clock = options.get("clock")
        self._login_state: LoginState | None = credentials.login
        # Only this twin's login: an auth strategy lent to a client of the other kind refuses
        # to log in instead of sending the password through an unconfigured client.
        if self._asynchronous:
            auth, self._login_auth = build_auth(
                credentials, alogin=lambda: core.arun_steps(self._log_in()), clock=clock
            )
        else:
            auth, self._login_auth = build_auth(
                credentials, login=lambda: core.run_steps(self._log_in()), clock=clock
            )
        super().__init__(base_url, auth=auth, http_client=http_client, **options)
        # Logins go through a view without the credential (the login must not carry a stale one).
        self._login_view: ZitiClient[core.ModeT, core.InnerT, core.HTTPT] = self.without_auth()

    def _context(self) -> ZitiContext:
        return ZitiContext(self._generated, self._session_ended)

    @core.operation
    def login(self) -> core.Steps[CurrentApiSessionDetail]:
        """Log in now with the username and password, and use the new session from then on.

        Calls are logged in lazily anyway; call this to check the credentials up front or to
        read the new session (`expires_at`, `identity`). A session the client held before is not
        ended (it expires when idle); `logout()` first to end it. Raises `AuthenticationError`
        for wrong credentials, `TypeError` for a client built with a session token.
        """
        state = self._login_state
        if state is None or self._login_auth is None:
            raise _no_login("login()")
        detail = yield from self._authenticate(state)
        state.adopt(detail)
        self._login_auth.invalidate()
        return detail

    @core.operation
    def current_session(self) -> core.Steps[CurrentApiSessionDetail]:
        """Return the API session this client is using (`GET /current-api-session`).

        With a username and password this logs in first if no session is open yet.
        """
        return (yield from current_session_steps(self._generated))

    @core.operation
    def logout(self) -> core.Steps[None]:
        """End this client's API session (`DELETE /current-api-session`).

        A password client that has not logged in sends nothing; after a logout it logs in again
        on its next call. A session-token client's token is dead afterwards: further calls raise
        `AuthenticationError`.
        """
        state = self._login_state
        if state is not None and not state.active:
            return
        yield from logout_steps(self._generated)
        self._session_ended()

    def _session_ended(self) -> None:
        if self._login_state is not None and self._login_auth is not None:
            self._login_state.ended()
            self._login_auth.invalidate()

    def _log_in(self) -> core.Steps[core.Token]:
        state = self._login_state
        assert state is not None  # LoginAuth exists only with a login state
        adopted = state.take_adopted()
        if adopted is not None:
            return adopted
        return state.obtained((yield from self._authenticate(state)))

    def _authenticate(self, state: LoginState) -> core.Steps[CurrentApiSessionDetail]:
        return (yield from authenticate_steps(self._login_view._generated, state.body()))


class Ziti(ZitiClient[core.Sync, httpx.Client, core.HTTPClient], core.OverlayClient):
    """The sync client of the OpenZiti Edge Management API; see `ZitiClient` for arguments.

    Use it as a context manager or call `close()`.
    """


class AsyncZiti(
    ZitiClient[core.Async, httpx.AsyncClient, core.AsyncHTTPClient], core.AsyncOverlayClient
):
    """The async client of the OpenZiti Edge Management API; see `ZitiClient` for arguments.

    Use it with `async with` or call `aclose()`; calls are awaited, `api_sessions.list()` is
    iterated with `async for`.
    """
