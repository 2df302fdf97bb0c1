"""Auth strategies for a credential that does not change: a header or a cookie.

`HeaderAuth` covers a scheme (`Authorization: Api-Token x`, `Authorization: Bearer x`), a bare
`Authorization: x` and custom headers such as `zt-session: x`; `CookieAuth` covers a session
cookie. Each overlay's README names the one its API uses.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from sessionward.core._auth_base import CredentialAuth, Placement
from sessionward.core._secret import Secret
from sessionward.core._transport_security import guard_credential


class _StaticAuth(CredentialAuth):
    """A fixed credential at one placement: checked once, attached to every request."""

    def __init__(self, value: str | Secret, placement: Placement) -> None:
        super().__init__(placement)
        self._value = Secret(value)
        if not self._value:
            raise ValueError("the credential is empty")
        self.placement.check(self._value)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Attach the credential (after the transport check) and send."""
        guard_credential(request)
        self.placement.apply(request, self._value)
        yield request


class HeaderAuth(_StaticAuth):
    """Send a fixed credential in a header, optionally after a scheme prefix.

    `HeaderAuth(token, prefix="Api-Token")` sends `Authorization: Api-Token <token>`;
    `HeaderAuth(token, header="zt-session")` sends `zt-session: <token>`. The value is kept as a
    `Secret`. Raises `ValueError` for an invalid header name or prefix, an empty value, or one with
    a line break or control character (the message never quotes it).
    """

    def __init__(
        self, value: str | Secret, *, header: str = "Authorization", prefix: str | None = None
    ) -> None:
        super().__init__(value, Placement.header(header, prefix=prefix))

    def __repr__(self) -> str:
        prefix = f", prefix={self.placement.prefix!r}" if self.placement.prefix else ""
        return f"HeaderAuth({self._value!r}, header={self.placement.name!r}{prefix})"


class CookieAuth(_StaticAuth):
    """Send a fixed credential as a cookie, e.g. `CookieAuth(token, cookie="asc_auth_key")`.

    Other cookies on the request are kept. Raises `ValueError` for an invalid cookie name, an empty
    value, or one a cookie cannot carry (`;`, space, a line break, ...; never quoted).
    """

    def __init__(self, value: str | Secret, *, cookie: str) -> None:
        super().__init__(value, Placement.cookie(cookie))

    def __repr__(self) -> str:
        return f"CookieAuth({self._value!r}, cookie={self.placement.name!r})"
