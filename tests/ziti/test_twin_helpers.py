"""The public twin helpers on Ziti's client: a pager drained alike, requests recorded as sent.

`tests/testing/test_twins.py` runs the helpers against every registered API; these check what
only Ziti's client shows: `Twin.collect` drains its lazy `api_sessions.list()` pager of either
kind, and the recorder keeps the session header the client adds after logging in.
"""

from __future__ import annotations

import pytest

from sessionward.testing import RequestRecorder, Simulator, Twin, ZitiCredentials
from sessionward.ziti import AsyncZiti, Ziti
from tests._support import Mode, close_http_client

pytestmark = pytest.mark.anyio

CLIENTS = {"sync": Ziti, "async": AsyncZiti}


async def test_the_twin_collects_a_pager_of_either_kind(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, **ziti_sim.credentials))
    sessions = await twin.collect(twin.client.api_sessions.list())
    current = await twin.call("current_session")
    assert current.id in {session.id for session in sessions}
    assert await twin.collect(iter([1, 2])) == [1, 2]
    await twin.close()


async def test_the_recorder_keeps_each_request_as_sent(
    mode: Mode, ziti_sim: Simulator[ZitiCredentials]
) -> None:
    recorder = RequestRecorder()
    http_client = recorder.client(mode, timeout=5.0)
    twin = Twin(CLIENTS[mode](ziti_sim.base_url, http_client=http_client, **ziti_sim.credentials))
    await twin.call("current_session")
    await twin.close()
    await close_http_client(http_client)
    paths = [request.url.path for request in recorder.sent]
    assert paths[-1].endswith("/current-api-session")
    assert "zt-session" in recorder.sent[-1].headers
    assert http_client.timeout.read == 5.0
