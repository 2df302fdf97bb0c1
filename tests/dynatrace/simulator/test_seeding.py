"""The Dynatrace simulator's seeded cluster: deterministic, sized, and shaped like real data."""

from __future__ import annotations

import ipaddress
import re
import uuid
from typing import assert_type

import httpx

from sessionward.testing import DynatraceCredentials, Simulator, serve
from sessionward.testing._dynatrace import DynatraceAPI

EPOCH_MS = 1_735_689_600_000  # 2025-01-01T00:00:00Z, the seeding horizon
TOKEN = re.compile(r"^dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}$")
LOGIN_TYPES = {"LOCAL", "LDAP", "SSO_MANAGED", "DEVOPSTOKEN"}


def test_the_same_seed_gives_the_same_cluster() -> None:
    first, second = DynatraceAPI(seed=4, size=60), DynatraceAPI(seed=4, size=60)
    assert first.sessions == second.sessions
    assert first.config == second.config
    same_tokens = first.credentials() == second.credentials()  # no token in a failure message
    assert same_tokens


def test_another_seed_gives_another_cluster() -> None:
    first, second = DynatraceAPI(seed=1), DynatraceAPI(seed=2)
    assert list(first.sessions.values()) != list(second.sessions.values())
    other_tokens = first.credentials() != second.credentials()  # no token in a failure message
    assert other_tokens


def test_reset_rebuilds_the_seeded_state() -> None:
    api = DynatraceAPI(seed=9)
    seeded, config = dict(api.sessions), api.config
    api.sessions.clear()
    api.config = {}
    api.reset()
    assert api.sessions == seeded
    assert api.config == config


def test_tokens_depend_on_the_seed_only_and_look_like_the_vendors() -> None:
    apis = [DynatraceAPI(seed=3, size=size) for size in (0, 15, 1_000)]
    # Compared before asserting, so that a failure prints no token.
    same_token = len({api.credentials()["api_token"] for api in apis}) == 1
    same_others = all(api.other_credentials() == apis[0].other_credentials() for api in apis)
    scoped = apis[0].credentials()["api_token"]
    unscoped = apis[0].other_credentials()["no_scope"]["api_token"]
    distinct = scoped != unscoped
    shaped = all(TOKEN.match(token) is not None for token in (scoped, unscoped))
    assert same_token
    assert same_others
    assert distinct
    assert shaped


def test_size_is_the_number_of_sessions() -> None:
    for size in (0, 1, 15, 400):
        api = DynatraceAPI(size=size)
        assert len(api.sessions) == size
        assert sum(len(ids) for ids in api.by_user.values()) == size


def test_seeded_policy_follows_the_documented_rules() -> None:
    for seed in range(20):
        config = DynatraceAPI(seed=seed, size=0).config
        policy, logout = config["concurrentSessionPolicyDto"], config["automaticLogoutDto"]
        assert (policy["userLimit"] == 0) == (policy["adminLimit"] == 0)
        assert logout["userInactivityTimeout"] >= 1


def test_seeded_sessions_look_real() -> None:
    api = DynatraceAPI(seed=6, size=500)
    sessions = list(api.sessions.values())
    tenants = {session["tenantUuid"] for session in sessions}
    assert 2 <= len(tenants) <= 6
    login_types: dict[str, set[str]] = {}
    for session in sessions:
        assert session["loginType"] in LOGIN_TYPES
        assert re.fullmatch(r"[0-9A-F]{32}", session["sessionId"])
        assert session["nodeId"] in range(1, 6)
        assert EPOCH_MS - 2 * 86_400_000 <= session["creationTime"] <= EPOCH_MS
        last = session.get("lastAccessedTimestamp")
        assert last is None or session["creationTime"] <= last <= EPOCH_MS
        assert uuid.UUID(session["tenantUuid"]).version == 4
        ipaddress.IPv4Address(session["ip"])
        assert " on " in session["device"]
        login_types.setdefault(session["userId"], set()).add(session["loginType"])
    # Each user signs in one way; SSO users are e-mail addresses.
    assert all(len(kinds) == 1 for kinds in login_types.values())
    for user, kinds in login_types.items():
        assert ("@" in user) == (kinds == {"SSO_MANAGED"})
    assert login_types["admin"] == {"LOCAL"}
    assert any("lastAccessedTimestamp" not in session for session in sessions)
    assert len({session["nodeId"] for session in sessions}) >= 3


def test_a_hundred_thousand_sessions_are_served() -> None:
    with serve("dynatrace", size=100_000, validate_responses=False) as sim:
        # mypy --strict checks that the key's overload types the credentials.
        assert_type(sim, Simulator[DynatraceCredentials])
        headers = {"Authorization": "Api-Token " + sim.credentials["api_token"]}
        response = httpx.get(sim.base_url + "/userSessions", headers=headers, timeout=60)
    assert response.status_code == 200
    # Parsed as plain JSON: 100,000 models would test the client's speed, not the simulator.
    sessions = response.json()
    assert len(sessions) == 100_000
    assert len({session["sessionId"] for session in sessions}) == 100_000
