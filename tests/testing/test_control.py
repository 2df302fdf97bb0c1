"""The control API under /_sim/: loopback clients only, reset, health, unknown endpoints."""

from __future__ import annotations

import httpx
import pytest

from sessionward.testing import Simulator
from sessionward.testing._control import is_loopback_client
from sessionward.testing._server import SimulatorServer
from tests.testing._example import ExampleAPI


@pytest.mark.parametrize(
    "client",
    [("127.0.0.1", 5000), ("127.8.9.10", 1), ("::1", 5000), ("::ffff:127.0.0.1", 5000)],
)
def test_loopback_clients_are_accepted(client: tuple[str, int]) -> None:
    assert is_loopback_client(client)


@pytest.mark.parametrize(
    "client",
    [
        ("10.0.0.8", 5000),
        ("192.168.1.20", 5000),
        ("203.0.113.9", 5000),
        ("::ffff:10.0.0.8", 5000),
        ("2001:db8::1", 5000),
        ("0.0.0.0", 5000),
        ("localhost", 5000),
        ("testclient", 50000),
        None,
    ],
)
def test_other_clients_are_refused(client: tuple[str, int] | None) -> None:
    assert not is_loopback_client(client)


@pytest.mark.anyio
async def test_control_api_answers_403_to_a_remote_client_but_the_api_still_serves() -> None:
    app = SimulatorServer(ExampleAPI).app
    key = app.api.credentials()["api_key"]
    transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        refused = await client.post("/_sim/reset")
        fault = await client.post("/_sim/faults", json={"status": 503})
        served = await client.get("/example/v1/notes", headers={"X-Api-Key": key})
    assert refused.status_code == 403
    assert fault.status_code == 403
    assert app.faults.armed() == []
    assert served.status_code == 200


def test_health_names_the_api(example_sim: Simulator) -> None:
    response = httpx.get(f"{example_sim.origin}/_sim/health")
    assert response.json() == {"api": "example", "base_path": "/example/v1"}


def test_unknown_control_endpoint_is_404(example_sim: Simulator) -> None:
    response = httpx.get(f"{example_sim.origin}/_sim/nothing")
    assert response.status_code == 404
    assert "no control endpoint" in response.json()["error"]


def test_reset_restores_the_seeded_state(example_sim: Simulator) -> None:
    url = f"{example_sim.base_url}/notes/n-1"
    headers = {"X-Api-Key": example_sim.credentials["api_key"]}
    before = httpx.get(url, headers=headers).json()
    assert httpx.delete(url, headers=headers).status_code == 204
    assert httpx.get(url, headers=headers).status_code == 404
    example_sim.reset()
    assert httpx.get(url, headers=headers).json() == before


def test_reset_is_a_plain_post_for_scripts(example_sim: Simulator) -> None:
    assert httpx.post(f"{example_sim.origin}/_sim/reset").status_code == 204
