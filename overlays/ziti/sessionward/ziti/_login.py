"""How a Ziti client authenticates: a given session token, or a password login the core renews.

`Credentials.from_arguments` checks the constructor's credential arguments (exactly one of a
session token or a username with a password); `build_auth` turns them into the auth strategy: a
`HeaderAuth` sending `zt-session`, or a `LoginAuth` that calls the client's login function lazily
and again once when the controller answers 401. A session opened by a password login expires
after the controller's idle timeout, and every call extends it, so no expiry is guessed locally:
the 401 is the signal.
`LoginState` is what a client and its views share about that login (the password, a session
obtained by an explicit `login()` that the strategy should adopt, whether one is open).
Both the sync and the async client use these; only their login I/O differs.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx

from sessionward.core import (
    APIResponseValidationError,
    Clock,
    HeaderAuth,
    LoginAuth,
    LoginResult,
    Placement,
    Secret,
    Token,
)

if TYPE_CHECKING:
    from ziti_api.models import Authenticate, CurrentApiSessionDetail

SESSION_HEADER = "zt-session"
MANAGEMENT_PATH = "/edge/management/v1/"


class LoginState:
    """The username and password of a client, and the session its strategy should use next.

    `adopt(detail)` hands a session opened by an explicit login to the strategy (which then uses
    it instead of logging in again); `take_adopted()` returns it once. `active` tells whether the
    client holds a session it opened, so that a logout before any call sends nothing.
    """

    __slots__ = ("_adopted", "_lock", "active", "password", "username")

    def __init__(self, username: str, password: Secret) -> None:
        self.username = username
        self.password = password
        self.active = False
        self._adopted: Token | None = None
        self._lock = threading.Lock()

    def body(self) -> Authenticate:
        """The body of `POST /authenticate?method=password`."""
        from ziti_api.models import Authenticate  # with the first login, not with the client

        return Authenticate(username=self.username, password=self.password.reveal())

    def obtained(self, detail: CurrentApiSessionDetail) -> Token:
        """Note a session opened by the strategy's own login; return its token."""
        token = session_token(detail)
        self.active = True
        return token

    def adopt(self, detail: CurrentApiSessionDetail) -> None:
        """Offer a session opened by an explicit login to the strategy's next token request."""
        # Not fresh: the session may die before the strategy uses it, and a 401 must then renew.
        token = session_token(detail, fresh=False)
        with self._lock:
            self._adopted = token
            self.active = True

    def take_adopted(self) -> Token | None:
        """Return the session offered by `adopt` (once), or None."""
        with self._lock:
            token, self._adopted = self._adopted, None
            return token

    def ended(self) -> None:
        """Note that the client's session was ended (logout, or deleted by a bulk revoke)."""
        with self._lock:
            self._adopted = None
            self.active = False

    def __repr__(self) -> str:
        return f"LoginState(username={self.username!r}, password={self.password!r})"


def session_token(detail: CurrentApiSessionDetail, *, fresh: bool = True) -> Token:
    """The token of a login answer; raise `APIResponseValidationError` if it is not usable.

    The controller's answer is checked like any body: a token that is null, not a string, empty,
    or holds a line break or control character (it goes into the `zt-session` header of every
    later call) is a broken answer. The message never quotes it.
    """
    value: object = detail.token
    if not isinstance(value, str) or not value:
        shown = "empty" if value == "" else f"a {type(value).__name__}"
        raise APIResponseValidationError(
            f"the controller's login answer has a token that is {shown}, not a session token; "
            "the controller does not behave as its API description says"
        )
    if any(ord(char) < 32 or char == "\x7f" for char in value):
        raise APIResponseValidationError(
            "the controller's login answer has a token with a line break or control character, "
            "which cannot be sent in a header; the controller does not behave as its API "
            "description says"
        )
    return Token(value, fresh=fresh)


class Credentials:
    """The validated credential arguments of a Ziti client.

    Raises `ValueError` unless exactly one of `session_token` or `username` + `password` is
    given, or when a value is empty.
    """

    __slots__ = ("login", "session_token")

    def __init__(self, session_token: Secret | None, login: LoginState | None) -> None:
        self.session_token = session_token
        self.login = login

    @classmethod
    def from_arguments(
        cls, session_token: str | None, username: str | None, password: str | None
    ) -> Credentials:
        """Check the constructor's credential arguments."""
        has_login = username is not None or password is not None
        if session_token is not None and has_login:
            raise ValueError("pass either session_token or username and password, not both")
        if session_token is not None:
            token = Secret(session_token)
            if not token:
                raise ValueError("session_token is empty")
            return cls(token, None)
        if username is None or password is None:
            raise ValueError(
                "Ziti needs credentials: session_token=..., or username=... and password=..."
            )
        if not username:
            raise ValueError("username is empty")
        secret = Secret(password)
        if not secret:
            raise ValueError("password is empty")
        return cls(None, LoginState(username, secret))


def build_auth(
    credentials: Credentials,
    *,
    login: Callable[[], LoginResult] | None = None,
    alogin: Callable[[], Awaitable[LoginResult]] | None = None,
    clock: Clock | None,
) -> tuple[httpx.Auth, LoginAuth | None]:
    """Return the strategy to send with, and the `LoginAuth` when there is a password login.

    A session token is sent as is in `zt-session` (a 401 is then final); a username and password
    make a `LoginAuth` around the client's login function (`login` for sync clients, `alogin`
    for async ones).
    """
    if credentials.session_token is not None:
        return HeaderAuth(credentials.session_token, header=SESSION_HEADER), None
    login_auth = LoginAuth(
        login=login, alogin=alogin, placement=Placement.header(SESSION_HEADER), clock=clock
    )
    return login_auth, login_auth


def management_url(base_url: str | httpx.URL) -> httpx.URL:
    """Return the management API URL: `base_url`, or its origin + `/edge/management/v1/`.

    A controller address without a path (`https://ctrl.example.com:1280`) gets the management
    API's path, where the API lives on every controller; any other path is kept as given (a
    reverse proxy may mount the API elsewhere).
    """
    url = httpx.URL(base_url)
    if url.raw_path in (b"", b"/"):
        url = url.copy_with(raw_path=MANAGEMENT_PATH.encode("ascii"))
    return url
