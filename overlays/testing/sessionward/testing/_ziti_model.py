"""The state of the simulated OpenZiti controller: identities, API sessions, and their seeding.

`Identity` and `ApiSession` hold what the Ziti simulator serves; `ApiSession.to_json()` renders
the upstream `ApiSessionDetail` shape. `seed_identities()` and `seed_sessions()` build the seeded
state from a `SeedRandom`, fast enough for 100,000 sessions in about a second. `FIELDS` lists what a
list filter may name, with how to read each field from a session.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from sessionward.testing._seeding import SEED_EPOCH, SeedRandom
from sessionward.testing._ziti_filter import Field

SEED_WINDOW = int(datetime.timedelta(days=30).total_seconds())
_SEED_END = int(SEED_EPOCH.timestamp())
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CONFIG_TYPES: tuple[tuple[str, ...], ...] = (
    (),
    ("all",),
    ("intercept.v1",),
    ("intercept.v1", "host.v1"),
    ("ziti-tunneler-client.v1",),
)
# (name, admin, password login name or None for certificate-only, share of the seeded sessions,
# private network prefix or None for public addresses)
_IDENTITIES: tuple[tuple[str, bool, str | None, int, str | None], ...] = (
    ("Default Admin", True, "admin", 2, None),
    ("alice.ng", False, "alice.ng", 3, "10.20"),
    ("laptop-bob", False, None, 2, None),
    ("build-agent-01", False, None, 2, "10.40"),
    ("edge-router-fra1", False, None, 1, "10.0"),
    ("svc-payments-api", False, None, 2, "172.16"),
    ("mobile-carol", False, None, 1, None),
    ("k8s-ingress-eu", False, None, 1, "10.96"),
)


@dataclasses.dataclass(slots=True)
class Identity:
    """A Ziti identity; `username` and `password` are set for those with a password login."""

    id: str
    name: str
    is_admin: bool
    authenticator_id: str
    username: str | None
    password: str | None = dataclasses.field(repr=False)
    addresses: tuple[str, ...]

    def ref(self) -> dict[str, Any]:
        """The identity as the `identity` EntityRef of an API session."""
        return {
            "_links": {"self": {"href": f"./identities/{self.id}"}},
            "entity": "identities",
            "id": self.id,
            "name": self.name,
        }


@dataclasses.dataclass(slots=True)
class ApiSession:
    """One API session; `expires` is set for sessions opened through `authenticate`."""

    id: str
    token: str = dataclasses.field(repr=False)
    identity: Identity
    ip_address: str
    created_at: float  # POSIX seconds: cheaper to seed and compare than datetimes
    last_activity_at: float
    config_types: tuple[str, ...]
    is_mfa_required: bool
    is_mfa_complete: bool
    is_cert_extendable: bool
    tags: dict[str, str | bool | None]
    expires: bool = False

    def to_json(self, *, link: str | None = None) -> dict[str, Any]:
        """The session as an `ApiSessionDetail` object."""
        auth_queries = []
        if self.is_mfa_required and not self.is_mfa_complete:
            auth_queries.append(
                {
                    "provider": "ziti",
                    "typeId": "TOTP",
                    "format": "numeric",
                    "httpMethod": "POST",
                    "httpUrl": "./authenticate/mfa",
                    "minLength": 4,
                    "maxLength": 6,
                    "isTotpEnrolled": True,
                }
            )
        activity = stamp(self.last_activity_at)
        return {
            "id": self.id,
            "createdAt": stamp(self.created_at),
            "updatedAt": activity,
            "_links": {"self": {"href": link or f"./api-sessions/{self.id}"}},
            "tags": dict(self.tags),
            "token": self.token,
            "identity": self.identity.ref(),
            "identityId": self.identity.id,
            "ipAddress": self.ip_address,
            "configTypes": list(self.config_types),
            "authQueries": auth_queries,
            "isMfaRequired": self.is_mfa_required,
            "isMfaComplete": self.is_mfa_complete,
            "authenticatorId": self.identity.authenticator_id,
            "isCertExtendable": self.is_cert_extendable,
            "lastActivityAt": activity,
            "cachedLastActivityAt": activity,
        }


def stamp(moment: float) -> str:
    """Format POSIX seconds as the controller does (`2020-03-09T19:03:49.1883693Z`).

    RFC 3339 in UTC to 100 ns, with `Z` and no trailing zeros.
    """
    ticks = round(moment * 10_000_000)  # 100 ns units: seven fractional digits, as upstream
    seconds, fraction = divmod(ticks, 10_000_000)
    instant = datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    digits = f"{fraction:07d}".rstrip("0")
    return instant.strftime("%Y-%m-%dT%H:%M:%S") + (f".{digits}" if digits else "") + "Z"


FIELDS: Mapping[str, Field[ApiSession]] = {
    "id": Field("string", lambda session: session.id),
    "createdAt": Field("datetime", lambda session: session.created_at),
    "updatedAt": Field("datetime", lambda session: session.last_activity_at),
    "identityId": Field("string", lambda session: session.identity.id),
    "ipAddress": Field("string", lambda session: session.ip_address),
    "token": Field("string", lambda session: session.token),
    "authenticatorId": Field("string", lambda session: session.identity.authenticator_id),
    "lastActivityAt": Field("datetime", lambda session: session.last_activity_at),
    "isMfaRequired": Field("bool", lambda session: session.is_mfa_required),
    "isMfaComplete": Field("bool", lambda session: session.is_mfa_complete),
    "isCertExtendable": Field("bool", lambda session: session.is_cert_extendable),
}


def seed_identities(rng: SeedRandom) -> list[Identity]:
    """The seeded identities: the admin first, then the non-admin operator, then devices."""
    return [_identity(rng, *row) for row in _IDENTITIES]


def seed_sessions(rng: SeedRandom, identities: list[Identity], size: int) -> Iterator[ApiSession]:
    """`size` sessions spread over `identities`, oldest first."""
    weights = [row[3] for row in _IDENTITIES]
    owners = rng.choices(identities, weights=weights, k=size)
    draw = rng.random
    ages = sorted((int(draw() * SEED_WINDOW) for _ in range(size)), reverse=True)
    for owner, age in zip(owners, ages, strict=True):
        yield _seeded_session(rng, owner, age)


def _short_id(rng: SeedRandom, length: int = 9) -> str:
    return "".join(rng.choices(_BASE62, k=length))


def _identity(
    rng: SeedRandom,
    name: str,
    is_admin: bool,
    username: str | None,
    share: int,
    network: str | None,
) -> Identity:
    del share  # used for the distribution of sessions, not here
    if network is None:
        addresses = tuple(rng.ipv4() for _ in range(rng.randint(1, 3)))
    else:
        addresses = tuple(
            f"{network}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            if network.count(".") == 1
            else f"{network}.{rng.randrange(1, 255)}"
            for _ in range(rng.randint(1, 3))
        )
    return Identity(
        id=_short_id(rng),
        name=name,
        is_admin=is_admin,
        authenticator_id=str(rng.uuid4()),
        username=username,
        password=None if username is None else rng.token(12),
        addresses=addresses,
    )


def _seeded_session(rng: SeedRandom, identity: Identity, age: int) -> ApiSession:
    # Seeding 100,000 sessions must take about a second: C-level draws only (random() and
    # randbytes()), no per-value UUID objects.
    draw = rng.random
    raw_id = rng.randbytes(16)
    # The controller writes times to the 100 ns (`2020-03-09T19:03:49.1883693Z`); take the
    # fraction from the id's bytes, so the draws (and so the seeded data) stay what they were.
    fraction = int.from_bytes(raw_id[:4]) % 10_000_000 / 10_000_000
    created = _SEED_END - age + fraction
    mfa_required = identity.username is not None and draw() < 0.25
    addresses = identity.addresses
    return ApiSession(
        id=_uuid_text(raw_id),
        token=_uuid_text(rng.randbytes(16)),
        identity=identity,
        ip_address=addresses[int(draw() * len(addresses))],
        created_at=created,
        last_activity_at=created + int(draw() * (age + 1)),
        config_types=_CONFIG_TYPES[int(draw() * len(_CONFIG_TYPES))],
        is_mfa_required=mfa_required,
        is_mfa_complete=mfa_required and draw() < 0.6,
        is_cert_extendable=identity.username is None,
        tags={} if draw() < 0.8 else {"source": "ziti-edge-tunnel", "managed": True},
    )


def _uuid_text(raw: bytes) -> str:
    """Format 16 random bytes as a version-4 UUID string (as `uuid.UUID(bytes=, version=4)`)."""
    text = raw.hex()
    variant = "89ab"[int(text[16], 16) & 3]
    return f"{text[:8]}-{text[8:12]}-4{text[13:16]}-{variant}{text[17:20]}-{text[20:]}"
