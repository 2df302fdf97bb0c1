"""What `user_sessions.list` and `user_sessions.remove` do against the simulated cluster."""

from __future__ import annotations

import pytest

from sessionward.dynatrace import (
    InvalidArgumentError,
    LoginType,
    NotFoundError,
    SessionwardError,
    UserSession,
)
from sessionward.testing import Simulator
from tests._support import tls_context
from tests.core._server import LoopbackServer, Received
from tests.core._tamper import TamperingProxy, origin_of, path_of
from tests.dynatrace._support import Seeded, Twin
from tests.dynatrace.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_list_returns_every_session_as_models(twin: Twin) -> None:
    sessions = await twin.list()

    assert len(sessions) == 15  # the simulator's default size
    assert all(isinstance(session, UserSession) for session in sessions)
    assert len({session.session_id for session in sessions}) == len(sessions)
    assert all(isinstance(session.login_type, LoginType) for session in sessions)
    assert all(session.creation_time > 1_000_000_000_000 for session in sessions)  # milliseconds


async def test_list_of_one_user_returns_only_theirs(twin: Twin, seeded: Seeded) -> None:
    everyone = await twin.list()

    mine = await twin.list(seeded.user)

    assert mine
    assert {session.user_id for session in mine} == {seeded.user}
    assert len(mine) == sum(1 for session in everyone if session.user_id == seeded.user)


async def test_list_of_a_user_without_sessions_is_empty(twin: Twin) -> None:
    assert await twin.list("nobody.at.all") == []


async def test_remove_ends_every_session_of_the_user_and_only_theirs(
    twin: Twin, seeded: Seeded
) -> None:
    before = await twin.list()

    await twin.remove(seeded.user)

    assert await twin.list(seeded.user) == []
    after = await twin.list()
    assert after == [session for session in before if session.user_id != seeded.user]


async def test_removing_a_user_without_sessions_is_not_found(twin: Twin, seeded: Seeded) -> None:
    await twin.remove(seeded.user)

    with pytest.raises(NotFoundError) as caught:
        await twin.remove(seeded.user)

    assert caught.value.error_message == "User sessions not found"


async def test_missing_ok_accepts_a_user_without_sessions(
    twin: Twin, seeded: Seeded, dynatrace_sim: Simulator
) -> None:
    await twin.remove(seeded.user, missing_ok=True)
    await twin.remove(seeded.user, missing_ok=True)

    assert [r.status for r in dynatrace_sim.requests()] == [200, 404]


@pytest.mark.parametrize("user_id", ["", "   "])
async def test_an_empty_user_id_is_refused_before_sending(
    twin: Twin, dynatrace_sim: Simulator, user_id: str
) -> None:
    with pytest.raises(InvalidArgumentError) as removing:
        await twin.remove(user_id)
    with pytest.raises(InvalidArgumentError) as listing:
        await twin.list(user_id)

    for error in (removing.value, listing.value):
        assert error.name == "user_id"
        assert isinstance(error, ValueError)
        assert isinstance(error, SessionwardError)
    assert dynatrace_sim.requests() == []


@pytest.mark.parametrize("user_id", [None, 42, b"jane"])
async def test_remove_needs_a_string_user_id(
    twin: Twin, dynatrace_sim: Simulator, user_id: object
) -> None:
    with pytest.raises(TypeError, match="user_id must be a str"):
        await twin.remove(user_id)

    assert dynatrace_sim.requests() == []


async def test_the_user_id_travels_as_a_query_parameter(
    twin: Twin, dynatrace_sim: Simulator
) -> None:
    await twin.list("jane.doe@example.com")

    (record,) = dynatrace_sim.requests()
    assert record.path == "/api/cluster/v2/userSessions"
    assert record.query == (("userId", "jane.doe@example.com"),)


async def test_a_remove_whose_answer_was_lost_succeeds_on_the_retry(
    make_twin: MakeTwin, dynatrace_sim: Simulator, seeded: Seeded
) -> None:
    lost: list[str] = []

    def lose(received: Received) -> bool:
        # The first delete reaches the cluster, which signs the user out; the answer is lost.
        if received.method == "DELETE" and not lost:
            lost.append(received.target)
            return True
        return False

    with LoopbackServer() as server:
        proxy = TamperingProxy(
            server, origin_of(dynatrace_sim.base_url), lambda r, d: None, lose, tls_context()
        )
        try:
            twin = make_twin(
                base_url=server.base_url + path_of(dynatrace_sim.base_url), own_pool=True
            )
            await twin.remove(seeded.user)
        finally:
            proxy.close()

    assert lost
    deletes = [r.status for r in dynatrace_sim.requests() if r.method == "DELETE"]
    assert deletes == [200, 404]
    assert await make_twin().list(seeded.user) == []
