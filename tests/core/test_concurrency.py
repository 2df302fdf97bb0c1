"""Many concurrent calls through one client: every one succeeds and keeps its own options."""

from __future__ import annotations

import anyio
import pytest

from sessionward.core import AsyncBaseClient, HeaderAuth, aunwrap, request_options
from sessionward.testing import FakeClock
from tests.core._generated import GeneratedClient, Item, get_item
from tests.core._server import LoopbackServer, Received, Reply, json_reply

pytestmark = pytest.mark.anyio


async def test_500_concurrent_async_calls_all_succeed(
    server: LoopbackServer, clock: FakeClock
) -> None:
    def answer(received: Received) -> Reply:
        item_id = received.path.rsplit("/", 1)[-1]
        # Every tenth call fails once first, so retries interleave with the rest.
        if int(item_id) % 10 == 0 and received.headers.get("x-call") not in seen:
            seen.add(received.headers["x-call"])
            return Reply(status=503)
        return json_reply({"id": item_id, "name": received.headers["x-call"]})

    seen: set[str] = set()
    server.handler = answer
    results: dict[int, Item] = {}

    async with AsyncBaseClient(server.base_url, auth=HeaderAuth("k"), clock=clock) as client:
        generated = GeneratedClient(base_url=server.base_url)
        generated.set_async_httpx_client(client.http_client)

        async def call(n: int) -> None:
            with request_options(headers={"X-Call": f"call-{n}"}):
                results[n] = await aunwrap(
                    lambda: get_item.asyncio_detailed(client=generated, path_params={"id": str(n)}),
                    Item,
                )

        async with anyio.create_task_group() as group:
            for n in range(500):
                group.start_soon(call, n)

    assert len(results) == 500
    # Each call got its own answer and carried its own per-call header, even across retries.
    assert all(results[n].id == str(n) and results[n].name == f"call-{n}" for n in range(500))
    assert len(server.requests) == 550
    assert all(r.headers["authorization"] == "k" for r in server.requests)
