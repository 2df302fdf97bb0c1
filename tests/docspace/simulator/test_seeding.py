"""The DocSpace simulator's seeded portal: deterministic, sized, and shaped like real data."""

from __future__ import annotations

import datetime
import ipaddress
import re
from typing import assert_type

import httpx

from sessionward.testing import DocSpaceCredentials, Simulator, serve
from sessionward.testing._docspace import DocspaceAPI

DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000(Z|[+-]\d\d:[03]0)$")
EPOCH = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
CONNECTIONS = "/api/2.0/security/activeconnections"


def portal(api: DocspaceAPI) -> list[dict[str, object]]:
    return [api._item(event) for event in api.events.values()]


def test_the_same_seed_gives_the_same_portal() -> None:
    first, second = DocspaceAPI(seed=7, size=40), DocspaceAPI(seed=7, size=40)
    assert portal(first) == portal(second)
    # Compared before asserting, so that a failure prints no token.
    same_users = first.users == second.users
    same_sessions = first.sessions == second.sessions
    assert same_users
    assert same_sessions


def test_another_seed_gives_another_portal() -> None:
    first, second = DocspaceAPI(seed=1), DocspaceAPI(seed=2)
    assert portal(first) != portal(second)
    differ = first.credentials() != second.credentials()
    assert differ


def test_reset_rebuilds_the_seeded_state() -> None:
    api = DocspaceAPI(seed=3)
    seeded = portal(api)
    api.events.clear()
    api.reset()
    assert portal(api) == seeded


def test_credentials_depend_on_the_seed_only() -> None:
    apis = [DocspaceAPI(seed=5, size=size) for size in (0, 1, 6, 500)]
    # Compared before asserting, so that a failure prints no token.
    same_token = len({api.credentials()["token"] for api in apis}) == 1
    same_others = all(api.other_credentials() == apis[0].other_credentials() for api in apis)
    credentials = [apis[0].credentials()["token"]] + [
        values["token"] for values in apis[0].other_credentials().values()
    ]
    distinct = len(set(credentials)) == 3
    assert same_token
    assert same_others
    assert distinct


def test_size_is_the_number_of_the_admins_connections() -> None:
    for size, expected in ((0, 1), (1, 1), (6, 6), (250, 250)):
        api = DocspaceAPI(size=size)
        assert len(api.by_user[api.admin.id]) == expected
        members = [user for user in api.users.values() if not user.admin]
        assert len(members) == 4
        assert all(1 <= len(api.by_user[member.id]) <= 4 for member in members)


def test_every_user_holds_a_token_of_one_of_their_sign_ins() -> None:
    api = DocspaceAPI()
    for user in api.users.values():
        event = api.events[api.sessions[user.token]]
        assert event.user_id == user.id
        held = event.token == user.token
        assert held


def test_seeded_events_look_real() -> None:
    api = DocspaceAPI(seed=11, size=300)
    items = portal(api)
    by_date = sorted(api.events.values(), key=lambda event: (event.date, event.id))
    assert [event.id for event in by_date] == sorted(api.events)
    for item in items:
        address = ipaddress.IPv4Address(item["ip"])
        # Addresses that cannot be located are private and get empty strings.
        assert (item["country"] == "") == address.is_private
        assert (item["city"] == "") == address.is_private
        assert isinstance(item["date"], str) and DATE.match(item["date"])
        assert datetime.datetime.fromisoformat(item["date"]) < EPOCH
        assert item["page"] is None or str(item["page"]).startswith("https://")
    assert len({item["ip"] for item in items}) > 20
    assert any(item["page"] is None for item in items)
    assert sum(user.admin for user in api.users.values()) == 1
    for user in api.users.values():
        first, last = user.name.split(" ")
        assert user.email == f"{first}.{last}@example.com".lower()


def test_a_hundred_thousand_connections_are_served() -> None:
    with serve("docspace", size=100_000, validate_responses=False) as sim:
        # mypy --strict checks that the key's overload types the credentials.
        assert_type(sim, Simulator[DocSpaceCredentials])
        headers = {"Authorization": "Bearer " + sim.credentials["token"]}
        response = httpx.get(sim.base_url + CONNECTIONS, headers=headers, timeout=60)
    assert response.status_code == 200
    # Parsed as plain JSON: 100,000 models would test the client's speed, not the simulator.
    items = response.json()["response"]["items"]
    assert len(items) == 100_000
    assert len({item["id"] for item in items}) == 100_000
