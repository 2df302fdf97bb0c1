"""Key material of the simulated Authress account, and the check of the JWTs signed with it.

Every key is derived from the seed, so the access keys a simulator hands out are the same on every
run with that seed: Ed25519 keys from 32 seeded bytes, and the legacy RSA key from two seeded
probable primes (found once per seed and cached, as the search takes a few tenths of a second).
`access_key_ed25519` and `access_key_rsa` write service-client access keys in the vendor's two
formats; `TokenVerifier` checks a bearer JWT against the keys it trusts and says who sent it.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import json
import math
from collections.abc import Iterable
from typing import Literal
from urllib.parse import quote

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from sessionward.testing._seeding import SeedRandom

Algorithm = Literal["EdDSA", "RS256"]
Role = Literal["admin", "reader"]

RSA_BITS = 2048
_PUBLIC_EXPONENT = 65537
_MILLER_RABIN_ROUNDS = 16
# Candidates sharing a factor with the odd primes below 2,000 are dropped with one gcd.
_SMALL_PRIMES_PRODUCT = math.prod(
    n for n in range(3, 2000, 2) if all(n % d for d in range(3, math.isqrt(n) + 1, 2))
)


@dataclasses.dataclass(frozen=True, slots=True)
class Principal:
    """Who sent a request: a service client or a user, and what they may do."""

    subject: str
    role: Role


@dataclasses.dataclass(frozen=True, slots=True)
class TrustedKey:
    """A public key the account trusts, found by the `kid` of a JWT header.

    `client_id` is set for a service client's key (the JWT must then be minted by that client:
    `sub` is the client id and `iss` names it); `None` marks the account's own signing key, which
    signs the user access tokens the simulator issues.
    """

    kid: str
    algorithm: Algorithm
    public_key: ed25519.Ed25519PublicKey | rsa.RSAPublicKey
    client_id: str | None
    role: Role


def ed25519_key(rng: SeedRandom) -> ed25519.Ed25519PrivateKey:
    """Return an Ed25519 private key made of 32 bytes drawn from `rng`."""
    return ed25519.Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))


@functools.lru_cache(maxsize=8)
def rsa_key(seed_text: str, bits: int = RSA_BITS) -> rsa.RSAPrivateKey:
    """Return the RSA private key (exponent 65537) that `seed_text` determines; cached."""
    rng = SeedRandom(f"rsa:{seed_text}")
    half = bits // 2
    p = _probable_prime(rng, half)
    q = _probable_prime(rng, half)
    while q == p:
        q = _probable_prime(rng, half)
    d = pow(_PUBLIC_EXPONENT, -1, math.lcm(p - 1, q - 1))
    numbers = rsa.RSAPrivateNumbers(
        p=p,
        q=q,
        d=d,
        dmp1=rsa.rsa_crt_dmp1(d, p),
        dmq1=rsa.rsa_crt_dmq1(d, q),
        iqmp=rsa.rsa_crt_iqmp(p, q),
        public_numbers=rsa.RSAPublicNumbers(_PUBLIC_EXPONENT, p * q),
    )
    return numbers.private_key()


def _probable_prime(rng: SeedRandom, bits: int) -> int:
    while True:
        # The top two bits set make the product of two such primes exactly 2 * bits long.
        candidate = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if math.gcd(candidate, _SMALL_PRIMES_PRODUCT) != 1:
            continue
        # 65537 must be invertible modulo p - 1.
        if candidate % _PUBLIC_EXPONENT == 1:
            continue
        if _is_probable_prime(candidate, rng):
            return candidate


def _is_probable_prime(n: int, rng: SeedRandom) -> bool:
    """Miller-Rabin with random bases from `rng`."""
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(_MILLER_RABIN_ROUNDS):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def access_key_ed25519(
    client_id: str, key_id: str, account_id: str, key: ed25519.Ed25519PrivateKey
) -> str:
    """The current access-key format: `clientId.keyId.accountId.<base64 PKCS#8 DER key>`."""
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return ".".join((client_id, key_id, account_id, base64.b64encode(der).decode("ascii")))


def access_key_rsa(client_id: str, key_id: str, audience: str, key: rsa.RSAPrivateKey) -> str:
    """The legacy access-key format: base64 of `{clientId, keyId, audience, privateKey (PEM)}`."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    document = {"clientId": client_id, "keyId": key_id, "audience": audience, "privateKey": pem}
    return base64.b64encode(json.dumps(document).encode("utf-8")).decode("ascii")


class TokenVerifier:
    """Checks bearer JWTs of one Authress account against the keys it trusts.

    A token is accepted when its header's `kid` names a trusted key, its `alg` is that key's, the
    signature verifies, `exp` lies in the future, `aud` is `{accountId}.accounts.authress.io`, and
    `iss` is one of the issuers allowed for the key (see `issuers`). A service client's token must
    also have `sub` equal to the client id.
    """

    def __init__(self, account_id: str, keys: Iterable[TrustedKey]) -> None:
        self.account_id = account_id
        self.audience = f"{account_id}.accounts.authress.io"
        self._keys = {key.kid: key for key in keys}

    def issuers(self, key: TrustedKey, origin: str) -> tuple[str, ...]:
        """The `iss` values accepted for `key` on a request made to `origin` (scheme://host:port).

        A service client may name either the account's API host or the origin it called (the
        vendor SDK uses the latter for any host that is not `*.authress.io`, i.e. a custom domain
        or this simulator): `https://{accountId}.api.authress.io/v1/clients/{clientId}` or
        `{origin}/v1/clients/{clientId}`, the client id URL-encoded. User tokens are issued by
        `https://{accountId}.login.authress.io`.
        """
        if key.client_id is None:
            return (f"https://{self.account_id}.login.authress.io",)
        client = quote(key.client_id, safe="")
        return (
            f"https://{self.account_id}.api.authress.io/v1/clients/{client}",
            f"{origin.rstrip('/')}/v1/clients/{client}",
        )

    def verify(self, token: str, origin: str) -> Principal | None:
        """Return who signed `token`, or `None` if it is not a valid token of this account."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            return None
        key = self._keys.get(str(header.get("kid")))
        if key is None or header.get("alg") != key.algorithm:
            return None
        try:
            claims = jwt.decode(
                token,
                key.public_key,
                algorithms=[key.algorithm],
                audience=self.audience,
                issuer=self.issuers(key, origin),
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError:
            return None
        subject = str(claims["sub"])
        if key.client_id is not None and subject != key.client_id:
            return None
        return Principal(subject=subject, role=key.role)
