"""The `session_policy` resource of Dynatrace: the cluster's user-session policy.

Each operation is written once, as steps over the bound generated client
(`SessionPolicyResource`); `SessionPolicy` and `AsyncSessionPolicy` are its sync and async twins.
The policy is read and replaced whole (`get`, `update`); `update_partial` reads it, applies only
the given changes, checks the documented rules and sends the whole policy back. Every policy is
checked before it is sent (`_policy`), so a rule the API documents never costs a round trip to
learn about.
"""

from __future__ import annotations

from dynatrace_api.api.user_management import (
    get_concurrent_session_policy_config,
    update_concurrent_session_policy_config,
)
from dynatrace_api.client import Client
from dynatrace_api.models import UserSessionsConfig

from sessionward.core import APIResource, Async, ModeT, Steps, Sync, call, call_empty, operation
from sessionward.dynatrace._policy import PolicyChanges, apply_changes, check_policy


class SessionPolicyResource(APIResource[ModeT, Client]):
    """The cluster's user-session policy: `client.session_policy`.

    The policy holds the concurrent-session limits (`user_limit`, `admin_limit`; 0 = no limit,
    both 0 or neither) and the automatic logout of inactive users (`logout_inactive_users_enabled`,
    `user_inactivity_timeout` in seconds, >= 1). Methods raise the `sessionward.core` errors listed
    on `UserSessions` (401, 403, 429, 5xx and the vendor's 510 "update failed on the cluster",
    connection and validation errors) and `InvalidArgumentError` for a policy that breaks a
    documented rule, before sending.
    """

    @operation
    def get(self) -> Steps[UserSessionsConfig]:
        """Return the current user-session policy."""
        return (yield from self._read())

    @operation
    def update(self, config: UserSessionsConfig) -> Steps[None]:
        """Replace the whole policy with `config` (e.g. one returned by `get()`, to restore it).

        Raises `InvalidArgumentError` listing every broken rule before sending, and `TypeError`
        when `config` is not a `UserSessionsConfig`.
        """
        yield from self._write(check_policy(config))

    @operation
    def update_partial(
        self,
        *,
        user_limit: int | None = None,
        admin_limit: int | None = None,
        logout_inactive_users_enabled: bool | None = None,
        user_inactivity_timeout: int | None = None,
    ) -> Steps[UserSessionsConfig]:
        """Change only the given fields of the policy; return the whole policy now in effect.

        Reads the current policy, applies the changes (None leaves a field as it is), checks the
        documented rules and only then sends the whole policy: `update_partial(admin_limit=3)`
        changes one limit without restating the rest. The API has no way to detect a concurrent
        change between the read and the write; the last writer wins. Raises `TypeError` when no
        change is given and `InvalidArgumentError` when the result would break a rule (e.g. a
        user_limit of 0 while admin_limit is not: pass both), in both cases with nothing sent.
        """
        changes = PolicyChanges(
            user_limit, admin_limit, logout_inactive_users_enabled, user_inactivity_timeout
        )
        changes.require_some()
        current = yield from self._read()
        updated = check_policy(apply_changes(current, changes))
        yield from self._write(updated)
        return updated

    def _read(self) -> Steps[UserSessionsConfig]:
        return (
            yield from call(
                get_concurrent_session_policy_config, UserSessionsConfig, client=self._context
            )
        )

    def _write(self, config: UserSessionsConfig) -> Steps[None]:
        yield from call_empty(
            update_concurrent_session_policy_config, client=self._context, body=config
        )


class SessionPolicy(SessionPolicyResource[Sync]):
    """The cluster's user-session policy, with blocking calls: `cluster.session_policy`."""


class AsyncSessionPolicy(SessionPolicyResource[Async]):
    """The cluster's user-session policy, with awaitable calls: `cluster.session_policy`."""
