"""The `session_policy` resource of Dynatrace, sync (`SessionPolicy`) and async twins.

The cluster's user-session policy is read and replaced whole (`get`, `update`); `update_partial`
reads it, applies only the given changes, checks the documented rules and sends the whole policy
back. Every policy is checked before it is sent (`_policy`), so a rule the API documents never
costs a round trip to learn about. The twins share everything but the awaited lines.
"""

from __future__ import annotations

from dynatrace_api.api.user_management import (
    get_concurrent_session_policy_config,
    update_concurrent_session_policy_config,
)
from dynatrace_api.client import Client
from dynatrace_api.models import UserSessionsConfig

from sessionward.core import aunwrap, aunwrap_empty, unwrap, unwrap_empty
from sessionward.dynatrace._policy import PolicyChanges, apply_changes, check_policy


class SessionPolicy:
    """The cluster's user-session policy: `client.session_policy`.

    The policy holds the concurrent-session limits (`user_limit`, `admin_limit`; 0 = no limit,
    both 0 or neither) and the automatic logout of inactive users (`logout_inactive_users_enabled`,
    `user_inactivity_timeout` in seconds, >= 1). Methods raise the `sessionward.core` errors listed
    on `UserSessions` (401, 403, 429, 5xx and the vendor's 510 "update failed on the cluster",
    connection and validation errors) and `InvalidArgumentError` for a policy that breaks a
    documented rule, before sending.
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def get(self) -> UserSessionsConfig:
        """Return the current user-session policy."""
        return unwrap(
            lambda: get_concurrent_session_policy_config.sync_detailed(client=self._client),
            UserSessionsConfig,
        )

    def update(self, config: UserSessionsConfig) -> None:
        """Replace the whole policy with `config` (e.g. one returned by `get()`, to restore it).

        Raises `InvalidArgumentError` listing every broken rule before sending, and `TypeError`
        when `config` is not a `UserSessionsConfig`.
        """
        body = check_policy(config)
        unwrap_empty(
            lambda: update_concurrent_session_policy_config.sync_detailed(
                client=self._client, body=body
            )
        )

    def update_partial(
        self,
        *,
        user_limit: int | None = None,
        admin_limit: int | None = None,
        logout_inactive_users_enabled: bool | None = None,
        user_inactivity_timeout: int | None = None,
    ) -> UserSessionsConfig:
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
        updated = check_policy(apply_changes(self.get(), changes))
        self.update(updated)
        return updated


class AsyncSessionPolicy:
    """The async twin of `SessionPolicy`: the same methods, awaitable, the same errors."""

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get(self) -> UserSessionsConfig:
        """Return the current user-session policy."""
        return await aunwrap(
            lambda: get_concurrent_session_policy_config.asyncio_detailed(client=self._client),
            UserSessionsConfig,
        )

    async def update(self, config: UserSessionsConfig) -> None:
        """Replace the whole policy with `config`; see `SessionPolicy.update`."""
        body = check_policy(config)
        await aunwrap_empty(
            lambda: update_concurrent_session_policy_config.asyncio_detailed(
                client=self._client, body=body
            )
        )

    async def update_partial(
        self,
        *,
        user_limit: int | None = None,
        admin_limit: int | None = None,
        logout_inactive_users_enabled: bool | None = None,
        user_inactivity_timeout: int | None = None,
    ) -> UserSessionsConfig:
        """Change only the given fields; see `SessionPolicy.update_partial`."""
        changes = PolicyChanges(
            user_limit, admin_limit, logout_inactive_users_enabled, user_inactivity_timeout
        )
        changes.require_some()
        updated = check_policy(apply_changes(await self.get(), changes))
        await self.update(updated)
        return updated
