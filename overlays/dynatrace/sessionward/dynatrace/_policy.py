"""The documented rules of the user-session policy, and applying a partial change to a policy.

Rules (vendor docs and spec): both session limits are integers >= 0, where 0 means "no limit";
if either limit is 0, the other must be 0 as well; the inactivity timeout is an integer >= 1
(seconds); automatic logout is a bool. Every value is an int32 on the wire. `check_policy` finds
every broken rule at once and raises one `InvalidArgumentError` listing them, so nothing invalid
is ever sent. Pure functions: the sync and async resources share them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from dynatrace_api.models import (
    AutomaticLogoutConfiguration,
    ConcurrentSessionPolicy,
    UserSessionsConfig,
)

from sessionward.core import InvalidArgumentError

_INT32_MAX = 2**31 - 1


@dataclass(frozen=True, slots=True)
class PolicyChanges:
    """The fields a partial update changes; None leaves a field as it is."""

    user_limit: int | None = None
    admin_limit: int | None = None
    logout_inactive_users_enabled: bool | None = None
    user_inactivity_timeout: int | None = None

    def require_some(self) -> None:
        """Raise `TypeError` when no field is changed: such a call is a mistake, not a no-op."""
        if all(getattr(self, field.name) is None for field in fields(self)):
            raise TypeError(
                "update_partial() needs at least one change: user_limit, admin_limit, "
                "logout_inactive_users_enabled or user_inactivity_timeout"
            )


def apply_changes(current: UserSessionsConfig, changes: PolicyChanges) -> UserSessionsConfig:
    """Return a copy of `current` with `changes` applied; `current` is left untouched.

    The copy goes through the wire form, so members a newer server sends that this client does
    not model are kept and sent back as they were.
    """
    updated = UserSessionsConfig.from_dict(current.to_dict())
    policy = updated.concurrent_session_policy_dto
    logout = updated.automatic_logout_dto
    if changes.user_limit is not None:
        policy.user_limit = changes.user_limit
    if changes.admin_limit is not None:
        policy.admin_limit = changes.admin_limit
    if changes.logout_inactive_users_enabled is not None:
        logout.logout_inactive_users_enabled = changes.logout_inactive_users_enabled
    if changes.user_inactivity_timeout is not None:
        logout.user_inactivity_timeout = changes.user_inactivity_timeout
    return updated


def check_policy(config: UserSessionsConfig) -> UserSessionsConfig:
    """Return `config` if it keeps every documented rule; raise otherwise.

    Raises `InvalidArgumentError` (a `ValueError`) listing every broken rule, and `TypeError` when
    `config` is not a `UserSessionsConfig` made of the generated models.
    """
    if not isinstance(config, UserSessionsConfig):
        raise TypeError(f"config must be a UserSessionsConfig, not {type(config).__name__}")
    policy = config.concurrent_session_policy_dto
    logout = config.automatic_logout_dto
    if not isinstance(policy, ConcurrentSessionPolicy) or not isinstance(
        logout, AutomaticLogoutConfiguration
    ):
        raise TypeError(
            "config must hold a ConcurrentSessionPolicy and an AutomaticLogoutConfiguration"
        )
    problems = policy_problems(policy, logout)
    if problems:
        raise InvalidArgumentError(
            "the session policy breaks the rules of the Dynatrace API, so it was not sent: "
            + "; ".join(problems),
            name="config",
            problems=tuple(problems),
        )
    return config


def policy_problems(
    policy: ConcurrentSessionPolicy, logout: AutomaticLogoutConfiguration
) -> list[str]:
    """Return one sentence per broken rule of the policy (empty when it is valid)."""
    problems: list[str] = []
    limits_ok = True
    for name, value in (("user_limit", policy.user_limit), ("admin_limit", policy.admin_limit)):
        problem = _integer_problem(name, value, minimum=0, meaning="0 means no limit")
        if problem:
            problems.append(problem)
            limits_ok = False
    if limits_ok and (policy.user_limit == 0) != (policy.admin_limit == 0):
        problems.append(
            f"user_limit is {policy.user_limit} and admin_limit is {policy.admin_limit}: if "
            "either limit is 0 (no limit), the other must be 0 too"
        )
    enabled: object = logout.logout_inactive_users_enabled  # attrs does not check types
    if not isinstance(enabled, bool):
        problems.append(
            f"logout_inactive_users_enabled must be a bool, not {type(enabled).__name__}"
        )
    problem = _integer_problem(
        "user_inactivity_timeout", logout.user_inactivity_timeout, minimum=1, meaning="seconds"
    )
    if problem:
        problems.append(problem)
    return problems


def _integer_problem(name: str, value: object, *, minimum: int, meaning: str) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{name} must be an int, not {type(value).__name__}"
    if value < minimum:
        return f"{name} is {value}; it must be >= {minimum} ({meaning})"
    if value > _INT32_MAX:
        return f"{name} is {value}; it must be <= {_INT32_MAX} (an int32 on the wire)"
    return None
