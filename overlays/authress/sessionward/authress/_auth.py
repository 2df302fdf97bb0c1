"""How an Authress client authenticates: a given access token, or a JWT minted from an access key.

Authress takes `Authorization: Bearer <JWT>` on every call. A user's access token is sent as
is (a `Bearer ` prefix pasted along with it is dropped, as the vendor's SDKs do). A service
client's access key is parsed once, at construction (so a malformed key fails there, without
echoing it), and the core's `JWTAuth` mints a token from it on first use, caches it, mints anew
an hour before its 24-hour expiry, and once more if the server answers 401 to a cached token.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from sessionward.authress._access_key import REFRESH_MARGIN, ServiceClientKey
from sessionward.core import Clock, HeaderAuth, JWTAuth, Placement, Secret, SystemClock, Token


def build_auth(
    *,
    access_token: str | None,
    service_client_access_key: str | None,
    base_url: Callable[[], httpx.URL],
    clock: Clock | None,
) -> httpx.Auth:
    """Return the auth strategy for exactly one of the two credentials.

    `base_url` returns the client's normalised base URL when a token is minted (the issuer
    claim names it). Raises `ValueError` unless exactly one credential is given, or for an
    empty token, one with a line break or control character (never quoted), or a malformed
    access key.
    """
    if (access_token is None) == (service_client_access_key is None):
        raise ValueError(
            "Authress needs exactly one credential: access_token=... (a user's JWT) or "
            "service_client_access_key=... (a service client's access key)"
        )
    if access_token is not None:
        secret = Secret(access_token)
        # Checked before the prefix is split off: a pasted line break must not go unnoticed.
        Placement.bearer().check(secret)
        words = secret.reveal().split(None, 1)
        if words and words[0].lower() == "bearer":
            words = words[1:]
        token = words[0].strip() if words else ""
        if not token:
            raise ValueError("access_token is empty")
        return HeaderAuth(token, prefix="Bearer")
    assert service_client_access_key is not None
    key = ServiceClientKey.parse(service_client_access_key)
    time_source = clock if clock is not None else SystemClock()

    def mint() -> Token:
        return key.mint(issuer=key.issuer(base_url()), clock=time_source)

    return JWTAuth(mint, refresh_margin=REFRESH_MARGIN, clock=time_source)
