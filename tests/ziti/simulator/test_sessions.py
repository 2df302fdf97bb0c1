"""Ziti session lifetimes: the idle timeout, its refresh on every call, and seeded sessions.

The simulator here runs on a clock the test moves (a `ZitiAPI` subclass overriding `now()`), with
a five-minute idle timeout, so expiry is checked exactly and without waiting.
"""

from __future__ import annotations

import datetime

import pytest
from ziti_api.api.api_session import list_api_sessions
from ziti_api.api.current_api_session import get_current_api_session
from ziti_api.models import (
    ApiErrorEnvelope,
    CurrentApiSessionDetail,
    CurrentApiSessionDetailEnvelope,
    ListApiSessionsEnvelope,
    Pagination,
)

from sessionward.testing import Simulator
from sessionward.testing._ziti import ZitiAPI
from sessionward.testing.pytest_plugin import simulator_fixture
from tests.ziti.simulator.test_operations import Mode, ZitiCaller

pytestmark = pytest.mark.anyio

START = datetime.datetime(2030, 6, 1, 12, 0, tzinfo=datetime.UTC)
TIMEOUT = datetime.timedelta(minutes=5)


class ManualClock:
    """An instant that only moves when a test says so."""

    def __init__(self) -> None:
        self.instant = START

    def advance(self, delta: datetime.timedelta) -> None:
        self.instant += delta


CLOCK = ManualClock()


class ClockedZitiAPI(ZitiAPI):
    """The Ziti simulator on the test's clock, with a five-minute idle timeout."""

    session_timeout = TIMEOUT

    def now(self) -> datetime.datetime:
        return CLOCK.instant


clocked_ziti_sim = simulator_fixture(ClockedZitiAPI, name="clocked_ziti_sim")


@pytest.fixture(params=["sync", "async"])
def ziti(request: pytest.FixtureRequest, clocked_ziti_sim: Simulator) -> ZitiCaller:
    CLOCK.instant = START
    mode: Mode = request.param
    return ZitiCaller(clocked_ziti_sim, mode)


async def _current(ziti: ZitiCaller, token: str) -> CurrentApiSessionDetail:
    response = await ziti.call(get_current_api_session, token=token)
    assert isinstance(response.parsed, CurrentApiSessionDetailEnvelope), response.content
    return response.parsed.data


async def _total(ziti: ZitiCaller, token: str) -> int:
    response = await ziti.call(list_api_sessions, token=token, limit=1)
    assert isinstance(response.parsed, ListApiSessionsEnvelope)
    assert isinstance(response.parsed.meta.pagination, Pagination)
    return response.parsed.meta.pagination.total_count


async def test_expires_at_is_the_last_activity_plus_the_idle_timeout(ziti: ZitiCaller) -> None:
    session = await _current(ziti, await ziti.login())
    assert session.created_at == START
    assert session.last_activity_at == START
    assert session.expires_at == START + TIMEOUT
    assert session.expiration_seconds == 300


async def test_every_authenticated_call_refreshes_the_session(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    for _ in range(3):
        CLOCK.advance(datetime.timedelta(minutes=4))
        session = await _current(ziti, token)
        assert session.last_activity_at == CLOCK.instant
        assert session.expires_at == CLOCK.instant + TIMEOUT
    assert CLOCK.instant - session.created_at > TIMEOUT  # alive well past one timeout


async def test_a_session_expires_after_the_idle_timeout(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    expired_id = (await _current(ziti, token)).id
    CLOCK.advance(TIMEOUT)
    assert (await _current(ziti, token)).id == expired_id  # exactly the timeout is still alive
    CLOCK.advance(TIMEOUT + datetime.timedelta(seconds=1))
    response = await ziti.call(get_current_api_session, token=token)
    assert response.status_code == 401
    assert isinstance(response.parsed, ApiErrorEnvelope)
    assert response.parsed.error.code == "UNAUTHORIZED"
    fresh = await ziti.login()
    listed = await ziti.every_session(fresh, page=50)
    assert expired_id not in listed


async def test_seeded_sessions_do_not_expire(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    before = await _total(ziti, token)
    CLOCK.advance(datetime.timedelta(days=3))
    assert await _total(ziti, await ziti.login()) == before  # the first login expired, one added


async def test_a_seeded_session_token_authenticates_as_its_identity(ziti: ZitiCaller) -> None:
    admin = await ziti.login()
    response = await ziti.call(
        list_api_sessions, token=admin, filter_='identityId != "none" and isMfaRequired = false'
    )
    assert isinstance(response.parsed, ListApiSessionsEnvelope)
    seeded = next(item for item in response.parsed.data if item.identity.name != "Default Admin")
    assert seeded.last_activity_at != CLOCK.instant
    current = await _current(ziti, seeded.token)
    assert current.id == seeded.id
    assert current.identity_id == seeded.identity_id
    assert current.last_activity_at == CLOCK.instant


def test_the_default_idle_timeout_is_thirty_minutes() -> None:
    assert ZitiAPI.session_timeout == datetime.timedelta(minutes=30)
