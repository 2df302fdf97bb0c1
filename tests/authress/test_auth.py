"""Authress credentials: both access-key formats signed as the API expects, cached, re-minted."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from sessionward.authress import AuthenticationError, Authress
from sessionward.authress._access_key import ServiceClientKey
from sessionward.testing import FakeClock, Simulator
from tests.authress._support import Recorder, Twin, answered, operations
from tests.authress.conftest import MakeTwin

pytestmark = pytest.mark.anyio

DAY = 24 * 60 * 60


def foreign_key(client_id: str = "sc_stranger", account_id: str = "acc-stranger") -> str:
    """A well-formed format-A key that the simulated account does not trust."""
    der = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return f"{client_id}.kid-1.{account_id}.{base64.b64encode(der).decode()}"


@pytest.mark.parametrize(
    ("credential", "algorithm"),
    [("default", "EdDSA"), ("legacy_access_key", "RS256")],
)
async def test_an_access_key_becomes_a_signed_jwt(
    make: MakeTwin, authress_sim: Simulator, credential: str, algorithm: str
) -> None:
    credentials = (
        authress_sim.credentials
        if credential == "default"
        else authress_sim.other_credentials[credential]
    )
    key = ServiceClientKey.parse(credentials["service_client_access_key"])
    recorder = Recorder()
    authress = make(recorder=recorder, **credentials)

    await authress.call("connections.get", "google")

    header = jwt.get_unverified_header(recorder.tokens()[0])
    claims = recorder.claims(0)
    assert header["alg"] == algorithm
    assert header["kid"] == key.key_id
    assert claims["sub"] == claims["client_id"] == key.client_id
    assert claims["aud"] == f"{key.account_id}.accounts.authress.io"
    assert claims["iss"] == f"{authress_sim.base_url}/v1/clients/{key.client_id}"
    assert claims["exp"] - claims["iat"] == DAY
    assert claims["scopes"] == "openId"
    assert answered(authress_sim, "get_connection") == [200]


async def test_a_user_access_token_is_sent_as_is(make: MakeTwin, authress_sim: Simulator) -> None:
    token = authress_sim.other_credentials["access_token"]["access_token"]
    recorder = Recorder()
    authress = make(recorder=recorder, access_token=f"Bearer {token}")

    await authress.call("connections.get", "google")

    assert recorder.tokens() == [token]


async def test_the_token_is_cached(make: MakeTwin) -> None:
    recorder = Recorder()
    authress = make(recorder=recorder)

    await authress.call("connections.get", "google")
    await authress.call("connections.get", "github")
    view = Twin(authress.client.with_options(timeout=3))
    await view.call("connections.get", "apple")

    assert len(set(recorder.tokens())) == 1


async def test_a_new_token_is_minted_an_hour_before_expiry(
    make: MakeTwin, clock: FakeClock
) -> None:
    # The client's clock starts 23.5 hours ago: its first token expires in half an hour.
    clock.advance(-23.5 * 60 * 60)
    recorder = Recorder()
    authress = make(recorder=recorder)

    await authress.call("connections.get", "google")
    clock.advance(20 * 60 * 60)  # 3.5 hours before expiry: still fresh enough
    await authress.call("connections.get", "google")
    clock.advance(3 * 60 * 60)  # half an hour before expiry: time for a new one
    await authress.call("connections.get", "google")

    first, second, third = recorder.tokens()
    assert first == second != third
    assert recorder.claims(2)["iat"] == int(clock.time())


async def test_a_401_to_a_cached_token_mints_once_more(
    make: MakeTwin, authress_sim: Simulator, clock: FakeClock
) -> None:
    recorder = Recorder()
    authress = make(recorder=recorder)
    await authress.call("connections.get", "google")
    # Back in time, so that a new token differs from the cached one (Ed25519 signatures are
    # deterministic) without an `iat` in the future, which the server would refuse.
    clock.advance(-60)
    authress_sim.inject_fault(
        "GET", "/v1/connections/*", status=401, json={"errorCode": "Unauthorized"}
    )

    connection = await authress.call("connections.get", "google")

    assert connection.connection_id == "google"
    assert answered(authress_sim, "get_connection") == [200, 401, 200]
    assert len(set(recorder.tokens())) == 2


async def test_a_key_the_account_does_not_trust_is_refused_once(
    make: MakeTwin, authress_sim: Simulator
) -> None:
    authress = make(service_client_access_key=foreign_key())

    with pytest.raises(AuthenticationError) as caught:
        await authress.call("connections.get", "google")

    assert caught.value.error_code == "Unauthorized"
    assert "no longer valid" in str(caught.value)
    # A freshly minted token that is refused is final: no second attempt.
    assert operations(authress_sim) == ["get_connection"]


async def test_an_invalid_access_token_is_refused(make: MakeTwin) -> None:
    authress = make(access_token="not-a-jwt")
    with pytest.raises(AuthenticationError):
        await authress.list()


def test_the_issuer_names_the_account_host_for_authress_io() -> None:
    key = ServiceClientKey.parse(foreign_key(client_id="sc_a/b", account_id="acc-42"))
    assert (
        key.issuer(httpx.URL("https://acc-42.api.authress.io/"))
        == "https://acc-42.api.authress.io/v1/clients/sc_a%2Fb"
    )
    assert (
        key.issuer(httpx.URL("https://login.example.com/"))
        == "https://login.example.com/v1/clients/sc_a%2Fb"
    )


def legacy(document: dict[str, Any]) -> str:
    return base64.b64encode(json.dumps(document).encode()).decode()


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("", "empty"),
        ("a.b.c", "4 non-empty dot-separated parts"),
        ("a.b.c.d.e", "4 non-empty dot-separated parts"),
        ("a..c.d", "4 non-empty dot-separated parts"),
        ("sc.kid.acc.bm90LWEta2V5", "not a base64 PKCS#8 key"),
        ("not base64 at all!", "neither dot-separated nor base64"),
        (legacy({"clientId": "sc"}), "lacks 'keyId'"),
        (base64.b64encode(b"[1, 2]").decode(), "not an object"),
        (
            legacy({"clientId": "c", "keyId": "k", "audience": "a", "privateKey": "nope"}),
            "not a PEM private key",
        ),
    ],
)
def test_a_malformed_key_is_refused_without_echoing_it(key: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as caught:
        Authress("https://acc.api.authress.io", service_client_access_key=key)
    if key:
        assert key not in str(caught.value)


def test_an_rsa_key_in_format_a_is_refused(authress_sim: Simulator) -> None:
    legacy_key = authress_sim.other_credentials["legacy_access_key"]["service_client_access_key"]
    pem = json.loads(base64.b64decode(legacy_key))["privateKey"]
    rsa = serialization.load_pem_private_key(pem.encode(), password=None)
    der = rsa.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with pytest.raises(ValueError, match="not an Ed25519 key"):
        ServiceClientKey.parse(f"sc.kid.acc.{base64.b64encode(der).decode()}")


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"access_token": "t", "service_client_access_key": foreign_key()},
        {"access_token": "Bearer  "},
    ],
)
def test_exactly_one_credential_is_required(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"exactly one credential|empty"):
        Authress("https://acc.api.authress.io", **kwargs)
