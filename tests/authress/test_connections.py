"""`connections.*` against the simulated Authress account, sync and async."""

from __future__ import annotations

import functools
import math

import pytest

from sessionward.authress import (
    Authress,
    BadRequestError,
    Connection,
    ConnectionData,
    ConnectionType,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    Tags,
    UserConnectionCredentials,
)
from sessionward.testing import Simulator
from sessionward.testing._authress import AuthressAPI
from tests.authress._support import Recorder, Twin, answered, operations
from tests.authress.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SEEDED = 20  # the simulator's default size


@functools.cache
def credential_pairs() -> list[tuple[str, str]]:
    """(connection id, user id) pairs that hold provider credentials in the seeded account."""
    return sorted(AuthressAPI().user_credentials)


def new_connection(**changes: object) -> Connection:
    connection = Connection(
        type_=ConnectionType.SAML2,
        authentication_url="https://idp.example.com/sso/saml",
        issuer_url="https://idp.example.com/entity",
        data=ConnectionData(name="Example IdP"),
    )
    for name, value in changes.items():
        setattr(connection, name, value)
    return connection


async def test_list_follows_the_cursor_through_every_page(
    authress: Twin, authress_sim: Simulator
) -> None:
    pager = authress.client.connections.list(page_size=6)

    connections = await authress.collect(pager)

    ids = [str(c.connection_id) for c in connections]
    assert len(ids) == SEEDED
    assert ids == sorted(ids)  # the API orders by connectionId
    assert all(isinstance(c, Connection) for c in connections)
    lists = [r for r in authress_sim.requests() if r.operation == "get_connections"]
    assert len(lists) == math.ceil(SEEDED / 6)
    assert "cursor" not in dict(lists[0].query)
    assert all("cursor" in dict(r.query) for r in lists[1:])
    assert {dict(r.query)["limit"] for r in lists} == {"6"}


async def test_list_is_lazy(authress: Twin, authress_sim: Simulator) -> None:
    authress.client.connections.list()
    assert authress_sim.requests() == []


async def test_pages_yields_whole_pages(authress: Twin) -> None:
    pages = await authress.collect(authress.client.connections.list(page_size=8).pages())
    assert [len(page.items) for page in pages] == [8, 8, 4]


async def test_list_with_a_filter(authress: Twin, authress_sim: Simulator) -> None:
    matching = await authress.list(filter="GOOGLE")
    assert [c.connection_id for c in matching] == ["google"]
    assert dict(authress_sim.requests()[-1].query)["filter"] == "GOOGLE"


def test_page_size_must_be_positive() -> None:
    from sessionward.core import InvalidArgumentError

    client = Authress("https://acct.api.authress.io", access_token="token")
    with pytest.raises(InvalidArgumentError, match="page_size") as raised:
        client.connections.list(page_size=0)
    assert raised.value.name == "page_size"
    assert isinstance(raised.value, ValueError)


async def test_get_returns_one_connection(authress: Twin) -> None:
    connection = await authress.call("connections.get", "google")
    assert isinstance(connection, Connection)
    assert connection.connection_id == "google"
    assert connection.type_ is ConnectionType.OAUTH2
    assert connection.created_time is not None


async def test_create_returns_the_stored_connection(
    authress: Twin, authress_sim: Simulator
) -> None:
    created = await authress.call("connections.create", new_connection())

    assert isinstance(created, Connection)
    assert isinstance(created.connection_id, str)
    assert created.connection_id.startswith("con_")
    assert created.is_active_connection is True
    assert answered(authress_sim, "create_connection") == [201]
    fetched = await authress.call("connections.get", created.connection_id)
    assert fetched.authentication_url == "https://idp.example.com/sso/saml"


async def test_create_with_an_id_in_use_is_a_bad_request(authress: Twin) -> None:
    with pytest.raises(BadRequestError) as caught:
        await authress.call("connections.create", new_connection(connection_id="google"))
    assert caught.value.error_code == "InvalidConnection"
    assert "already in use" in str(caught.value)


async def test_update_replaces_the_connection(authress: Twin) -> None:
    created = await authress.call("connections.create", new_connection(connection_id="acme-sso"))
    created.tags = Tags.from_dict({"team": "identity"})
    assert isinstance(created.data, ConnectionData)
    created.data.name = "Acme SSO"

    updated = await authress.call("connections.update", "acme-sso", created)

    assert updated.data.name == "Acme SSO"
    assert updated.tags.to_dict() == {"team": "identity"}
    assert updated.created_time == created.created_time
    assert (await authress.call("connections.get", "acme-sso")).data.name == "Acme SSO"


async def test_read_only_fields_are_not_sent(make: MakeTwin) -> None:
    recorder = Recorder()
    authress = make(recorder=recorder)
    google = await authress.call("connections.get", "google")
    assert google.created_time and google.last_updated
    assert isinstance(google.is_active_connection, bool)

    await authress.call("connections.update", "google", google)
    await authress.call("connections.create", new_connection(created_time=google.created_time))

    update_body, create_body = recorder.body(-2), recorder.body(-1)
    for body in (update_body, create_body):
        assert not {"createdTime", "lastUpdated", "isActiveConnection"} & set(body)
    assert update_body["connectionId"] == "google"
    # The caller's object is left as it was.
    assert google.created_time and isinstance(google.is_active_connection, bool)


async def test_update_refuses_a_connection_of_another_id(
    authress: Twin, authress_sim: Simulator
) -> None:
    google = await authress.call("connections.get", "google")
    authress_sim.clear_requests()

    with pytest.raises(ValueError, match="cannot be renamed"):
        await authress.call("connections.update", "github", google)

    assert authress_sim.requests() == []


async def test_update_of_an_unknown_connection_is_not_found(authress: Twin) -> None:
    with pytest.raises(NotFoundError):
        await authress.call("connections.update", "no-such-connection", new_connection())


async def test_delete_removes_the_connection(authress: Twin, authress_sim: Simulator) -> None:
    assert await authress.call("connections.delete", "github") is None

    with pytest.raises(NotFoundError):
        await authress.call("connections.get", "github")
    assert answered(authress_sim, "delete_connection") == [204]


async def test_get_user_credentials(authress: Twin) -> None:
    connection_id, user_id = credential_pairs()[0]

    credentials = await authress.call("connections.get_user_credentials", connection_id, user_id)

    assert isinstance(credentials, UserConnectionCredentials)
    assert credentials.access_token
    assert credentials.access_token not in repr(credentials)


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("connections.get", ("no-such-connection",)),
        ("connections.delete", ("no-such-connection",)),
        ("connections.get_user_credentials", ("google", "usr_nobody")),
    ],
)
async def test_an_unknown_id_is_not_found(
    authress: Twin, method: str, args: tuple[str, ...]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        await authress.call(method, *args)
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.request_id  # Authress's errorId, to quote to its support


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("connections.get", ("..",)),
        ("connections.delete", ("",)),
        ("connections.update", (".", Connection())),
        ("connections.get_user_credentials", ("google", "..")),
    ],
)
async def test_a_dot_segment_is_refused_before_sending(
    authress: Twin, authress_sim: Simulator, method: str, args: tuple[object, ...]
) -> None:
    with pytest.raises(InvalidPathParameterError):
        await authress.call(method, *args)
    assert authress_sim.requests() == []


async def test_a_connection_must_be_a_connection(authress: Twin) -> None:
    with pytest.raises(TypeError, match="Connection"):
        await authress.call("connections.create", {"type": "OAUTH2"})


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("connections.create", (new_connection(),)),
        ("connections.update", ("google", new_connection())),
        ("connections.delete", ("google",)),
        ("connections.get_user_credentials", credential_pairs()[0]),
    ],
)
async def test_a_read_only_client_is_forbidden_to_change(
    make: MakeTwin, authress_sim: Simulator, method: str, args: tuple[object, ...]
) -> None:
    reader = make(**authress_sim.other_credentials["read_only"])

    with pytest.raises(PermissionDeniedError) as caught:
        await reader.call(method, *args)

    assert caught.value.error_code == "Forbidden"
    assert caught.value.status_code == 403
    assert len(operations(authress_sim)) == 1  # a 403 is not a reason to re-mint and resend


async def test_a_read_only_client_may_read(make: MakeTwin, authress_sim: Simulator) -> None:
    reader = make(**authress_sim.other_credentials["read_only"])
    assert len(await reader.list()) == SEEDED
    assert (await reader.call("connections.get", "google")).connection_id == "google"
