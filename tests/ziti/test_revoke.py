"""Bulk revoke: every matching session deleted, failures isolated, own session spared, bounded."""

from __future__ import annotations

import math
import threading
from collections.abc import AsyncIterator

import httpx
import pytest

from sessionward.testing import Simulator
from sessionward.ziti import (
    APIError,
    ApiSessionDetail,
    AuthenticationError,
    InternalServerError,
    RevokeResult,
    ZitiFilter,
)
from sessionward.ziti._revoke import RevokePlan
from tests._support import Mode
from tests.ziti._support import Twin, answered, operations
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio

NOT_FOUND = {
    "error": {"code": "NOT_FOUND", "message": "The resource requested was not found"},
    "meta": {"apiVersion": "0.0.1", "apiEnrollmentVersion": "0.0.1"},
}


def busiest_identity(sessions: list[ApiSessionDetail], *, besides: str) -> str:
    counts: dict[str, int] = {}
    for session in sessions:
        if session.identity_id != besides:
            counts[session.identity_id] = counts.get(session.identity_id, 0) + 1
    return max(counts, key=lambda identity: counts[identity])


async def test_revokes_every_session_of_one_identity(ziti: Twin, ziti_sim: Simulator) -> None:
    before = await ziti.list()
    own = await ziti.call("current_session")
    identity_id = busiest_identity(before, besides=own.identity_id)
    targets = [s.id for s in before if s.identity_id == identity_id]
    assert len(targets) > 1

    result = await ziti.call(
        "api_sessions.revoke_all", filter=ZitiFilter.eq("identityId", identity_id)
    )

    assert isinstance(result, RevokeResult)
    assert result.revoked == tuple(targets)
    assert result.failed == {}
    assert result.already_gone == result.skipped == ()
    assert result.ok
    after = {s.id for s in await ziti.list()}
    assert after == {s.id for s in before} - set(targets)
    assert answered(ziti_sim, "delete_api_sessions") == [200] * len(targets)


async def test_the_ids_are_collected_before_anything_is_deleted(
    ziti: Twin, ziti_sim: Simulator
) -> None:
    own = await ziti.call("current_session")
    identity_id = busiest_identity(await ziti.list(), besides=own.identity_id)
    ziti_sim.clear_requests()

    result = await ziti.call(
        "api_sessions.revoke_all", filter=ZitiFilter.eq("identityId", identity_id), page_size=2
    )

    ops = operations(ziti_sim)
    deletes = ops.index("delete_api_sessions")
    assert ops[:deletes].count("list_api_sessions") == math.ceil(len(result.revoked) / 2)
    assert set(ops[deletes:]) == {"delete_api_sessions"}
    # Paging while deleting would have skipped every other page; collecting first gets them all.
    assert len(result.revoked) > 2
    remaining = await ziti.list(filter=ZitiFilter.eq("identityId", identity_id))
    assert remaining == []


async def test_the_own_session_is_spared_by_default(ziti: Twin) -> None:
    own = await ziti.call("current_session")
    mine = ZitiFilter.eq("identityId", own.identity_id)

    result = await ziti.call("api_sessions.revoke_all", filter=mine)

    assert result.skipped == (own.id,)
    assert own.id not in result.revoked
    assert result.revoked  # the admin's other (seeded) sessions
    assert (await ziti.call("current_session")).id == own.id
    assert [s.id for s in await ziti.list(filter=mine)] == [own.id]


async def test_the_own_session_is_revoked_last_when_asked(ziti: Twin, ziti_sim: Simulator) -> None:
    own = await ziti.call("current_session")
    mine = ZitiFilter.eq("identityId", own.identity_id)
    expected = {s.id for s in await ziti.list(filter=mine)}

    result = await ziti.call("api_sessions.revoke_all", filter=mine, include_current=True)

    assert result.skipped == ()
    assert result.revoked[-1] == own.id
    assert set(result.revoked) == expected
    deleted = [r.path.rsplit("/", 1)[-1] for r in ziti_sim.requests() if r.method == "DELETE"]
    assert deleted[-1] == own.id
    ziti_sim.clear_requests()
    # A password client knows its session is gone and logs in afresh without a 401 first.
    renewed = await ziti.call("current_session")
    assert renewed.id != own.id
    assert operations(ziti_sim) == ["authenticate", "get_current_api_session"]


async def test_one_failure_does_not_stop_the_rest(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make(max_retries=0)
    own = await ziti.call("current_session")
    identity = ZitiFilter.eq(
        "identityId", busiest_identity(await ziti.list(), besides=own.identity_id)
    )
    before = await ziti.list(filter=identity)
    doomed, gone = before[1].id, before[3].id
    ziti_sim.inject_fault("DELETE", f"/api-sessions/{doomed}", status=500, times=None)
    ziti_sim.inject_fault("DELETE", f"/api-sessions/{gone}", status=404, json=NOT_FOUND)

    result = await ziti.call("api_sessions.revoke_all", filter=identity, max_concurrency=3)

    assert set(result.failed) == {doomed}
    assert isinstance(result.failed[doomed], InternalServerError)
    assert result.already_gone == (gone,)
    assert not result.ok
    assert list(result.revoked) == [s.id for s in before if s.id not in {doomed, gone}]
    # Nothing is reported revoked that was not: the failed session is still there (and so is
    # the one the injected 404 claimed was gone, which the server never deleted).
    assert {s.id for s in await ziti.list(filter=identity)} == {doomed, gone}


async def test_a_non_admin_revokes_nothing(make: MakeTwin, ziti_sim: Simulator) -> None:
    operator = make(**ziti_sim.other_credentials["operator"])
    with pytest.raises(AuthenticationError):
        await operator.call("api_sessions.revoke_all")
    assert "delete_api_sessions" not in operations(ziti_sim)


async def test_max_concurrency_must_be_positive(ziti: Twin, ziti_sim: Simulator) -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        await ziti.call("api_sessions.revoke_all", max_concurrency=0)
    assert ziti_sim.requests() == []


class InFlight:
    """Counts the DELETE requests in flight at once, for a sync or an async transport."""

    def __init__(self) -> None:
        self.current = 0
        self.peak = 0
        self._lock = threading.Lock()

    def enter(self, request: httpx.Request) -> None:
        if request.method == "DELETE":
            with self._lock:
                self.current += 1
                self.peak = max(self.peak, self.current)

    def leave(self, request: httpx.Request) -> None:
        if request.method == "DELETE":
            with self._lock:
                self.current -= 1


class CountingTransport(httpx.BaseTransport):
    def __init__(self, counter: InFlight) -> None:
        self.counter = counter
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.counter.enter(request)
        try:
            return self.inner.handle_request(request)
        finally:
            self.counter.leave(request)

    def close(self) -> None:
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, counter: InFlight) -> None:
        self.counter = counter
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.counter.enter(request)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.counter.leave(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def counted(
    mode: Mode,
) -> AsyncIterator[tuple[InFlight, httpx.Client | httpx.AsyncClient]]:
    counter = InFlight()
    if mode == "sync":
        with httpx.Client(transport=CountingTransport(counter)) as client:
            yield counter, client
    else:
        async with httpx.AsyncClient(transport=AsyncCountingTransport(counter)) as aclient:
            yield counter, aclient


@pytest.mark.parametrize("bound", [1, 3])
async def test_at_most_max_concurrency_deletes_are_in_flight(
    make: MakeTwin,
    ziti_sim: Simulator,
    counted: tuple[InFlight, httpx.Client | httpx.AsyncClient],
    bound: int,
) -> None:
    counter, http_client = counted
    ziti = make(http_client=http_client)
    own = await ziti.call("current_session")
    identity_id = busiest_identity(await ziti.list(), besides=own.identity_id)
    # Each delete is held briefly by the server, so that deletes sent together overlap.
    ziti_sim.inject_fault("DELETE", "/api-sessions/*", delay=0.05, times=None)

    result = await ziti.call(
        "api_sessions.revoke_all",
        filter=ZitiFilter.eq("identityId", identity_id),
        max_concurrency=bound,
    )

    assert len(result.revoked) > bound
    assert counter.peak == bound


def test_the_plan_drops_duplicates_and_orders_the_own_session() -> None:
    ids = ["a", "b", "own", "a", "c", "b"]
    spared = RevokePlan.build(ids, current_id="own", include_current=False)
    assert (spared.first, spared.last, spared.skipped) == (("a", "b", "c"), (), ("own",))
    last = RevokePlan.build(ids, current_id="own", include_current=True)
    assert (last.first, last.last, last.skipped) == (("a", "b", "c"), ("own",), ())
    elsewhere = RevokePlan.build(["x"], current_id="own", include_current=False)
    assert (elsewhere.first, elsewhere.last, elsewhere.skipped) == (("x",), (), ())


def test_the_result_reads_as_counts() -> None:
    result = RevokeResult(revoked=("a", "b"), already_gone=("c",), skipped=("d",))
    assert repr(result) == "RevokeResult(revoked=2, already_gone=1, failed=0, skipped=1)"
    assert result.ok


class ExplodingTransport(httpx.BaseTransport):
    """A caller's transport with a bug: it raises a non-sessionward error for one path."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(self.path):
            raise RuntimeError("transport bug")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncExplodingTransport(httpx.AsyncBaseTransport):
    def __init__(self, path: str) -> None:
        self.path = path
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(self.path):
            raise RuntimeError("transport bug")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_an_unexpected_exception_is_a_typed_failure_and_nothing_is_lost(
    make: MakeTwin, ziti_sim: Simulator, mode: Mode
) -> None:
    probe = make()
    own = await probe.call("current_session")
    identity = ZitiFilter.eq(
        "identityId", busiest_identity(await probe.list(), besides=own.identity_id)
    )
    before = [s.id for s in await probe.list(filter=identity)]
    doomed = before[1]
    ziti_sim.inject_fault("DELETE", f"/api-sessions/{before[2]}", status=404, json=NOT_FOUND)
    http_client: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=ExplodingTransport(f"/api-sessions/{doomed}"))
        if mode == "sync"
        else httpx.AsyncClient(transport=AsyncExplodingTransport(f"/api-sessions/{doomed}"))
    )
    ziti = make(http_client=http_client, max_retries=0)

    try:
        result = await ziti.call("api_sessions.revoke_all", filter=identity, max_concurrency=3)
    finally:
        if isinstance(http_client, httpx.Client):
            http_client.close()
        else:
            await http_client.aclose()

    assert set(result.failed) == {doomed}
    error = result.failed[doomed]
    assert isinstance(error, APIError)
    assert isinstance(error.__cause__, RuntimeError)
    assert "RuntimeError" in str(error)
    assert result.already_gone == (before[2],)
    assert list(result.revoked) == [i for i in before if i not in {doomed, before[2]}]
    assert sorted(result.accounted) == sorted(before)
    assert not result.ok
    # The failed one is still there; everything reported revoked is gone.
    assert {s.id for s in await probe.list(filter=identity)} == {doomed, before[2]}
