"""Auth strategies for a credential obtained at run time: a login session or a signed JWT.

Both cache one `Token`, obtain it lazily on the first request, refresh it shortly before it expires
and, when the server answers 401 to a token that was not fresh, obtain a new one once and resend.
Obtaining is serialised (one login for a burst of concurrent requests): a thread lock for sync
clients, an anyio lock for async ones. `LoginAuth` calls a login function the overlay supplies;
`JWTAuth` calls a mint function and reads the expiry from the token when not told.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, TypeAlias

import httpx

from sessionward.core._auth_base import CredentialAuth, Placement
from sessionward.core._clock import SYSTEM_CLOCK, Clock
from sessionward.core._exceptions import APIResponseValidationError
from sessionward.core._secret import Secret
from sessionward.core._transport_security import guard_credential

if TYPE_CHECKING:
    import anyio

_logger = logging.getLogger("sessionward.core")


class Token:
    """A credential with an optional expiry (`expires_at`, Unix seconds), as a login returns it.

    The value is kept as a `Secret`. `fresh` (default True) says the token was issued just now
    for the request that asked, so a 401 for it is final (the credentials are wrong); a login
    function that hands out a token obtained earlier (say, by an explicit login call) passes
    `fresh=False`, and a 401 for it then renews the token once, as for any cached token.
    Raises `ValueError` for an empty value.
    """

    __slots__ = ("expires_at", "fresh", "value")

    def __init__(
        self, value: str | Secret, *, expires_at: float | None = None, fresh: bool = True
    ) -> None:
        self.value = Secret(value)
        if not self.value:
            raise ValueError("the token is empty")
        self.expires_at = float(expires_at) if expires_at is not None else None
        self.fresh = bool(fresh)

    def __repr__(self) -> str:
        return f"Token({self.value!r}, expires_at={self.expires_at!r})"


LoginResult: TypeAlias = Token | Secret | str
"""What a login or mint function may return: a `Token`, or a bare value without expiry."""


class _Cached:
    __slots__ = ("obtained_at", "token")

    def __init__(self, token: Token, obtained_at: float) -> None:
        self.token = token
        self.obtained_at = obtained_at


class _TokenAuth(CredentialAuth):
    """The cache, refresh and 401 handling shared by `LoginAuth` and `JWTAuth`."""

    # The request may be sent twice (after a 401), so a streamed body must be buffered first.
    requires_request_body = True

    def __init__(self, placement: Placement, *, refresh_margin: float, clock: Clock | None) -> None:
        super().__init__(placement)
        if refresh_margin < 0:
            raise ValueError("refresh_margin must be >= 0")
        self._refresh_margin = float(refresh_margin)
        self._clock = clock if clock is not None else SYSTEM_CLOCK
        self._cached: _Cached | None = None
        self._sync_lock = threading.Lock()
        self._async_lock: anyio.Lock | None = None

    def invalidate(self) -> None:
        """Forget the cached token; the next request obtains a new one (e.g. after a logout)."""
        self._cached = None

    def _acquire_sync(self) -> LoginResult:
        raise NotImplementedError

    async def _acquire_async(self) -> LoginResult:
        raise NotImplementedError

    def _to_token(self, result: LoginResult) -> Token:
        if isinstance(result, Token):
            return result
        if isinstance(result, str | Secret):
            return Token(result)
        raise TypeError(f"{type(self).__name__} expected a Token or a str, got {type(result)}")

    def _usable(self, stale: Token | None) -> Token | None:
        cached = self._cached
        if cached is None or cached.token is stale:
            return None
        expires_at = cached.token.expires_at
        if expires_at is None:
            return cached.token
        # Refresh a margin before expiry, but never more than halfway through a short lifetime,
        # or a token living less than the margin would be replaced on every request.
        lifetime = max(expires_at - cached.obtained_at, 0.0)
        margin = min(self._refresh_margin, lifetime / 2)
        return cached.token if self._clock.time() < expires_at - margin else None

    def _store(self, result: LoginResult) -> Token:
        token = self._to_token(result)
        try:
            self.placement.check(token.value)
        except ValueError as exc:
            # Obtained from a server (a login answer): a bad answer, not a bad argument.
            raise APIResponseValidationError(
                f"{type(self).__name__} obtained a token that cannot be sent: {exc}"
            ) from None
        self._cached = _Cached(token, self._clock.time())
        _logger.debug(
            "%s obtained a new token (expires_at=%s)", type(self).__name__, token.expires_at
        )
        return token

    def _sync_token(self, stale: Token | None) -> tuple[Token, bool]:
        token = self._usable(stale)
        if token is not None:
            return token, False
        with self._sync_lock:
            # Another thread may have obtained one while this one waited for the lock.
            token = self._usable(stale)
            if token is not None:
                return token, False
            token = self._store(self._acquire_sync())
            return token, token.fresh

    async def _async_token(self, stale: Token | None) -> tuple[Token, bool]:
        token = self._usable(stale)
        if token is not None:
            return token, False
        if self._async_lock is None:
            import anyio

            self._async_lock = anyio.Lock()
        async with self._async_lock:
            token = self._usable(stale)
            if token is not None:
                return token, False
            token = self._store(await self._acquire_async())
            return token, token.fresh

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Attach the cached token (obtaining it if needed); on a 401, renew it once and resend."""
        guard_credential(request)
        request.read()
        token, fresh = self._sync_token(stale=None)
        self.placement.apply(request, token.value)
        response = yield request
        if response.status_code != 401 or fresh:
            return
        _logger.debug("%s got 401 for a cached token; renewing it once", type(self).__name__)
        # Read the 401 first: that returns its connection to the pool for the login to use.
        response.read()
        token, _ = self._sync_token(stale=token)
        self.placement.apply(request, token.value)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """The async twin of `sync_auth_flow`."""
        guard_credential(request)
        await request.aread()
        token, fresh = await self._async_token(stale=None)
        self.placement.apply(request, token.value)
        response = yield request
        if response.status_code != 401 or fresh:
            return
        _logger.debug("%s got 401 for a cached token; renewing it once", type(self).__name__)
        await response.aread()  # see sync_auth_flow
        token, _ = await self._async_token(stale=token)
        self.placement.apply(request, token.value)
        yield request


class LoginAuth(_TokenAuth):
    """Log in lazily through a function the overlay supplies, reuse the token, renew it on 401.

    - `login`: called (under a lock) when a sync client needs a token; `alogin`: the coroutine
      function for async clients. Give the one(s) for the client kind(s) in use. Each returns a
      `Token` (with `expires_at` when the API says) or the bare token value. The login request
      must not go through the authenticated client: use `BaseClient.without_auth()`.
    - `placement`: where the token goes (e.g. `Placement.header("zt-session")`).
    - `refresh_margin`: seconds before `expires_at` at which the token is renewed.

    Errors raised by the login function (e.g. `AuthenticationError` for a wrong password)
    propagate to the call that needed the token. Raises `TypeError` if neither function is given,
    or when used by a client kind whose function is missing.
    """

    def __init__(
        self,
        *,
        login: Callable[[], LoginResult] | None = None,
        alogin: Callable[[], Awaitable[LoginResult]] | None = None,
        placement: Placement | None = None,
        refresh_margin: float = 30.0,
        clock: Clock | None = None,
    ) -> None:
        if login is None and alogin is None:
            raise TypeError("LoginAuth needs login (sync clients) or alogin (async clients)")
        super().__init__(
            placement if placement is not None else Placement.header(),
            refresh_margin=refresh_margin,
            clock=clock,
        )
        self._login = login
        self._alogin = alogin

    def _acquire_sync(self) -> LoginResult:
        if self._login is None:
            raise TypeError("this LoginAuth has no sync login function; pass login=")
        return self._login()

    async def _acquire_async(self) -> LoginResult:
        if self._alogin is None:
            raise TypeError("this LoginAuth has no async login function; pass alogin=")
        return await self._alogin()

    def __repr__(self) -> str:
        return f"LoginAuth(placement={self.placement!r})"


class JWTAuth(_TokenAuth):
    """Send a signed JWT that a function mints locally; cache it and mint anew before expiry.

    `mint` returns a `Token` with `expires_at`, or the bare JWT, whose `exp` claim is then read
    (this needs PyJWT: install `sessionward-core[jwt]`). Minting is local work, so the same
    function serves sync and async clients. The default placement is `Authorization: Bearer`.
    Raises `ValueError` if a bare token has no readable `exp`.
    """

    def __init__(
        self,
        mint: Callable[[], LoginResult],
        *,
        placement: Placement | None = None,
        refresh_margin: float = 60.0,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            placement if placement is not None else Placement.bearer(),
            refresh_margin=refresh_margin,
            clock=clock,
        )
        self._mint = mint

    def _acquire_sync(self) -> LoginResult:
        return self._mint()

    async def _acquire_async(self) -> LoginResult:
        return self._mint()

    def _to_token(self, result: LoginResult) -> Token:
        if isinstance(result, str | Secret):
            secret = Secret(result)
            return Token(secret, expires_at=jwt_expiry(secret))
        return super()._to_token(result)

    def __repr__(self) -> str:
        return f"JWTAuth(placement={self.placement!r})"


def jwt_expiry(token: Secret) -> float:
    """Return the `exp` claim of a JWT without verifying it; raise `ValueError` if unreadable.

    The messages never include the token.
    """
    try:
        import jwt
    except ImportError as exc:
        raise ImportError(
            "reading a JWT's expiry needs PyJWT; install sessionward-core[jwt], "
            "or return a Token with expires_at from the mint function"
        ) from exc
    try:
        claims = jwt.decode(token.reveal(), options={"verify_signature": False})
    except jwt.PyJWTError:
        raise ValueError(
            "the minted value is not a readable JWT; return a Token with expires_at"
        ) from None
    expiry = claims.get("exp")
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        raise ValueError("the minted JWT has no numeric exp claim; return a Token with expires_at")
    return float(expiry)
