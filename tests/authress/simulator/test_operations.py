"""Every Authress operation through the generated client, sync and async, with its error paths."""

from __future__ import annotations

import datetime

import httpx
import pytest
from authress_api.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    get_connection_credentials,
    get_connections,
    update_connection,
)
from authress_api.models import (
    Connection,
    ConnectionCollection,
    ConnectionData,
    ConnectionType,
    ResponseError,
    UserConnectionCredentials,
)
from authress_api.types import UNSET, Response

from sessionward.testing import Simulator
from sessionward.testing._authress import AuthressAPI
from tests.authress.simulator.test_auth import AuthressCaller, Mode, mint

pytestmark = pytest.mark.anyio

SAML = {
    "type": "SAML2",
    "authenticationUrl": "https://initech.okta.com/app/initech_authress/exk9z8y7x6w5/sso/saml",
    "issuerUrl": "http://www.okta.com/exk9z8y7x6w5",
    "providerCertificate": "MIIDqDCCApCgAwIBAgIGAYexample",
    "clientSecret": "a-provider-secret",
    "data": {"name": "Initech Okta"},
    "tags": {"customer": "initech"},
}


@pytest.fixture(params=["sync", "async"])
def authress(request: pytest.FixtureRequest, authress_sim: Simulator) -> AuthressCaller:
    mode: Mode = request.param
    key = authress_sim.credentials["service_client_access_key"]
    return AuthressCaller(authress_sim, mode, mint(key, authress_sim.base_url))


def _connection(response: Response[object], status: int = 200) -> Connection:
    assert response.status_code == status, response.content
    assert response.headers["content-type"] == "application/links+json"
    assert isinstance(response.parsed, Connection)
    return response.parsed


def _not_found(response: Response[object], title: str) -> None:
    assert response.status_code == 404, response.content
    assert response.headers["content-type"] == "application/links+json"
    assert isinstance(response.parsed, ResponseError)
    assert response.parsed.error_code == "NOT_FOUND"
    assert response.parsed.title == title


async def test_create_sets_the_id_and_the_server_managed_fields(authress: AuthressCaller) -> None:
    before = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=1)
    created = _connection(
        await authress.call(create_connection, body=Connection.from_dict(SAML)), 201
    )
    assert isinstance(created.connection_id, str)
    assert created.connection_id.startswith("con_")
    assert len(created.connection_id) == 26
    assert created.type_ == ConnectionType.SAML2
    assert created.authentication_url == SAML["authenticationUrl"]
    assert isinstance(created.created_time, datetime.datetime)
    assert created.created_time >= before
    assert created.last_updated == created.created_time
    assert created.is_active_connection is True
    assert created.client_secret is UNSET  # write-only: never read back
    assert isinstance(created.data, ConnectionData)
    assert created.data.name == "Initech Okta"
    assert created.data.user_id_expression == "{sub}"  # a server default
    fetched = _connection(await authress.call(get_connection, created.connection_id))
    assert fetched.to_dict() == created.to_dict()


async def test_create_keeps_a_given_id_and_refuses_one_in_use(authress: AuthressCaller) -> None:
    body = Connection.from_dict({**SAML, "connectionId": "okta-initech"})
    created = _connection(await authress.call(create_connection, body=body), 201)
    assert created.connection_id == "okta-initech"
    again = await authress.call(create_connection, body=body)
    assert again.status_code == 400
    assert isinstance(again.parsed, ResponseError)
    assert again.parsed.error_code == "InvalidConnection"
    assert isinstance(again.parsed.title, str)
    assert "okta-initech" in again.parsed.title


async def test_server_managed_fields_in_the_body_are_ignored(authress: AuthressCaller) -> None:
    body = Connection.from_dict(
        {**SAML, "createdTime": "2001-01-01T00:00:00Z", "isActiveConnection": False}
    )
    created = _connection(await authress.call(create_connection, body=body), 201)
    assert isinstance(created.created_time, datetime.datetime)
    assert created.created_time.year > 2001
    assert created.is_active_connection is True


async def test_get_returns_a_seeded_connection(authress: AuthressCaller) -> None:
    google = _connection(await authress.call(get_connection, "google"))
    assert google.type_ == ConnectionType.OAUTH2
    assert google.authentication_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert isinstance(google.created_time, datetime.datetime)
    assert isinstance(google.last_updated, datetime.datetime)
    assert google.created_time <= google.last_updated
    assert google.created_time.year in {2023, 2024}


async def test_get_of_an_unknown_connection_is_not_found(authress: AuthressCaller) -> None:
    _not_found(
        await authress.call(get_connection, "no-such-connection"), "The connection does not exist."
    )


async def test_update_replaces_the_connection_and_keeps_created_time(
    authress: AuthressCaller,
) -> None:
    before = _connection(await authress.call(get_connection, "github"))
    body = Connection.from_dict(
        {
            "type": "OAUTH2",
            "authenticationUrl": "https://github.com/login/oauth/authorize",
            "clientId": "Iv1.rotated0000000",
            "clientSecret": "rotated-secret",
            "connectionId": "ignored-the-path-wins",
        }
    )
    updated = _connection(await authress.call(update_connection, "github", body=body))
    assert updated.connection_id == "github"
    assert updated.client_id == "Iv1.rotated0000000"
    assert updated.token_url is UNSET  # replaced, not merged
    assert updated.created_time == before.created_time
    assert isinstance(updated.last_updated, datetime.datetime)
    assert isinstance(before.last_updated, datetime.datetime)
    assert updated.last_updated > before.last_updated
    assert updated.client_secret is UNSET
    assert _connection(await authress.call(get_connection, "github")).to_dict() == updated.to_dict()
    _not_found(
        await authress.call(update_connection, "no-such-connection", body=body),
        "The connection does not exist.",
    )


async def test_delete_answers_204_and_the_connection_is_gone(authress: AuthressCaller) -> None:
    response = await authress.call(delete_connection, "okta-acme")
    assert response.status_code == 204
    assert response.content == b""
    _not_found(await authress.call(get_connection, "okta-acme"), "The connection does not exist.")
    _not_found(
        await authress.call(delete_connection, "okta-acme"), "The connection does not exist."
    )


async def test_user_credentials_of_a_seeded_login(authress: AuthressCaller) -> None:
    seeded = AuthressAPI().user_credentials
    (connection_id, user_id), token = next(iter(seeded.items()))
    response = await authress.call(get_connection_credentials, connection_id, user_id)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/links+json"
    assert isinstance(response.parsed, UserConnectionCredentials)
    assert response.parsed.access_token == token


async def test_user_credentials_of_unknown_users_or_connections_are_not_found(
    authress: AuthressCaller,
) -> None:
    (connection_id, user_id) = next(iter(AuthressAPI().user_credentials))
    title = "The connection or user does not exist."
    _not_found(await authress.call(get_connection_credentials, connection_id, "usr_nobody"), title)
    _not_found(
        await authress.call(get_connection_credentials, "no-such-connection", user_id), title
    )
    assert (await authress.call(delete_connection, connection_id)).status_code == 204
    _not_found(await authress.call(get_connection_credentials, connection_id, user_id), title)


async def test_seeded_users_hold_credentials_on_several_connections(
    authress: AuthressCaller,
) -> None:
    seeded = AuthressAPI().user_credentials
    assert len({connection for connection, _ in seeded}) >= 3
    assert len({user for _, user in seeded}) >= 3
    assert seeded[next(pair for pair in seeded if pair[0] == "google")].startswith("ya29.")
    for (connection_id, user_id), token in list(seeded.items())[:5]:
        response = await authress.call(get_connection_credentials, connection_id, user_id)
        assert isinstance(response.parsed, UserConnectionCredentials)
        assert response.parsed.access_token == token


async def test_list_returns_the_collection(authress: AuthressCaller) -> None:
    response = await authress.call(get_connections)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/links+json"
    assert isinstance(response.parsed, ConnectionCollection)
    ids = [connection.connection_id for connection in response.parsed.connections]
    assert len(ids) == 20
    assert {"google", "github", "okta-acme", "passkeys"} <= set(ids)


@pytest.mark.parametrize(
    ("body", "member"),
    [
        ({"type": "LDAP"}, "type"),
        ({"type": "OAUTH2", "authenticationUrl": ""}, "authenticationUrl"),
        ({"connectionId": "has spaces"}, "connectionId"),
        ({"type": "OAUTH2", "tags": {"owner": 5}}, "tags"),
        ({"data": {"name": "x" * 65}}, "data"),
    ],
)
def test_an_invalid_body_is_invalid_connection(
    authress_sim: Simulator, body: dict[str, object], member: str
) -> None:
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=authress_sim.base_url, headers=headers) as client:
        created = client.post("/v1/connections", json=body)
        updated = client.put("/v1/connections/google", json=body)
    for response in (created, updated):
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/links+json"
        error = response.json()
        assert error["errorCode"] == "InvalidConnection"
        assert error["title"].startswith(f"The connection is invalid: {member} ")


def test_a_body_that_is_not_json_is_invalid_connection(authress_sim: Simulator) -> None:
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=authress_sim.base_url, headers=headers) as client:
        response = client.post("/v1/connections", content=b"{not json")
    assert response.status_code == 400
    assert response.json()["errorCode"] == "InvalidConnection"


def test_unknown_paths_and_methods_get_a_response_error(authress_sim: Simulator) -> None:
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    with httpx.Client(
        base_url=authress_sim.base_url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        missing = client.get("/v1/users")
        wrong = client.patch("/v1/connections/google", json={})
    assert missing.status_code == 404
    assert missing.json()["errorCode"] == "NotFound"
    assert wrong.status_code == 405
    assert wrong.json()["errorCode"] == "MethodNotAllowed"
    assert set(wrong.headers["allow"].split(", ")) == {"GET", "PUT", "DELETE"}
