"""Authress bearer auth: service-client JWTs minted from the handed-out access keys, for real.

`mint()` is a client-side implementation of the key-to-JWT flow written from the simulator's
module docstring (as the overlay will implement it); the tests check that what it mints is
accepted, and that every way of getting it wrong is refused with `401` and a `ResponseError`.
"""

from __future__ import annotations

import base64
import datetime
import json
from types import ModuleType
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx
import jwt
import pytest
from authress_api import AuthenticatedClient, Client
from authress_api.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    get_connection_credentials,
    get_connections,
    update_connection,
)
from authress_api.models import Connection, ConnectionCollection, ResponseError
from authress_api.types import Response
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from sessionward.testing import Simulator
from sessionward.testing._authress import AuthressAPI
from tests._support import run_generated

pytestmark = pytest.mark.anyio

Mode = Literal["sync", "async"]
DAY = datetime.timedelta(hours=24)


def mint(
    access_key: str,
    api_url: str,
    *,
    now: datetime.datetime | None = None,
    lifetime: datetime.timedelta = DAY,
    **overrides: Any,
) -> str:
    """Turn an access key (either format) into a service-client JWT, as the vendor SDK does."""
    try:
        document = json.loads(base64.b64decode(access_key))
        client_id, key_id = document["clientId"], document["keyId"]
        audience, pem, algorithm = document["audience"], document["privateKey"], "RS256"
        account_id = audience.split(".")[0]
    except ValueError:
        client_id, key_id, account_id, private_key = access_key.split(".")
        pem = f"-----BEGIN PRIVATE KEY-----\n{private_key}\n-----END PRIVATE KEY-----"
        audience, algorithm = f"{account_id}.accounts.authress.io", "EdDSA"
    if ".authress.io" in api_url:
        origin = f"https://{account_id}.api.authress.io"
    else:
        origin = api_url.rstrip("/")
    issued = now or datetime.datetime.now(datetime.UTC)
    claims = {
        "iss": f"{origin}/v1/clients/{quote(client_id, safe='')}",
        "aud": audience,
        "sub": client_id,
        "client_id": client_id,
        "iat": issued,
        "exp": issued + lifetime,
        "scopes": "openId",
        **overrides,
    }
    return jwt.encode(claims, pem, algorithm=algorithm, headers={"kid": key_id})


class AuthressCaller:
    """Calls generated operations in one mode with one bearer token, a fresh client per call."""

    def __init__(self, sim: Simulator, mode: Mode, token: str | None) -> None:
        self.sim = sim
        self.mode = mode
        self.token = token

    async def call(self, operation: ModuleType, *args: str, **kwargs: Any) -> Response[Any]:
        client: Client | AuthenticatedClient
        if self.token is None:
            client = Client(base_url=self.sim.base_url)
        else:
            client = AuthenticatedClient(base_url=self.sim.base_url, token=self.token)
        response = await run_generated(self.mode, operation, client, *args, **kwargs)
        return cast("Response[Any]", response)

    def with_token(self, token: str | None) -> AuthressCaller:
        return AuthressCaller(self.sim, self.mode, token)


@pytest.fixture(params=["sync", "async"])
def authress(request: pytest.FixtureRequest, authress_sim: Simulator) -> AuthressCaller:
    mode: Mode = request.param
    key = authress_sim.credentials["service_client_access_key"]
    return AuthressCaller(authress_sim, mode, mint(key, authress_sim.base_url))


def _refused(response: Response[Any], status: int, code: str) -> ResponseError:
    assert response.status_code == status, response.content
    assert response.headers["content-type"] == "application/links+json"
    assert isinstance(response.parsed, ResponseError)
    assert response.parsed.error_code == code
    assert isinstance(response.parsed.error_id, str)
    return response.parsed


async def _lists(caller: AuthressCaller) -> bool:
    response = await caller.call(get_connections, limit=2)
    if response.status_code == 200:
        assert isinstance(response.parsed, ConnectionCollection)
        return True
    _refused(response, 401, "Unauthorized")
    return False


def test_the_access_key_is_format_a_with_an_ed25519_key() -> None:
    key = AuthressAPI().credentials()["service_client_access_key"]
    client_id, key_id, account_id, private_key = key.split(".")
    assert client_id.startswith("sc_")
    assert account_id.startswith("acc-")
    loaded = serialization.load_der_private_key(base64.b64decode(private_key), password=None)
    assert isinstance(loaded, ed25519.Ed25519PrivateKey)
    assert key_id


def test_the_legacy_access_key_is_format_b_with_an_rsa_key() -> None:
    api = AuthressAPI()
    key = api.other_credentials()["legacy_access_key"]["service_client_access_key"]
    document = json.loads(base64.b64decode(key))
    assert set(document) == {"clientId", "keyId", "audience", "privateKey"}
    assert document["audience"] == f"{api.account_id}.accounts.authress.io"
    loaded = serialization.load_pem_private_key(document["privateKey"].encode(), password=None)
    assert isinstance(loaded, rsa.RSAPrivateKey)
    assert loaded.key_size == 2048


def test_keys_depend_on_the_seed_only() -> None:
    assert AuthressAPI(seed=4).credentials() == AuthressAPI(seed=4).credentials()
    assert AuthressAPI(seed=4).other_credentials() == AuthressAPI(seed=4).other_credentials()
    assert AuthressAPI(seed=4).credentials() != AuthressAPI(seed=5).credentials()
    legacy = [AuthressAPI(seed=seed).other_credentials()["legacy_access_key"] for seed in (4, 5)]
    assert legacy[0] != legacy[1]


async def test_a_token_minted_for_the_simulator_url_is_accepted(authress: AuthressCaller) -> None:
    assert await _lists(authress)


async def test_a_token_minted_for_the_account_host_is_accepted(authress: AuthressCaller) -> None:
    key = authress.sim.credentials["service_client_access_key"]
    token = mint(key, "https://acc-anything.api.authress.io")
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iss"].endswith(".api.authress.io/v1/clients/" + key.split(".")[0])
    assert await _lists(authress.with_token(token))


async def test_a_legacy_rsa_key_mints_an_accepted_token(authress: AuthressCaller) -> None:
    key = authress.sim.other_credentials["legacy_access_key"]["service_client_access_key"]
    token = mint(key, authress.sim.base_url)
    assert jwt.get_unverified_header(token)["alg"] == "RS256"
    created = await authress.with_token(token).call(
        create_connection, body=Connection.from_dict({"type": "PASSWORD"})
    )
    assert created.status_code == 201


async def test_the_issued_access_token_is_accepted_as_is(authress: AuthressCaller) -> None:
    token = authress.sim.other_credentials["access_token"]["access_token"]
    assert await _lists(authress.with_token(token))
    response = await authress.with_token(token).call(get_connection, "google")
    assert response.status_code == 200


async def test_a_read_only_client_reads_but_may_not_write(authress: AuthressCaller) -> None:
    key = authress.sim.other_credentials["read_only"]["service_client_access_key"]
    reader = authress.with_token(mint(key, authress.sim.base_url))
    assert await _lists(reader)
    assert (await reader.call(get_connection, "google")).status_code == 200
    body = Connection.from_dict({"type": "PASSWORD"})
    refusals = [
        await reader.call(create_connection, body=body),
        await reader.call(update_connection, "google", body=body),
        await reader.call(delete_connection, "google"),
        await reader.call(get_connection_credentials, "google", "usr_anyone"),
    ]
    for response in refusals:
        refusal = _refused(response, 403, "Forbidden")
        assert isinstance(refusal.title, str)
        assert refusal.title.startswith("The user doesn't have permission to")
    assert (await authress.call(get_connection, "google")).status_code == 200  # not deleted


async def test_no_token_is_unauthorized(authress: AuthressCaller) -> None:
    _refused(await authress.with_token(None).call(get_connections), 401, "Unauthorized")


def _key_parts(sim: Simulator) -> tuple[str, str, str, str]:
    client_id, key_id, account_id, private_key = sim.credentials["service_client_access_key"].split(
        "."
    )
    return client_id, key_id, account_id, private_key


def _bad_tokens(sim: Simulator) -> dict[str, str]:
    key = sim.credentials["service_client_access_key"]
    client_id, key_id, account_id, _ = _key_parts(sim)
    stranger = ed25519.Ed25519PrivateKey.generate()
    week_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=7)
    good_claims = jwt.decode(mint(key, sim.base_url), options={"verify_signature": False})
    return {
        "expired": mint(key, sim.base_url, now=week_ago),
        "wrong audience": mint(key, sim.base_url, aud="other.accounts.authress.io"),
        "wrong issuer": mint(key, "https://login.example.com"),
        "wrong subject": mint(key, sim.base_url, sub="sc_someone-else"),
        "no expiry": jwt.encode(
            {name: value for name, value in good_claims.items() if name != "exp"},
            f"-----BEGIN PRIVATE KEY-----\n{key.split('.')[3]}\n-----END PRIVATE KEY-----",
            algorithm="EdDSA",
            headers={"kid": key_id},
        ),
        "signed by another key": jwt.encode(
            good_claims, stranger, algorithm="EdDSA", headers={"kid": key_id}
        ),
        "unknown kid": jwt.encode(
            good_claims, stranger, algorithm="EdDSA", headers={"kid": "kid-nobody-knows"}
        ),
        "symmetric algorithm": jwt.encode(
            good_claims,
            "a-shared-secret-of-32-bytes-or-more!",
            algorithm="HS256",
            headers={"kid": key_id},
        ),
        "not a jwt": "not-a-jwt",
        "the access key itself": key,
        "another account": mint(key.replace(account_id, "acc-someoneelse0000"), sim.base_url),
        "client id of another client": mint(
            key.replace(client_id, "sc_AAAAAAAAAAAAAAAAAAAAAA"), sim.base_url
        ),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "expired",
        "wrong audience",
        "wrong issuer",
        "wrong subject",
        "no expiry",
        "signed by another key",
        "unknown kid",
        "symmetric algorithm",
        "not a jwt",
        "the access key itself",
        "another account",
        "client id of another client",
    ],
)
async def test_a_bad_token_is_unauthorized(authress: AuthressCaller, kind: str) -> None:
    token = _bad_tokens(authress.sim)[kind]
    refusal = _refused(await authress.with_token(token).call(get_connections), 401, "Unauthorized")
    assert refusal.title == "The request JWT found in the Authorization header is no longer valid."


def test_other_schemes_than_bearer_are_unauthorized(authress_sim: Simulator) -> None:
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    with httpx.Client(base_url=authress_sim.base_url) as client:
        basic = client.get("/v1/connections", headers={"Authorization": f"Basic {token}"})
        bare = client.get("/v1/connections", headers={"Authorization": token})
        lower = client.get("/v1/connections", headers={"Authorization": f"bearer {token}"})
    assert basic.status_code == bare.status_code == 401
    assert basic.json()["errorCode"] == "Unauthorized"
    assert lower.status_code == 200


def test_the_minted_token_carries_the_documented_claims(authress_sim: Simulator) -> None:
    client_id, key_id, account_id, _ = _key_parts(authress_sim)
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert (header["alg"], header["kid"]) == ("EdDSA", key_id)
    assert claims["iss"] == f"{authress_sim.base_url}/v1/clients/{client_id}"
    assert claims["aud"] == f"{account_id}.accounts.authress.io"
    assert claims["sub"] == claims["client_id"] == client_id
    assert claims["exp"] - claims["iat"] == DAY.total_seconds()
