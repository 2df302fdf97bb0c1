"""The DocSpace simulator's five operations through the generated client, sync and async.

Each test runs twice (`mode`), once with the generated client's sync functions and once with its
async ones, against the session's DocSpace simulator over a real loopback socket.
"""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from docspace_api import AuthenticatedClient, Client
from docspace_api.api.active_connections import (
    get_all_active_connections,
    log_out_active_connection,
    log_out_all_active_connections_change_password,
    log_out_all_active_connections_for_user,
    log_out_all_except_this_connection,
)
from docspace_api.models import (
    ActiveConnectionsDto,
    ActiveConnectionsItemDto,
    ActiveConnectionsWrapper,
    BooleanWrapper,
    ErrorApiResponse,
    StringWrapper,
)
from docspace_api.types import Response

from sessionward.testing import Simulator
from sessionward.testing._docspace import DocspaceAPI
from tests._support import Mode
from tests._support import run_generated as call

SEEDED = DocspaceAPI()  # the fixture's simulator: default seed and size
# The admin's login event held by their token (looked up here so no assertion shows a token).
ADMIN_EVENT = SEEDED.sessions[SEEDED.admin.token]
DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}(Z|[+-]\d\d:\d\d)$")


def bearer(sim: Simulator, token: str | None = None) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sim.base_url, token=token or sim.credentials["token"])


def cookie(sim: Simulator, token: str | None = None) -> Client:
    value = token or sim.credentials["token"]
    return Client(base_url=sim.base_url, cookies={"asc_auth_key": value})


async def connections(
    mode: Mode, client: AuthenticatedClient | Client
) -> tuple[int, list[ActiveConnectionsItemDto]]:
    response = await call(mode, get_all_active_connections, client)
    assert response.status_code == 200
    assert isinstance(response.parsed, ActiveConnectionsWrapper)
    dto = response.parsed.response
    assert isinstance(dto, ActiveConnectionsDto)
    items = dto.items if isinstance(dto.items, list) else []
    return dto.login_event, items


async def seen_by_the_admin(mode: Mode, sim: Simulator) -> int:
    """How many active connections the administrator's token lists."""
    _, items = await connections(mode, bearer(sim))
    return len(items)


async def log_out_all_for(mode: Mode, client: AuthenticatedClient, user_id: str) -> Response[Any]:
    """Log out every connection of `user_id` as `client`."""
    response: Response[Any] = await call(
        mode, log_out_all_active_connections_for_user, client, user_id=uuid.UUID(user_id)
    )
    return response


def assert_unauthorized(response: Response[Any]) -> None:
    assert response.status_code == 401
    assert isinstance(response.parsed, ErrorApiResponse)
    assert response.parsed.status == 1
    assert response.parsed.status_code == 401
    assert response.parsed.to_dict()["error"] == {"message": "Unauthorized"}


@pytest.mark.anyio
async def test_list_with_the_cookie_puts_the_current_connection_first(
    docspace_sim: Simulator, mode: Mode
) -> None:
    response = await call(mode, get_all_active_connections, cookie(docspace_sim))
    assert response.status_code == 200
    wrapper = response.parsed
    assert isinstance(wrapper, ActiveConnectionsWrapper)
    assert (wrapper.count, wrapper.status, wrapper.status_code) == (1, 0, 200)
    assert isinstance(wrapper.links, list)
    assert wrapper.links[0].action == "GET"
    assert wrapper.links[0].href == docspace_sim.base_url + "/api/2.0/security/activeconnections"
    login_event, items = await connections(mode, cookie(docspace_sim))
    admin = SEEDED.admin
    assert login_event == ADMIN_EVENT
    assert items[0].id == login_event
    assert login_event != max(item.id for item in items)  # so "first" is not just "newest"
    assert len(items) == SEEDED.size
    assert {str(item.user_id) for item in items} == {admin.id}
    # After the current one, newest first.
    rest = [item.id for item in items[1:]]
    assert rest == sorted(rest, reverse=True)


@pytest.mark.anyio
async def test_list_with_a_header_token_has_no_current_connection(
    docspace_sim: Simulator, mode: Mode
) -> None:
    login_event, items = await connections(mode, bearer(docspace_sim))
    assert login_event == 0
    ids = [item.id for item in items]
    assert ids == sorted(ids, reverse=True)
    assert set(ids) == set(SEEDED.by_user[SEEDED.admin.id])


@pytest.mark.anyio
async def test_raw_token_in_authorization_is_accepted(docspace_sim: Simulator, mode: Mode) -> None:
    raw = AuthenticatedClient(
        base_url=docspace_sim.base_url, token=docspace_sim.credentials["token"], prefix=""
    )
    login_event, items = await connections(mode, raw)
    assert login_event == 0
    assert len(items) == SEEDED.size


@pytest.mark.anyio
async def test_items_look_like_the_servers(docspace_sim: Simulator, mode: Mode) -> None:
    response = await call(mode, get_all_active_connections, cookie(docspace_sim))
    raw_items = response.content.decode()
    for raw_date in re.findall(r'"date":"([^"]+)"', raw_items):
        assert DATE.match(raw_date), raw_date
    _, items = await connections(mode, cookie(docspace_sim))
    for item in items:
        assert item.tenant_id == 1
        assert item.mobile is False
        assert isinstance(item.ip, str) and item.ip.count(".") == 3
        assert isinstance(item.browser, str) and re.search(r"\d", item.browser)
        assert isinstance(item.platform, str) and item.platform
        assert isinstance(item.date, datetime.datetime) and item.date.tzinfo is not None
        assert item.date < datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


@pytest.mark.anyio
async def test_logout_of_an_unknown_id_is_false_with_200(
    docspace_sim: Simulator, mode: Mode
) -> None:
    response = await call(mode, log_out_active_connection, bearer(docspace_sim), login_event_id=7)
    assert response.status_code == 200
    assert isinstance(response.parsed, BooleanWrapper)
    assert response.parsed.response is False
    assert response.parsed.status_code == 200


@pytest.mark.anyio
async def test_logout_of_another_connection_removes_it(docspace_sim: Simulator, mode: Mode) -> None:
    current, items = await connections(mode, cookie(docspace_sim))
    other = items[-1].id
    response = await call(
        mode, log_out_active_connection, cookie(docspace_sim), login_event_id=other
    )
    assert isinstance(response.parsed, BooleanWrapper)
    assert response.parsed.response is True
    assert isinstance(response.parsed.links, list)
    assert response.parsed.links[0].action == "PUT"
    still_current, after = await connections(mode, cookie(docspace_sim))
    assert still_current == current
    assert [item.id for item in after] == [item.id for item in items if item.id != other]


@pytest.mark.anyio
async def test_logout_of_the_current_connection_ends_the_token(
    docspace_sim: Simulator, mode: Mode
) -> None:
    current, _ = await connections(mode, cookie(docspace_sim))
    response = await call(
        mode, log_out_active_connection, cookie(docspace_sim), login_event_id=current
    )
    assert isinstance(response.parsed, BooleanWrapper)
    assert response.parsed.response is True
    assert_unauthorized(await call(mode, get_all_active_connections, cookie(docspace_sim)))
    assert_unauthorized(await call(mode, get_all_active_connections, bearer(docspace_sim)))


@pytest.mark.anyio
async def test_member_cannot_close_the_admins_connection(
    docspace_sim: Simulator, mode: Mode
) -> None:
    member = bearer(docspace_sim, docspace_sim.other_credentials["member"]["token"])
    response = await call(mode, log_out_active_connection, member, login_event_id=ADMIN_EVENT)
    assert response.status_code == 403
    assert response.content == b""
    login_event, _ = await connections(mode, cookie(docspace_sim))
    assert login_event == ADMIN_EVENT


@pytest.mark.anyio
async def test_admin_can_close_a_members_connection(docspace_sim: Simulator, mode: Mode) -> None:
    member_token = docspace_sim.other_credentials["member"]["token"]
    members = SEEDED.sessions[member_token]
    response = await call(
        mode, log_out_active_connection, bearer(docspace_sim), login_event_id=members
    )
    assert isinstance(response.parsed, BooleanWrapper)
    assert response.parsed.response is True
    assert_unauthorized(
        await call(mode, get_all_active_connections, bearer(docspace_sim, member_token))
    )


@pytest.mark.anyio
async def test_logout_all_for_a_user_closes_every_connection_of_that_user(
    docspace_sim: Simulator, mode: Mode
) -> None:
    member_token = docspace_sim.other_credentials["member"]["token"]
    _, members_before = await connections(mode, bearer(docspace_sim, member_token))
    assert members_before
    response = await log_out_all_for(mode, bearer(docspace_sim), SEEDED.member.id)
    assert response.status_code == 200
    assert response.content == b""
    assert_unauthorized(
        await call(mode, get_all_active_connections, bearer(docspace_sim, member_token))
    )
    assert await seen_by_the_admin(mode, docspace_sim) == SEEDED.size


@pytest.mark.anyio
async def test_logout_all_for_an_unknown_user_changes_nothing(
    docspace_sim: Simulator, mode: Mode
) -> None:
    nobody = "00000000-0000-4000-8000-000000000000"
    response = await log_out_all_for(mode, bearer(docspace_sim), nobody)
    assert response.status_code == 200
    assert await seen_by_the_admin(mode, docspace_sim) == SEEDED.size


@pytest.mark.anyio
async def test_logout_all_for_a_user_is_for_admins_only(
    docspace_sim: Simulator, mode: Mode
) -> None:
    member = bearer(docspace_sim, docspace_sim.other_credentials["member"]["token"])
    response = await log_out_all_for(mode, member, SEEDED.admin.id)
    assert response.status_code == 403
    assert response.content == b""
    assert await seen_by_the_admin(mode, docspace_sim) == SEEDED.size


@pytest.mark.anyio
async def test_logout_all_except_this_keeps_the_cookies_connection(
    docspace_sim: Simulator, mode: Mode
) -> None:
    current, _ = await connections(mode, cookie(docspace_sim))
    response = await call(mode, log_out_all_except_this_connection, cookie(docspace_sim))
    assert isinstance(response.parsed, StringWrapper)
    assert response.parsed.response == SEEDED.admin.name
    login_event, items = await connections(mode, cookie(docspace_sim))
    assert login_event == current
    assert [item.id for item in items] == [current]


@pytest.mark.anyio
async def test_logout_all_except_this_with_a_header_token_closes_everything(
    docspace_sim: Simulator, mode: Mode
) -> None:
    member_token = docspace_sim.other_credentials["member"]["token"]
    response = await call(
        mode, log_out_all_except_this_connection, bearer(docspace_sim, member_token)
    )
    assert isinstance(response.parsed, StringWrapper)
    assert response.parsed.response == SEEDED.member.name
    # A header names no current connection, so the token's own login event is closed too.
    assert_unauthorized(
        await call(mode, get_all_active_connections, cookie(docspace_sim, member_token))
    )


@pytest.mark.anyio
async def test_logout_all_and_change_password_closes_all_and_returns_the_url(
    docspace_sim: Simulator, mode: Mode
) -> None:
    response = await call(
        mode, log_out_all_active_connections_change_password, cookie(docspace_sim)
    )
    assert isinstance(response.parsed, StringWrapper)
    url = response.parsed.response
    assert isinstance(url, str)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == docspace_sim.origin
    assert parts.path == "/confirm/PasswordChange"
    query = parse_qs(parts.query)
    assert query["type"] == ["PasswordChange"]
    assert query["email"] == [SEEDED.admin.email]
    assert re.fullmatch(r"\d{10}\.[A-Z0-9]{10}", query["key"][0])
    assert_unauthorized(await call(mode, get_all_active_connections, cookie(docspace_sim)))


@pytest.mark.anyio
async def test_personal_api_key_authenticates_without_a_login_event(
    docspace_sim: Simulator, mode: Mode
) -> None:
    api_key = docspace_sim.other_credentials["api_key"]["token"]
    login_event, items = await connections(mode, bearer(docspace_sim, api_key))
    assert login_event == 0
    assert len(items) == SEEDED.size
    # Closing every login event leaves the key working: the server then describes the request.
    await call(mode, log_out_all_active_connections_change_password, bearer(docspace_sim, api_key))
    login_event, items = await connections(mode, bearer(docspace_sim, api_key))
    assert [(item.id, str(item.user_id)) for item in items] == [(0, SEEDED.admin.id)]
    assert items[0].page == "/api/2.0/security/activeconnections"
    # An API key is no session cookie.
    assert_unauthorized(await call(mode, get_all_active_connections, cookie(docspace_sim, api_key)))


@pytest.mark.anyio
async def test_reset_brings_closed_connections_and_tokens_back(
    docspace_sim: Simulator, mode: Mode
) -> None:
    await call(mode, log_out_all_active_connections_change_password, bearer(docspace_sim))
    assert_unauthorized(await call(mode, get_all_active_connections, bearer(docspace_sim)))
    docspace_sim.reset()
    assert await seen_by_the_admin(mode, docspace_sim) == SEEDED.size
