"""Turning an Authress service-client access key into a signed, short-lived JWT.

Authress hands out access keys in two formats. Format A (current) is
`clientId.keyId.accountId.privateKey`, the private key being the base64 of an Ed25519 key in
PKCS#8 DER; the JWT is signed with EdDSA. Format B (legacy) is the base64 of a JSON object
`{"clientId", "keyId", "audience", "privateKey"}` with an RSA key in PEM; the JWT is signed with
RS256 and the account id is the first label of the audience. Base64 has no `.`, so a dot tells
the formats apart. The token carries `iss` = `<origin>/v1/clients/<clientId>` (the origin being
`https://<accountId>.api.authress.io` for an `*.authress.io` API URL, else the API URL itself,
a custom domain), `aud`, `sub` and `client_id`, `iat`, `exp` 24 hours on, `scopes` "openId",
and `kid` in its header. PyJWT and cryptography are imported when a key is parsed, not before.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

import httpx

from sessionward.core import Clock, Secret, Token

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

TOKEN_LIFETIME = 24 * 60 * 60
# Re-mint when less than an hour is left, as the vendor's SDKs do.
REFRESH_MARGIN = 60 * 60
AUTHRESS_DOMAIN = "authress.io"
Algorithm = Literal["EdDSA", "RS256"]


def _invalid(reason: str) -> ValueError:
    # The message names what is wrong and never quotes the key or any part of it.
    return ValueError(
        f"service_client_access_key is not an Authress service-client access key: {reason}. "
        "Copy the whole key from the Authress management portal."
    )


class ServiceClientKey:
    """A parsed access key: the client, key and account ids, the audience and the signing key.

    Build one with `parse()`, which raises `ValueError` for a key in neither format. The private
    key never appears in `repr`.
    """

    __slots__ = ("_private_key", "account_id", "algorithm", "audience", "client_id", "key_id")

    def __init__(
        self,
        *,
        client_id: str,
        key_id: str,
        account_id: str,
        audience: str,
        algorithm: Algorithm,
        private_key: Ed25519PrivateKey | RSAPrivateKey,
    ) -> None:
        self.client_id = client_id
        self.key_id = key_id
        self.account_id = account_id
        self.audience = audience
        self.algorithm: Algorithm = algorithm
        self._private_key = private_key

    @classmethod
    def parse(cls, access_key: str | Secret) -> ServiceClientKey:
        """Parse an access key of format A (dot-separated, EdDSA) or B (base64 JSON, RS256)."""
        text = Secret(access_key).reveal().strip()
        if not text:
            raise _invalid("it is empty")
        if "." in text:
            return cls._parse_dotted(text)
        return cls._parse_legacy(text)

    @classmethod
    def _parse_dotted(cls, text: str) -> ServiceClientKey:
        parts = text.split(".")
        if len(parts) != 4 or not all(parts):
            raise _invalid(f"expected 4 non-empty dot-separated parts, found {len(parts)}")
        client_id, key_id, account_id, encoded = parts
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_der_private_key

        try:
            key = load_der_private_key(base64.b64decode(encoded, validate=True), password=None)
        except (binascii.Error, ValueError, TypeError):
            raise _invalid("its private key part is not a base64 PKCS#8 key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise _invalid("its private key is not an Ed25519 key")
        return cls(
            client_id=client_id,
            key_id=key_id,
            account_id=account_id,
            audience=f"{account_id}.accounts.{AUTHRESS_DOMAIN}",
            algorithm="EdDSA",
            private_key=key,
        )

    @classmethod
    def _parse_legacy(cls, text: str) -> ServiceClientKey:
        try:
            # Tolerate a key copied without its base64 padding.
            padded = text + "=" * (-len(text) % 4)
            document = json.loads(base64.b64decode(padded, validate=True))
        except (binascii.Error, ValueError):
            raise _invalid("it is neither dot-separated nor base64-encoded JSON") from None
        if not isinstance(document, dict):
            raise _invalid("its decoded JSON is not an object")
        fields = {}
        for name in ("clientId", "keyId", "audience", "privateKey"):
            value = document.get(name)
            if not isinstance(value, str) or not value:
                raise _invalid(f"its decoded JSON lacks {name!r}")
            fields[name] = value
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        try:
            key = load_pem_private_key(fields["privateKey"].encode("ascii"), password=None)
        except (ValueError, TypeError, UnicodeEncodeError):
            raise _invalid("its privateKey is not a PEM private key") from None
        if not isinstance(key, RSAPrivateKey):
            raise _invalid("its privateKey is not an RSA key")
        audience = fields["audience"]
        return cls(
            client_id=fields["clientId"],
            key_id=fields["keyId"],
            account_id=audience.split(".", 1)[0],
            audience=audience,
            algorithm="RS256",
            private_key=key,
        )

    def issuer(self, base_url: httpx.URL) -> str:
        """The `iss` claim for calls to `base_url` (account host, or a custom domain)."""
        host = base_url.host.lower().rstrip(".")
        if host == AUTHRESS_DOMAIN or host.endswith(f".{AUTHRESS_DOMAIN}"):
            origin = f"https://{self.account_id}.api.{AUTHRESS_DOMAIN}"
        else:
            origin = str(base_url).rstrip("/")
        return f"{origin}/v1/clients/{quote(self.client_id, safe='')}"

    def mint(self, *, issuer: str, clock: Clock) -> Token:
        """Sign a new JWT valid for 24 hours from `clock.time()`; return it with its expiry."""
        import jwt

        now = int(clock.time())
        expires = now + TOKEN_LIFETIME
        claims = {
            "iss": issuer,
            "sub": self.client_id,
            "client_id": self.client_id,
            "aud": self.audience,
            "iat": now,
            "exp": expires,
            "scopes": "openId",
        }
        token = jwt.encode(
            claims, self._private_key, algorithm=self.algorithm, headers={"kid": self.key_id}
        )
        return Token(token, expires_at=float(expires))

    def __repr__(self) -> str:
        return (
            f"ServiceClientKey(client_id={self.client_id!r}, key_id={self.key_id!r}, "
            f"account_id={self.account_id!r}, algorithm={self.algorithm!r})"
        )
