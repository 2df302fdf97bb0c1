"""Choosing how a DocSpace client authenticates: a bearer token or the `asc_auth_key` cookie.

DocSpace accepts either credential alone. A token (a personal API key, an OAuth access token or the
token of `POST /api/2.0/authentication`) goes in `Authorization: Bearer <token>`; a session token
sent as the `asc_auth_key` cookie also names the caller's *current* connection, which is what
`log_out_all_except_current()` keeps. Exactly one must be given; the check runs in the constructor,
before any request.
"""

from __future__ import annotations

from sessionward.core import CookieAuth, CredentialAuth, HeaderAuth, Secret

AUTH_COOKIE = "asc_auth_key"


def docspace_auth(
    *, token: str | Secret | None, auth_cookie: str | Secret | None
) -> CredentialAuth:
    """Return the auth strategy for exactly one of `token` and `auth_cookie`.

    Raises `ValueError` when both or neither are given or the one given is empty, `TypeError` when
    it is not a string.
    """
    if token is not None and auth_cookie is not None:
        raise ValueError(
            "pass either token= or auth_cookie=, not both: DocSpace authenticates a request with "
            "one credential"
        )
    if token is not None:
        return HeaderAuth(_non_empty(token, "token"), prefix="Bearer")
    if auth_cookie is not None:
        return CookieAuth(_non_empty(auth_cookie, "auth_cookie"), cookie=AUTH_COOKIE)
    raise ValueError(
        "DocSpace needs a credential: pass token= (an API key or access token, sent as "
        "'Authorization: Bearer') or auth_cookie= (the session token, sent as the asc_auth_key "
        "cookie)"
    )


def _non_empty(value: str | Secret, name: str) -> Secret:
    secret = Secret(value)
    if not secret:
        raise ValueError(f"{name} is empty")
    return secret
