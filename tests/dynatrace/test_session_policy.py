"""Reading, replacing and partially updating the session policy, with the rules checked first."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessionward.dynatrace import (
    AutomaticLogoutConfiguration,
    ConcurrentSessionPolicy,
    DynatraceCluster,
    InvalidArgumentError,
    UserSessionsConfig,
)
from sessionward.dynatrace._policy import PolicyChanges, apply_changes
from sessionward.testing import Simulator
from tests._support import tls_context
from tests.dynatrace._support import POLICY, Twin

pytestmark = pytest.mark.anyio


def policy(user: object, admin: object, enabled: object, timeout: object) -> UserSessionsConfig:
    return UserSessionsConfig(
        concurrent_session_policy_dto=ConcurrentSessionPolicy(
            user_limit=user,  # type: ignore[arg-type]
            admin_limit=admin,  # type: ignore[arg-type]
        ),
        automatic_logout_dto=AutomaticLogoutConfiguration(
            logout_inactive_users_enabled=enabled,  # type: ignore[arg-type]
            user_inactivity_timeout=timeout,  # type: ignore[arg-type]
        ),
    )


def fields(config: UserSessionsConfig) -> tuple[int, int, bool, int]:
    limits, logout = config.concurrent_session_policy_dto, config.automatic_logout_dto
    return (
        limits.user_limit,
        limits.admin_limit,
        logout.logout_inactive_users_enabled,
        logout.user_inactivity_timeout,
    )


async def test_get_returns_the_policy_as_models(twin: Twin) -> None:
    config = await twin.get()

    assert isinstance(config, UserSessionsConfig)
    user, admin, enabled, timeout = fields(config)
    assert (user == 0) == (admin == 0)
    assert isinstance(enabled, bool)
    assert timeout >= 1


async def test_update_replaces_the_whole_policy(twin: Twin) -> None:
    wanted = policy(3, 5, True, 1800)

    await twin.update(wanted)

    assert fields(await twin.get()) == (3, 5, True, 1800)


@pytest.mark.parametrize(
    ("config", "problems"),
    [
        (policy(0, 5, True, 900), ["user_limit is 0 and admin_limit is 5"]),
        (policy(4, 0, True, 900), ["user_limit is 4 and admin_limit is 0"]),
        (policy(-1, 3, True, 900), ["user_limit is -1; it must be >= 0"]),
        (policy(2, 3, True, 0), ["user_inactivity_timeout is 0; it must be >= 1"]),
        (policy(2, 2**31, True, 60), ["admin_limit is 2147483648; it must be <= 2147483647"]),
        (
            policy("3", 3, "yes", 1.5),
            [
                "user_limit must be an int, not str",
                "logout_inactive_users_enabled must be a bool, not str",
                "user_inactivity_timeout must be an int, not float",
            ],
        ),
        (
            policy(-2, 0, True, -5),
            ["user_limit is -2; it must be >= 0", "user_inactivity_timeout is -5"],
        ),
    ],
    ids=["user-0", "admin-0", "negative", "timeout-0", "int32", "types", "several"],
)
async def test_update_refuses_a_policy_that_breaks_a_rule_before_sending(
    twin: Twin, dynatrace_sim: Simulator, config: UserSessionsConfig, problems: list[str]
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        await twin.update(config)

    error = caught.value
    assert error.name == "config"
    assert len(error.problems) == len(problems)
    for expected, found in zip(problems, error.problems, strict=True):
        assert found.startswith(expected)
        assert expected in str(error)
    assert dynatrace_sim.requests() == []


async def test_update_needs_a_user_sessions_config(twin: Twin, dynatrace_sim: Simulator) -> None:
    with pytest.raises(TypeError, match="UserSessionsConfig"):
        await twin.update({"concurrentSessionPolicyDto": {"userLimit": 1, "adminLimit": 1}})

    assert dynatrace_sim.requests() == []


async def test_update_partial_changes_one_field_and_keeps_the_rest(
    twin: Twin, dynatrace_sim: Simulator
) -> None:
    await twin.update(policy(3, 5, True, 1800))
    dynatrace_sim.clear_requests()

    returned = await twin.update_partial(admin_limit=7)

    assert fields(returned) == (3, 7, True, 1800)
    assert fields(await twin.get()) == (3, 7, True, 1800)
    assert [(r.method, r.status) for r in dynatrace_sim.requests()][:2] == [
        ("GET", 200),
        ("PUT", 200),
    ]


async def test_update_partial_applies_every_given_field(twin: Twin) -> None:
    await twin.update(policy(3, 5, True, 1800))

    returned = await twin.update_partial(
        user_limit=0, admin_limit=0, logout_inactive_users_enabled=False, user_inactivity_timeout=60
    )

    assert fields(returned) == (0, 0, False, 60)
    assert fields(await twin.get()) == (0, 0, False, 60)


async def test_update_partial_refuses_a_result_that_breaks_a_rule_and_sends_nothing(
    twin: Twin, dynatrace_sim: Simulator
) -> None:
    await twin.update(policy(3, 5, True, 1800))
    dynatrace_sim.clear_requests()

    with pytest.raises(InvalidArgumentError, match="user_limit is 0 and admin_limit is 5"):
        await twin.update_partial(user_limit=0)

    assert [r.method for r in dynatrace_sim.requests()] == ["GET"]
    assert fields(await twin.get()) == (3, 5, True, 1800)


async def test_update_partial_without_a_change_is_a_type_error(
    twin: Twin, dynatrace_sim: Simulator
) -> None:
    with pytest.raises(TypeError, match="at least one change"):
        await twin.update_partial()

    assert dynatrace_sim.requests() == []


async def test_tighten_and_restore(twin: Twin) -> None:
    previous = await twin.get()

    await twin.update_partial(user_limit=1, admin_limit=1, user_inactivity_timeout=300)
    assert fields(await twin.get())[:2] == (1, 1)
    await twin.update(previous)

    assert await twin.get() == previous


def test_a_partial_change_keeps_members_this_client_does_not_model() -> None:
    current = UserSessionsConfig.from_dict(
        {
            "concurrentSessionPolicyDto": {"userLimit": 3, "adminLimit": 5, "perIpLimit": 2},
            "automaticLogoutDto": {"logoutInactiveUsersEnabled": True, "userInactivityTimeout": 60},
            "loginBanner": "Authorized use only",
        }
    )

    updated = apply_changes(current, PolicyChanges(admin_limit=9))

    wire = updated.to_dict()
    assert wire["concurrentSessionPolicyDto"] == {"userLimit": 3, "adminLimit": 9, "perIpLimit": 2}
    assert wire["loginBanner"] == "Authorized use only"
    assert current.concurrent_session_policy_dto.admin_limit == 5


LIMITS = st.integers(min_value=-3, max_value=6) | st.sampled_from([2**31 - 1])
TIMEOUTS = st.integers(min_value=-2, max_value=4) | st.sampled_from([900, 2**31 - 1])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(user=LIMITS, admin=LIMITS, enabled=st.booleans(), timeout=TIMEOUTS)
def test_the_client_refuses_exactly_what_the_server_refuses(
    dynatrace_sim: Simulator, user: int, admin: int, enabled: bool, timeout: int
) -> None:
    config = policy(user, admin, enabled, timeout)
    with (
        httpx.Client(verify=tls_context()) as transport,
        DynatraceCluster(
            dynatrace_sim.base_url,
            api_token=dynatrace_sim.credentials["api_token"],
            http_client=transport,
        ) as client,
    ):
        try:
            client.session_policy.update(config)
        except InvalidArgumentError:
            refused_here = True
        else:
            refused_here = False
        # The same body, sent without the client's check.
        raw = transport.put(
            dynatrace_sim.base_url + POLICY,
            json=config.to_dict(),
            headers={"Authorization": f"Api-Token {dynatrace_sim.credentials['api_token']}"},
        )

    assert refused_here == (raw.status_code == 400), raw.text
