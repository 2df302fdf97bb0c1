"""The Ziti simulator's seeded state: deterministic per seed, sized by `size`, realistic."""

from __future__ import annotations

import datetime
import ipaddress
import uuid
from typing import assert_type

import httpx

from sessionward.testing import Simulator, ZitiCredentials, serve
from sessionward.testing._ziti import ZitiAPI
from sessionward.testing._ziti_model import stamp


def _snapshot(api: ZitiAPI) -> list[dict[str, object]]:
    return [session.to_json() for session in api.sessions.values()]


def test_the_same_seed_gives_the_same_state_and_credentials() -> None:
    assert _snapshot(ZitiAPI(seed=7)) == _snapshot(ZitiAPI(seed=7))
    assert ZitiAPI(seed=7).credentials() == ZitiAPI(seed=7).credentials()
    assert ZitiAPI(seed=7).other_credentials() == ZitiAPI(seed=7).other_credentials()
    assert _snapshot(ZitiAPI(seed=7)) != _snapshot(ZitiAPI(seed=8))
    assert ZitiAPI(seed=7).credentials() != ZitiAPI(seed=8).credentials()


def test_reset_restores_the_seeded_state() -> None:
    api = ZitiAPI(seed=3)
    seeded = _snapshot(api)
    api.sessions.clear()
    api.reset()
    assert _snapshot(api) == seeded


def test_size_sets_the_number_of_seeded_sessions() -> None:
    assert len(ZitiAPI(size=0).sessions) == 0
    assert len(ZitiAPI(size=1).sessions) == 1
    assert len(ZitiAPI().sessions) == ZitiAPI.default_size == 40
    big = ZitiAPI(size=100_000)
    assert len(big.sessions) == len(big.tokens) == 100_000


def test_seeded_sessions_look_real() -> None:
    api = ZitiAPI(size=400)
    epoch = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC).timestamp()
    owners = {session.identity.name for session in api.sessions.values()}
    assert len(owners) == len(api.identities) == 8
    assert [identity.is_admin for identity in api.identities].count(True) == 1
    for session in api.sessions.values():
        assert uuid.UUID(session.id).version == 4
        assert uuid.UUID(session.token).version == 4
        address = ipaddress.IPv4Address(session.ip_address)
        assert address.is_global or address.is_private
        assert session.created_at <= session.last_activity_at <= epoch
        assert session.ip_address in session.identity.addresses
    created = [session.created_at for session in api.sessions.values()]
    assert created == sorted(created)


def test_timestamps_are_rfc3339_in_utc() -> None:
    assert stamp(0) == "1970-01-01T00:00:00Z"
    assert stamp(1.25) == "1970-01-01T00:00:01.25Z"
    moment = datetime.datetime(2024, 3, 9, 19, 3, 49, 188369, tzinfo=datetime.UTC)
    assert stamp(moment.timestamp()) == "2024-03-09T19:03:49.188369Z"


def test_a_large_simulator_serves_pages_of_its_sessions() -> None:
    with serve("ziti", size=20_000) as sim, httpx.Client(base_url=sim.base_url) as client:
        # mypy --strict checks that the key's overload types the credentials.
        assert_type(sim, Simulator[ZitiCredentials])
        login = client.post("/authenticate", params={"method": "password"}, json=sim.credentials)
        headers = {"zt-session": login.json()["data"]["token"]}
        last = client.get("/api-sessions", params={"limit": 5, "offset": 19_998}, headers=headers)
    assert last.status_code == 200
    body = last.json()
    assert body["meta"]["pagination"]["totalCount"] == 20_001
    assert len(body["data"]) == 3
    assert body["data"][-1]["identity"]["name"] == "Default Admin"  # the newest: the login
