"""Client options: media type, views, per-call options, transport safety, lifecycle."""

from __future__ import annotations

import httpx
import pytest

from sessionward.authress import AsyncAuthress, InsecureTransportError
from sessionward.testing import Simulator
from tests._support import Mode
from tests.authress._support import Recorder, Twin
from tests.authress.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_requests_ask_for_links_json(make: MakeTwin) -> None:
    recorder = Recorder()
    authress = make(recorder=recorder)

    await authress.call("connections.get", "google")

    sent = recorder.sent[0]
    assert sent.headers["Accept"] == "application/links+json"
    assert sent.headers["Authorization"].startswith("Bearer ey")
    assert "sessionward-authress/" in sent.headers["User-Agent"]


async def test_a_view_has_its_own_defaults(make: MakeTwin) -> None:
    recorder = Recorder()
    authress = make(recorder=recorder)
    view = Twin(authress.client.with_options(timeout=4.0, headers={"X-Case": "7"}))

    await view.call("connections.get", "google")
    await authress.call("connections.get", "google")

    assert view.client.timeout == httpx.Timeout(4.0)
    assert authress.client.timeout != view.client.timeout
    assert recorder.sent[0].headers["X-Case"] == "7"
    assert "X-Case" not in recorder.sent[1].headers
    assert recorder.sent[0].headers["Accept"] == "application/links+json"


@pytest.mark.parametrize("remote", ["http://acc.api.authress.io", "http://10.1.2.3:8080"])
async def test_credentials_are_refused_over_plain_http_to_a_remote_host(
    mode: Mode, authress_sim: Simulator, remote: str
) -> None:
    key = authress_sim.credentials["service_client_access_key"]
    twin = Twin.build(mode, remote, service_client_access_key=key)
    try:
        with pytest.raises(InsecureTransportError, match="https"):
            await twin.call("connections.get", "google")
    finally:
        await twin.close()


async def test_the_async_client_closes_with_async_with(authress_sim: Simulator) -> None:
    key = authress_sim.credentials["service_client_access_key"]
    async with AsyncAuthress(authress_sim.base_url, service_client_access_key=key) as authress:
        connection = await authress.connections.get("google")
    assert connection.connection_id == "google"
    assert authress.http_client.is_closed
