"""The Dynatrace simulator's four operations through the generated client, sync and async.

Each test runs twice (`mode`), once with the generated client's sync functions and once with its
async ones, against the session's Dynatrace simulator over a real loopback socket.
"""

from __future__ import annotations

import uuid
from types import ModuleType
from typing import Any

import pytest
from dynatrace_api import AuthenticatedClient
from dynatrace_api.api.user_management import (
    get_concurrent_session_policy_config,
    get_user_sessions,
    remove_user_session,
    update_concurrent_session_policy_config,
)
from dynatrace_api.models import (
    AutomaticLogoutConfiguration,
    ConcurrentSessionPolicy,
    Error,
    ErrorEnvelope,
    LoginType,
    UserSession,
    UserSessionsConfig,
)
from dynatrace_api.types import Response

from sessionward.testing import Simulator
from sessionward.testing._dynatrace import DynatraceAPI
from tests._support import Mode, run_generated

SEEDED = DynatraceAPI()  # the fixture's simulator: default seed and size


def client_of(sim: Simulator) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=sim.base_url, token=sim.credentials["api_token"], prefix="Api-Token"
    )


async def call(mode: Mode, endpoint: ModuleType, sim: Simulator, **kwargs: object) -> Response[Any]:
    """Run one generated operation with a fresh client, which is closed afterwards."""
    response: Response[Any] = await run_generated(mode, endpoint, client_of(sim), **kwargs)
    return response


def config(user: int, admin: int, enabled: bool, timeout: int) -> UserSessionsConfig:
    return UserSessionsConfig(
        concurrent_session_policy_dto=ConcurrentSessionPolicy(user_limit=user, admin_limit=admin),
        automatic_logout_dto=AutomaticLogoutConfiguration(
            logout_inactive_users_enabled=enabled, user_inactivity_timeout=timeout
        ),
    )


async def current_config(mode: Mode, sim: Simulator) -> UserSessionsConfig:
    response = await call(mode, get_concurrent_session_policy_config, sim)
    assert response.status_code == 200
    assert isinstance(response.parsed, UserSessionsConfig)
    return response.parsed


async def sessions(mode: Mode, sim: Simulator, **kwargs: object) -> list[UserSession]:
    response = await call(mode, get_user_sessions, sim, **kwargs)
    assert response.status_code == 200
    assert isinstance(response.parsed, list)
    assert all(isinstance(session, UserSession) for session in response.parsed)
    return response.parsed


def violations_of(response: Response[Any], message: str) -> list[tuple[str, str]]:
    """Check the ErrorEnvelope of a 400 and return its (path, parameterLocation) pairs."""
    assert response.status_code == 400
    assert isinstance(response.parsed, ErrorEnvelope)
    error = response.parsed.error
    assert isinstance(error, Error)
    assert (error.code, error.message) == (400, message)
    found = error.constraint_violations if isinstance(error.constraint_violations, list) else []
    return [(str(item.path), str(item.parameter_location)) for item in found]


@pytest.mark.anyio
async def test_get_policy_returns_the_seeded_configuration(
    dynatrace_sim: Simulator, mode: Mode
) -> None:
    seeded = await current_config(mode, dynatrace_sim)
    assert seeded.to_dict() == SEEDED.config


@pytest.mark.anyio
@pytest.mark.parametrize(
    "new", [config(3, 5, True, 1800), config(0, 0, False, 1), config(7, 2, True, 86_400)]
)
async def test_put_policy_replaces_it(
    dynatrace_sim: Simulator, mode: Mode, new: UserSessionsConfig
) -> None:
    response = await call(mode, update_concurrent_session_policy_config, dynatrace_sim, body=new)
    assert response.status_code == 200
    assert response.content == b""
    assert (await current_config(mode, dynatrace_sim)).to_dict() == new.to_dict()


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("user", "admin", "path"),
    [
        (0, 4, "concurrentSessionPolicyDto.adminLimit"),
        (3, 0, "concurrentSessionPolicyDto.userLimit"),
    ],
)
async def test_limits_are_zero_together_or_not_at_all(
    dynatrace_sim: Simulator, mode: Mode, user: int, admin: int, path: str
) -> None:
    new = config(user, admin, True, 900)
    response = await call(mode, update_concurrent_session_policy_config, dynatrace_sim, body=new)
    assert violations_of(response, "Constraints violated.") == [(path, "PAYLOAD_BODY")]
    assert (await current_config(mode, dynatrace_sim)).to_dict() == SEEDED.config


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("new", "path"),
    [
        (config(1, 1, True, 0), "automaticLogoutDto.userInactivityTimeout"),
        (config(-1, 2, True, 900), "concurrentSessionPolicyDto.userLimit"),
        (config(2, -3, False, 900), "concurrentSessionPolicyDto.adminLimit"),
    ],
)
async def test_out_of_range_values_are_constraint_violations(
    dynatrace_sim: Simulator, mode: Mode, new: UserSessionsConfig, path: str
) -> None:
    response = await call(mode, update_concurrent_session_policy_config, dynatrace_sim, body=new)
    assert violations_of(response, "Constraints violated.") == [(path, "PAYLOAD_BODY")]
    assert (await current_config(mode, dynatrace_sim)).to_dict() == SEEDED.config


@pytest.mark.anyio
async def test_list_returns_every_session_oldest_first(
    dynatrace_sim: Simulator, mode: Mode
) -> None:
    listed = await sessions(mode, dynatrace_sim)
    assert len(listed) == SEEDED.size
    created = [session.creation_time for session in listed]
    assert created == sorted(created)
    assert {session.session_id for session in listed} == set(SEEDED.sessions)
    assert [session.to_dict() for session in listed] == list(SEEDED.sessions.values())


@pytest.mark.anyio
async def test_list_by_user_returns_only_that_users_sessions(
    dynatrace_sim: Simulator, mode: Mode
) -> None:
    for user, ids in SEEDED.by_user.items():
        listed = await sessions(mode, dynatrace_sim, user_id=user)
        assert [session.session_id for session in listed] == ids
        assert {session.user_id for session in listed} == {user}
        # A user always signs in the same way.
        assert len({session.login_type for session in listed}) == 1
    assert await sessions(mode, dynatrace_sim, user_id="nobody@example.com") == []


@pytest.mark.anyio
async def test_remove_ends_every_session_of_the_user_only(
    dynatrace_sim: Simulator, mode: Mode
) -> None:
    user, ids = max(SEEDED.by_user.items(), key=lambda pair: len(pair[1]))
    assert len(ids) > 1
    response = await call(mode, remove_user_session, dynatrace_sim, user_id=user)
    assert response.status_code == 200
    assert response.content == b""
    assert await sessions(mode, dynatrace_sim, user_id=user) == []
    rest = await sessions(mode, dynatrace_sim)
    assert len(rest) == SEEDED.size - len(ids)
    assert user not in {session.user_id for session in rest}


@pytest.mark.anyio
async def test_remove_for_a_user_without_sessions_is_404(
    dynatrace_sim: Simulator, mode: Mode
) -> None:
    user = next(iter(SEEDED.by_user))
    assert (await call(mode, remove_user_session, dynatrace_sim, user_id=user)).status_code == 200
    for nobody in (user, "nobody@example.com"):
        response = await call(mode, remove_user_session, dynatrace_sim, user_id=nobody)
        assert response.status_code == 404
        assert isinstance(response.parsed, ErrorEnvelope)
        assert response.parsed.to_dict() == {
            "error": {"code": 404, "message": "User sessions not found"}
        }
    assert len(await sessions(mode, dynatrace_sim)) == SEEDED.size - len(SEEDED.by_user[user])


@pytest.mark.anyio
async def test_sessions_look_like_the_servers(dynatrace_sim: Simulator, mode: Mode) -> None:
    epoch_ms = 1_735_689_600_000  # 2025-01-01T00:00:00Z, the seeding horizon
    for session in await sessions(mode, dynatrace_sim):
        assert len(session.session_id) == 32
        assert int(session.session_id, 16) >= 0
        assert session.node_id in {1, 2, 3, 4, 5}
        assert isinstance(session.login_type, LoginType)
        assert uuid.UUID(session.tenant_uuid).version == 4
        assert epoch_ms - 3 * 86_400_000 < session.creation_time < epoch_ms
        if isinstance(session.last_accessed_timestamp, int):
            assert session.creation_time <= session.last_accessed_timestamp <= epoch_ms
        assert isinstance(session.device, str) and " on " in session.device
        assert isinstance(session.ip, str) and session.ip.count(".") == 3
