"""What every sessionward auth strategy shares: where the credential goes, and the transport check.

A `Placement` says how a credential is written onto a request (a header, optionally with a scheme
prefix, or a cookie) and validates it so that a value with a line break can never inject a header.
`CredentialAuth` is the base of the strategies: it refuses plain http to remote hosts right before
the credential is attached, and names the headers to redact in logs.
"""

from __future__ import annotations

import re
from typing import Literal

import httpx

from sessionward.core._secret import Secret

# RFC 9110 token characters: what a header name, auth scheme or cookie name may consist of.
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# Line breaks, NUL and every other control character: what would break or inject a header.
_CONTROL = re.compile(r"[\x00-\x1f]")
# RFC 6265 cookie-octets exclude these on top of control characters.
_FORBIDDEN_IN_COOKIE = frozenset(' ",;\\\t')


class Placement:
    """Where a credential goes on a request; build one with `header()`, `bearer()` or `cookie()`.

    Raises `ValueError` for a name or prefix that is not a valid HTTP token.
    """

    __slots__ = ("kind", "name", "prefix")

    def __init__(self, kind: Literal["header", "cookie"], name: str, prefix: str | None) -> None:
        if not _TOKEN.match(name):
            raise ValueError(f"{name!r} is not a valid {kind} name")
        if prefix is not None and not _TOKEN.match(prefix):
            raise ValueError(f"{prefix!r} is not a valid auth scheme prefix")
        self.kind = kind
        self.name = name
        self.prefix = prefix

    @classmethod
    def header(cls, name: str = "Authorization", *, prefix: str | None = None) -> Placement:
        """Send the credential in header `name`, as `<prefix> <value>` when a prefix is given."""
        return cls("header", name, prefix)

    @classmethod
    def bearer(cls) -> Placement:
        """Send the credential as `Authorization: Bearer <value>`."""
        return cls("header", "Authorization", "Bearer")

    @classmethod
    def cookie(cls, name: str) -> Placement:
        """Send the credential as the cookie `name`, alongside any other cookies."""
        return cls("cookie", name, None)

    @property
    def header_name(self) -> str:
        """The header that carries the credential (`Cookie` for a cookie)."""
        return self.name if self.kind == "header" else "Cookie"

    def check(self, secret: Secret) -> None:
        """Raise `ValueError` (without the value) if `secret` cannot be sent this way.

        A header value must not contain a line break or NUL (it would inject headers); a cookie
        value must not contain a character cookies cannot carry either (`;`, space, quote, ...).
        Strategies call it when they are built, so a bad credential fails there, not on every call.
        """
        value = secret.reveal()
        if _CONTROL.search(value):
            raise ValueError(
                "the credential contains a line break or another control character; it cannot "
                "be sent in a header (check how it was copied)"
            )
        if self.kind == "cookie" and _FORBIDDEN_IN_COOKIE.intersection(value):
            raise ValueError(
                "the credential contains a character a cookie cannot carry (;, space, quote, comma "
                "or backslash); check how it was copied"
            )

    def apply(self, request: httpx.Request, secret: Secret) -> None:
        """Write the credential onto `request`, replacing an earlier value of the same credential.

        Raises `ValueError` (without the value) if it cannot be sent (see `check`).
        """
        self.check(secret)
        value = secret.reveal()
        if self.kind == "header":
            request.headers[self.name] = f"{self.prefix} {value}" if self.prefix else value
            return
        # Replace rather than append: a retried request passes through the auth flow again.
        kept = [
            pair.strip()
            for pair in request.headers.get("Cookie", "").split(";")
            if pair.strip() and pair.strip().split("=", 1)[0] != self.name
        ]
        request.headers["Cookie"] = "; ".join([*kept, f"{self.name}={value}"])

    def __repr__(self) -> str:
        if self.kind == "cookie":
            return f"Placement.cookie({self.name!r})"
        prefix = f", prefix={self.prefix!r}" if self.prefix else ""
        return f"Placement.header({self.name!r}{prefix})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Placement):
            return NotImplemented
        return (self.kind, self.name, self.prefix) == (other.kind, other.name, other.prefix)

    def __hash__(self) -> int:
        return hash((self.kind, self.name, self.prefix))


class CredentialAuth(httpx.Auth):
    """Base of the sessionward auth strategies; not used directly.

    Subclasses attach their credential with `self.placement` after `guard_credential(request)`
    has refused plain http to a remote host (unless the client opted in).
    """

    def __init__(self, placement: Placement) -> None:
        if not isinstance(placement, Placement):
            raise TypeError("placement must be a Placement")
        self.placement = placement

    @property
    def credential_headers(self) -> frozenset[str]:
        """The header names this strategy writes, for log redaction."""
        return frozenset({self.placement.header_name})
