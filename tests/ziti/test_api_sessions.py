"""`api_sessions.list`, `get` and `delete` against the simulated controller, sync and async."""

from __future__ import annotations

import math
import typing
from typing import Any

import pytest

from sessionward.testing import Simulator
from sessionward.ziti import (
    APIResponseValidationError,
    ApiSessionDetail,
    ApiSessions,
    AsyncApiSessions,
    AuthenticationError,
    BadRequestError,
    EntityRef,
    InvalidPathParameterError,
    NotFoundError,
    PermissionDeniedError,
    ZitiFilter,
)
from tests.ziti._support import Twin, answered, operations, records
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SEEDED = 40  # the simulator's default size


async def test_list_pages_through_every_session(ziti: Twin, ziti_sim: Simulator) -> None:
    pager = ziti.client.api_sessions.list(page_size=7)
    unknown: int | None = pager.total  # nothing fetched yet
    assert unknown is None

    sessions = await ziti.collect(pager)

    # The seeded sessions plus the one the client's own login opened.
    assert len(sessions) == SEEDED + 1
    assert len({session.id for session in sessions}) == SEEDED + 1
    assert all(isinstance(session, ApiSessionDetail) for session in sessions)
    assert all(isinstance(session.identity, EntityRef) for session in sessions)
    assert pager.total == SEEDED + 1
    lists = records(ziti_sim, "list_api_sessions")
    assert len(lists) == math.ceil((SEEDED + 1) / 7)
    assert [dict(record.query)["offset"] for record in lists] == [
        str(offset) for offset in range(0, SEEDED + 1, 7)
    ]
    assert {dict(record.query)["limit"] for record in lists} == {"7"}


async def test_list_is_lazy(ziti: Twin, ziti_sim: Simulator) -> None:
    ziti.client.api_sessions.list()
    assert ziti_sim.requests() == []


async def test_pages_yields_whole_pages(ziti: Twin) -> None:
    pager = ziti.client.api_sessions.list(page_size=15)
    sizes = [len(page.items) for page in await ziti.collect(pager.pages())]
    assert sizes == [15, 15, SEEDED + 1 - 30]


async def test_list_with_a_filter(ziti: Twin, ziti_sim: Simulator) -> None:
    everyone = await ziti.list()
    identity_id = everyone[-5].identity_id
    expected = sorted(s.id for s in everyone if s.identity_id == identity_id)

    pager = ziti.client.api_sessions.list(
        filter=ZitiFilter.eq("identityId", identity_id), page_size=2
    )
    matching = await ziti.collect(pager)

    assert sorted(s.id for s in matching) == expected
    assert pager.total == len(expected)
    sent = dict(records(ziti_sim, "list_api_sessions")[-1].query)
    assert sent["filter"] == f'identityId = "{identity_id}"'


async def test_an_invalid_filter_is_a_bad_request(ziti: Twin) -> None:
    with pytest.raises(BadRequestError) as caught:
        await ziti.list(filter="identityId ==== nonsense")
    assert caught.value.error_code == "INVALID_FILTER"
    assert "filter" in str(caught.value)


async def test_a_skip_clause_in_the_filter_is_refused_instead_of_looping(ziti: Twin) -> None:
    with pytest.raises(APIResponseValidationError, match="skip"):
        await ziti.list(filter='ipAddress contains "." skip 3', page_size=5)


async def test_get_returns_one_session(ziti: Twin) -> None:
    listed = (await ziti.first_page(page_size=4))[3]

    fetched = await ziti.call("api_sessions.get", listed.id)

    assert isinstance(fetched, ApiSessionDetail)
    assert fetched.id == listed.id
    assert fetched.identity_id == listed.identity_id
    assert fetched.created_at == listed.created_at


async def test_delete_removes_the_session(ziti: Twin, ziti_sim: Simulator) -> None:
    victim = (await ziti.first_page(page_size=1))[0]

    assert await ziti.call("api_sessions.delete", victim.id) is None

    with pytest.raises(NotFoundError):
        await ziti.call("api_sessions.get", victim.id)
    assert answered(ziti_sim, "delete_api_sessions") == [200]
    assert victim.id not in {s.id for s in await ziti.list()}


@pytest.mark.parametrize("method", ["api_sessions.get", "api_sessions.delete"])
async def test_an_unknown_id_is_not_found(ziti: Twin, method: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        await ziti.call(method, "no-such-session")
    assert caught.value.status_code == 404
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.request_id


@pytest.mark.parametrize("method", ["api_sessions.get", "api_sessions.delete"])
@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_a_dot_segment_id_is_refused_before_sending(
    ziti: Twin, ziti_sim: Simulator, method: str, bad: str
) -> None:
    with pytest.raises(InvalidPathParameterError):
        await ziti.call(method, bad)
    assert ziti_sim.requests() == []


async def test_an_id_with_a_slash_stays_one_path_segment(ziti: Twin, ziti_sim: Simulator) -> None:
    with pytest.raises(NotFoundError):
        await ziti.call("api_sessions.get", "a/../../current-api-session")
    # Sent as /api-sessions/a%2F..%2F..%2Fcurrent-api-session (the log shows it decoded): had the
    # slashes gone out raw, the path would have collapsed to /current-api-session and succeeded.
    last = ziti_sim.requests()[-1]
    assert last.operation is None
    assert last.path.endswith("/api-sessions/a/../../current-api-session")


@pytest.mark.parametrize("method", ["api_sessions.get", "api_sessions.delete"])
async def test_a_non_admin_is_refused(make: MakeTwin, ziti_sim: Simulator, method: str) -> None:
    admin = make()
    target = (await admin.first_page(page_size=1))[0].id
    operator = make(**ziti_sim.other_credentials["operator"])

    expected = PermissionDeniedError if method.endswith("delete") else AuthenticationError
    with pytest.raises(expected) as caught:
        await operator.call(method, target)
    assert caught.value.error_code == "UNAUTHORIZED"


async def test_a_non_admin_cannot_list(make: MakeTwin, ziti_sim: Simulator) -> None:
    operator = make(**ziti_sim.other_credentials["operator"])
    with pytest.raises(AuthenticationError):
        await operator.list()
    # The 401 came to a session just opened, so the client did not log in again.
    assert operations(ziti_sim) == ["authenticate", "list_api_sessions"]


def test_the_twin_methods_keep_resolvable_type_hints() -> None:
    assert typing.get_type_hints(ApiSessions.get)["return"] is ApiSessionDetail
    hints: Any = typing.get_type_hints(AsyncApiSessions.get)["return"]
    assert typing.get_args(hints)[-1] is ApiSessionDetail
