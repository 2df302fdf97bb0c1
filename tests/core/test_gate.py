"""The pool gate: at most `max_connections` requests in the pool; waits obey the pool timeout."""

from __future__ import annotations

import threading

import anyio
import httpx
import pytest

from sessionward.core import APITimeoutError, AsyncBaseClient, BaseClient
from sessionward.core._gate import Gate, pool_timeout
from tests.core._server import LoopbackServer, Reply


def test_the_sync_gate_admits_up_to_its_limit() -> None:
    gate = Gate(2)
    with gate.admit(0.01), gate.admit(0.01), pytest.raises(httpx.PoolTimeout), gate.admit(0.01):
        pass
    with gate.admit(0.01):
        pass


@pytest.mark.anyio
async def test_the_async_gate_admits_up_to_its_limit() -> None:
    gate = Gate(1)
    async with gate.aadmit(0.01):
        with pytest.raises(httpx.PoolTimeout):
            async with gate.aadmit(0.01):
                pass
    async with gate.aadmit(0.01):
        pass


@pytest.mark.anyio
async def test_an_open_gate_admits_everything() -> None:
    gate = Gate(None)
    with gate.admit(0.0), gate.admit(0.0):
        async with gate.aadmit(0.0), gate.aadmit(0.0):
            pass


def test_pool_timeout_is_read_from_the_request() -> None:
    request = httpx.Request("GET", "https://h", extensions={"timeout": httpx.Timeout(3).as_dict()})
    assert pool_timeout(request) == 3.0
    assert pool_timeout(httpx.Request("GET", "https://h")) is None


def test_a_full_pool_times_out_as_api_timeout_error(server: LoopbackServer) -> None:
    server.plan(Reply(action="hang"))
    limits = httpx.Limits(max_connections=1)
    outcomes: list[BaseException] = []
    with BaseClient(server.base_url, limits=limits, max_retries=0) as client:

        def hang() -> None:
            try:
                client.with_options(timeout=0.5).http_client.get("/hang")
            except APITimeoutError as error:
                outcomes.append(error)

        hanging = threading.Thread(target=hang)
        hanging.start()
        # Poll (bounded) until the hanging request holds the only place in the pool.
        for _ in range(500):
            if server.requests:
                break
            threading.Event().wait(0.01)
        quick = client.with_options(timeout=httpx.Timeout(5.0, pool=0.2))
        with pytest.raises(APITimeoutError) as caught:
            quick.http_client.get("/second")
        hanging.join(timeout=10)

    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
    assert [r.path for r in server.requests] == ["/hang"]
    assert len(outcomes) == 1


@pytest.mark.anyio
async def test_a_full_async_pool_times_out_as_api_timeout_error(server: LoopbackServer) -> None:
    server.plan(Reply(action="hang"))
    limits = httpx.Limits(max_connections=1)
    async with AsyncBaseClient(server.base_url, limits=limits, max_retries=0) as client:
        quick = client.with_options(timeout=httpx.Timeout(5.0, pool=0.2))

        async def hang() -> None:
            with pytest.raises(APITimeoutError):
                await client.with_options(timeout=0.5).http_client.get("/hang")

        async with anyio.create_task_group() as group:
            group.start_soon(hang)
            with anyio.fail_after(5):
                while not server.requests:
                    await anyio.sleep(0.01)
            with pytest.raises(APITimeoutError) as caught:
                await quick.http_client.get("/second")

    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
    assert [r.path for r in server.requests] == ["/hang"]
