"""What each `active_connections` method does against the simulated portal, sync and async."""

from __future__ import annotations

import uuid

import pytest

from sessionward.docspace import ActiveConnectionsItemDto, AuthenticationError
from sessionward.testing import Simulator
from tests.docspace._support import NOBODY, Twin, envelope
from tests.docspace.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_list_with_a_token_returns_the_callers_connections_and_no_current_one(
    twin: Twin,
) -> None:
    connections = await twin.list()

    assert connections.login_event == 0
    items = connections.items
    assert items
    assert all(isinstance(item, ActiveConnectionsItemDto) for item in items)
    assert len({item.user_id for item in items}) == 1
    assert len({item.id for item in items}) == len(items)


async def test_list_with_the_cookie_puts_the_current_connection_first(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    twin = make_twin(auth_cookie=docspace_sim.credentials["token"])

    connections = await twin.list()

    assert connections.login_event != 0
    assert connections.items
    assert connections.items[0].id == connections.login_event


async def test_log_out_closes_the_connection_and_a_second_call_answers_false(twin: Twin) -> None:
    newest = (await twin.list()).items or []
    target = newest[0].id

    assert await twin.log_out(target) is True
    assert target not in [item.id for item in (await twin.list()).items or []]
    assert await twin.log_out(target) is False


async def test_log_out_of_an_unknown_connection_is_false_not_an_error(twin: Twin) -> None:
    assert await twin.log_out(1) is False


async def test_an_administrator_closes_a_members_connection(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    member = make_twin(**docspace_sim.other_credentials["member"])
    member_items = (await member.list()).items or []
    admin = make_twin()

    closed = [await admin.log_out(item.id) for item in member_items]

    assert closed == [True] * len(member_items)
    # The member's token belonged to one of those connections.
    with pytest.raises(AuthenticationError):
        await member.list()


@pytest.mark.parametrize("form", ["uuid", "str", "upper"])
async def test_log_out_all_for_user_revokes_every_session_of_that_user(
    make_twin: MakeTwin, docspace_sim: Simulator, form: str
) -> None:
    member = make_twin(**docspace_sim.other_credentials["member"])
    member_id = ((await member.list()).items or [])[0].user_id
    forms: dict[str, uuid.UUID | str] = {
        "uuid": member_id,
        "str": str(member_id),
        "upper": str(member_id).upper(),
    }
    user_id = forms[form]
    admin = make_twin()

    await admin.log_out_all_for_user(user_id)

    with pytest.raises(AuthenticationError):
        await member.list()
    assert (await admin.list()).items


async def test_log_out_all_for_a_user_without_connections_succeeds(twin: Twin) -> None:
    before = (await twin.list()).items

    await twin.log_out_all_for_user(NOBODY)

    assert (await twin.list()).items == before


async def test_log_out_all_except_current_keeps_the_cookies_connection(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    twin = make_twin(auth_cookie=docspace_sim.credentials["token"])
    current = (await twin.list()).login_event

    name = await twin.log_out_all_except_current()

    assert isinstance(name, str)
    assert name
    after = await twin.list()
    assert [item.id for item in after.items or []] == [current]


async def test_log_out_all_except_current_with_a_token_closes_the_tokens_connection_too(
    twin: Twin,
) -> None:
    assert await twin.log_out_all_except_current()

    # A header token is tied to no "current" connection, so its own was closed as well.
    with pytest.raises(AuthenticationError):
        await twin.list()


async def test_log_out_all_except_current_keeps_working_with_an_api_key(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    twin = make_twin(**docspace_sim.other_credentials["api_key"])

    assert await twin.log_out_all_except_current()

    # The key is tied to no connection; with all of them closed, DocSpace lists the request itself.
    assert [item.id for item in (await twin.list()).items or []] == [0]


async def test_log_out_all_and_change_password_returns_the_confirmation_url(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    api_key = make_twin(**docspace_sim.other_credentials["api_key"])

    url = await api_key.log_out_all_and_change_password()

    assert url is not None
    assert "PasswordChange" in url
    # Every session of the user is gone, the administrator's session token with them.
    with pytest.raises(AuthenticationError):
        await make_twin().list()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("log_out_all_except_current", "/logoutallexceptthis"),
        ("log_out_all_and_change_password", "/logoutallchangepassword"),
    ],
)
async def test_a_null_response_is_reported_as_none(
    twin: Twin, docspace_sim: Simulator, method: str, path: str
) -> None:
    docspace_sim.inject_fault(
        "PUT", f"/api/2.0/security/activeconnections{path}", status=200, json=envelope(None)
    )

    result = await getattr(twin, method)()

    assert result is None
