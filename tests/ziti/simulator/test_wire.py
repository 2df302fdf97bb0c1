"""The Ziti simulator answers on the wire as the controller does, where clients care.

The controller answers `application/json; charset=utf-8` and writes times to 100 ns
(`2020-03-09T19:03:49.1883693Z`); the Ziti client parses both, from the simulator and from an
upstream-shaped body (`tests/testing/payloads/ziti_list_api_sessions.json`).
"""

from __future__ import annotations

import datetime
import json
import re

import httpx

from sessionward.testing import Simulator, ZitiCredentials, serve
from sessionward.ziti import Ziti
from tests._support import ROOT

UPSTREAM_LIST = ROOT / "tests" / "testing" / "payloads" / "ziti_list_api_sessions.json"
CONTROLLER_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?Z$")


def _login(sim: Simulator[ZitiCredentials], client: httpx.Client) -> str:
    answer = client.post("/authenticate", params={"method": "password"}, json=sim.credentials)
    answer.raise_for_status()
    token: str = answer.json()["data"]["token"]
    return token


def test_ziti_answers_with_the_controllers_content_type_and_times() -> None:
    with serve("ziti") as sim, httpx.Client(base_url=sim.base_url) as client:
        token = _login(sim, client)
        answer = client.get("/api-sessions", headers={"zt-session": token})
    assert answer.headers["content-type"] == "application/json; charset=utf-8"
    times = [item["createdAt"] for item in answer.json()["data"]]
    assert all(CONTROLLER_TIME.match(text) for text in times), times
    # Seeded sessions carry a sub-second part, as the controller's do.
    assert sum("." in text for text in times) >= len(times) // 2


def test_the_ziti_client_parses_the_controllers_times() -> None:
    with serve("ziti") as sim, Ziti(sim.base_url, **sim.credentials) as ziti:
        sessions = list(ziti.api_sessions.list())
    assert sessions
    assert any(session.created_at.microsecond for session in sessions)
    assert all(session.created_at.tzinfo is not None for session in sessions)


def test_the_ziti_client_reads_an_upstream_shaped_list_with_its_charset() -> None:
    body = UPSTREAM_LIST.read_text(encoding="utf-8")
    expected = json.loads(body)["data"]
    with serve("ziti") as sim, Ziti(sim.base_url, **sim.credentials) as ziti:
        ziti.current_session()  # log in first, so the fault answers the list call
        sim.inject_fault(
            "GET",
            "/api-sessions",
            status=200,
            headers={"Content-Type": "application/json; charset=utf-8"},
            body=body,
        )
        sessions = list(ziti.api_sessions.list(page_size=len(expected) + 10))
    assert [session.id for session in sessions] == [item["id"] for item in expected]
    first = sessions[0]
    # 19:03:49.1883693Z: Python keeps microseconds, the 7th digit is dropped.
    assert first.created_at == datetime.datetime(2020, 3, 9, 19, 3, 49, 188369, datetime.UTC)
    assert first.identity.additional_properties["urlName"] == "identities"
