"""Seed data of the simulated Authress account: its SSO connections and users' provider tokens.

The first connections are the providers most accounts have (Google, GitHub, Microsoft Entra ID,
Apple, an Okta SAML tenant, passkeys, passwords, a legacy OpenID provider), kept as the API's JSON
in `_authress_connections.json` beside this module; the rest are customers' own SAML and OIDC
connections with their IdP's URLs, certificates and tags. Users hold provider access tokens for
some OAuth connections, in the shape each provider issues them.
"""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sessionward.testing._seeding import SEED_EPOCH, SeedRandom

_SEED_WINDOW = int(datetime.timedelta(days=730).total_seconds())
_SEED_END = int(SEED_EPOCH.timestamp())
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_URLSAFE = _ALPHANUMERIC + "-_"
_COMPANIES = (
    ("acme", "Acme Corporation"),
    ("globex", "Globex"),
    ("initech", "Initech"),
    ("umbrella", "Umbrella Health"),
    ("hooli", "Hooli"),
    ("vandelay", "Vandelay Industries"),
    ("wonka", "Wonka Confectionery"),
    ("tyrell", "Tyrell Systems"),
    ("soylent", "Soylent Foods"),
    ("aperture", "Aperture Labs"),
    ("piedpiper", "Pied Piper"),
    ("stark", "Stark Logistics"),
)
_LOCATIONS = (None, None, None, "DEU", "USA", "IRL", "AUS", "CAN", "FRA", "SGP")
# Data, not code: client-set connection bodies in the API's own JSON, read once at import.
_WELL_KNOWN: tuple[dict[str, Any], ...] = tuple(
    json.loads(Path(__file__).with_name("_authress_connections.json").read_text(encoding="utf-8"))
)
DATA_DEFAULTS: dict[str, Any] = {
    "supportedContentType": "application/json",
    "userIdExpression": "{sub}",
    "trustIdentityUserId": False,
}


def connection_bodies(
    rng: SeedRandom, size: int
) -> Iterator[tuple[dict[str, Any], int, int, bool]]:
    """Yield `size` connections as (client-set body, created, updated, active), times in seconds."""
    draw = rng.random
    for index in range(size):
        if index < len(_WELL_KNOWN):
            template = _WELL_KNOWN[index]
            body = {**template, "data": {**DATA_DEFAULTS, **template["data"]}}
        else:
            body = _customer_connection(rng, index)
        age = int(draw() * _SEED_WINDOW)
        created = _SEED_END - age
        yield body, created, created + int(draw() * age), draw() < 0.9


def _customer_connection(rng: SeedRandom, index: int) -> dict[str, Any]:
    # 100,000 of these must seed in about a second: the per-company parts are built once and
    # shared (stored bodies are replaced on update, never changed in place), and the random
    # parts are hex and base64 of random bytes rather than characters drawn one by one.
    draw = rng.random
    slug, saml, oidc = _CUSTOMER_PARTS[int(draw() * len(_CUSTOMER_PARTS))]
    residency = _RESIDENCIES[int(draw() * len(_RESIDENCIES))]
    app = rng.randbytes(9).hex()[:17]
    if draw() < 0.7:
        return {
            **saml,
            "connectionId": f"saml-{slug}-{index:05d}",
            "authenticationUrl": f"https://{slug}.okta.com/app/{slug}_authress/exk{app}/sso/saml",
            "issuerUrl": f"http://www.okta.com/exk{app}",
            "providerCertificate": _CERTIFICATE_PREFIX
            + base64.b64encode(rng.randbytes(33)).decode("ascii"),
            "userDataConfiguration": residency,
        }
    return {
        **oidc,
        "connectionId": f"oidc-{slug}-{index:05d}",
        "clientId": f"0oa{app}",
        "userDataConfiguration": residency,
    }


def _customer_parts(slug: str, company: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    tags = {"customer": slug}
    saml = {
        "type": "SAML2",
        "data": {**DATA_DEFAULTS, "name": f"{company} Okta", "tenantId": f"ten_{slug}"},
        "tags": tags,
    }
    oidc = {
        "type": "OAUTH2",
        "authenticationUrl": f"https://login.{slug}.example/oauth2/v1/authorize",
        "tokenUrl": f"https://login.{slug}.example/oauth2/v1/token",
        "issuerUrl": f"https://login.{slug}.example",
        "data": {**DATA_DEFAULTS, "name": f"{company} SSO", "tenantId": f"ten_{slug}"},
        "tags": tags,
    }
    return slug, saml, oidc


_CUSTOMER_PARTS = tuple(_customer_parts(slug, company) for slug, company in _COMPANIES)
_RESIDENCIES: tuple[dict[str, Any], ...] = tuple({"location": where} for where in _LOCATIONS)
_CERTIFICATE_PREFIX = "MIIDqDCCApCgAwIBAgIG"


def user_credentials(
    rng: SeedRandom, bodies: Sequence[dict[str, Any]]
) -> dict[tuple[str, str], str]:
    """Provider access tokens by (connectionId, userId) for a few users of the OAuth connections."""
    users = ["usr_" + "".join(rng.choices(_ALPHANUMERIC, k=22)) for _ in range(12)]
    credentials: dict[tuple[str, str], str] = {}
    oauth = [body for body in bodies[:40] if body["type"] in {"OAUTH2", "OPENID-LEGACY"}]
    for body in oauth:
        for user in rng.sample(users, rng.randint(1, 4)):
            credentials[(body["connectionId"], user)] = _provider_token(rng, body["connectionId"])
    return credentials


def _provider_token(rng: SeedRandom, connection_id: str) -> str:
    if connection_id == "google":
        return "ya29.a0" + "".join(rng.choices(_URLSAFE, k=120))
    if connection_id == "github":
        return "gho_" + "".join(rng.choices(_ALPHANUMERIC, k=36))
    # Most other providers hand out JWT access tokens; the shape is what matters here.
    header = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9"
    return ".".join((header, *("".join(rng.choices(_URLSAFE, k=n)) for n in (180, 86))))
