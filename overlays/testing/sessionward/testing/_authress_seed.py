"""Seed data of the simulated Authress account: its SSO connections and users' provider tokens.

The first connections are the providers most accounts have (Google, GitHub, Microsoft Entra ID,
Apple, an Okta SAML tenant, passkeys, passwords, a legacy OpenID provider); the rest are customers'
own SAML and OIDC connections with their IdP's URLs, certificates and tags. Users hold provider
access tokens for some OAuth connections, in the shape each provider issues them.
"""

from __future__ import annotations

import base64
import datetime
from collections.abc import Iterator, Sequence
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
_WELL_KNOWN: tuple[dict[str, Any], ...] = (
    {
        "connectionId": "google",
        "type": "OAUTH2",
        "authenticationUrl": "https://accounts.google.com/o/oauth2/v2/auth",
        "tokenUrl": "https://oauth2.googleapis.com/token",
        "issuerUrl": "https://accounts.google.com",
        "clientId": "123456789012-k2h7vq3m0n5s8d1f4g6j9l2p5r7t0w3y.apps.googleusercontent.com",
        "clientSecretId": "google-primary",
        "data": {"name": "Google", "oidcUserEndpointUrl": None},
        "defaultConnectionProperties": {"scope": "profile email openid"},
        "conditions": {"requireBusinessAccount": False, "authenticationLeewayDuration": "PT5M"},
        "linkingConfiguration": {"type": "AUTOMATIC"},
    },
    {
        "connectionId": "github",
        "type": "OAUTH2",
        "authenticationUrl": "https://github.com/login/oauth/authorize",
        "tokenUrl": "https://github.com/login/oauth/access_token",
        "clientId": "Iv1.8a61f9b3a7aba766",
        "data": {
            "name": "GitHub",
            "oidcUserEndpointUrl": "https://api.github.com/user",
            "userIdExpression": "{id}",
            "supportedContentType": "application/x-www-form-urlencoded",
        },
        "defaultConnectionProperties": {"scope": "read:user user:email"},
        "linkingConfiguration": {"type": "EXPLICIT"},
    },
    {
        "connectionId": "entra-id",
        "type": "OAUTH2",
        "authenticationUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "tokenUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "issuerUrl": "https://login.microsoftonline.com/common/v2.0",
        "clientId": "6f1c2a9e-4b7d-4e3a-9c2f-8d5e1b0a7c43",
        "data": {"name": "Microsoft Entra ID"},
        "conditions": {"requireBusinessAccount": True, "authenticationLeewayDuration": "PT10M"},
        "tenantConfiguration": {"assignmentType": "TRUSTED_DOMAIN_FALLBACK"},
    },
    {
        "connectionId": "apple",
        "type": "OAUTH2",
        "authenticationUrl": "https://appleid.apple.com/auth/authorize",
        "tokenUrl": "https://appleid.apple.com/auth/token",
        "issuerUrl": "https://appleid.apple.com",
        "clientId": "com.example.signin",
        "clientSecretId": "apple-signin-key",
        "data": {"name": "Apple", "developerAccountId": "7QX5R2K9LM"},
    },
    {
        "connectionId": "okta-acme",
        "type": "SAML2",
        "authenticationUrl": "https://acme.okta.com/app/acme_authress/exk1a2b3c4d5e6f7g8h9/sso/saml",
        "issuerUrl": "http://www.okta.com/exk1a2b3c4d5e6f7g8h9",
        "providerCertificate": "MIIDqDCCApCgAwIBAgIGAYdQx3kzMA0GCSqGSIb3DQEBCwUAMIGUMQswCQYDVQQG",
        "userDataConfiguration": {"location": "DEU"},
        "data": {"name": "Acme Okta", "tenantId": "ten_acme"},
        "linkingConfiguration": {"type": None},
        "tags": {"customer": "acme"},
    },
    {"connectionId": "passkeys", "type": "WebAuthN", "data": {"name": "Passkeys"}},
    {"connectionId": "password", "type": "PASSWORD", "data": {"name": "Email and password"}},
    {
        "connectionId": "auth0-legacy",
        "type": "OPENID-LEGACY",
        "authenticationUrl": "https://legacy-example.eu.auth0.com/authorize",
        "tokenUrl": "https://legacy-example.eu.auth0.com/oauth/token",
        "issuerUrl": "https://legacy-example.eu.auth0.com/",
        "clientId": "Qm3x9ZtR4vW8yB2nK6pL0sD5fH7jA1cE",
        "data": {"name": "Auth0 (migration)"},
        "linkingConfiguration": {"type": "null"},
    },
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
