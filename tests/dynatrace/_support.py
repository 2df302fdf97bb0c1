"""Running one test against `DynatraceCluster` and `AsyncDynatraceCluster` alike.

`Twin` puts a sync or an async client behind one async interface (the simulator serves from its
own thread, so the sync mode may block the test's event loop). `FakeClock` records the sleeps of
the retry loop and advances time at once. `OPERATIONS` names every public method with the request
it sends, so error-path tests can run over all of them; `Seeded` carries what they need from the
seeded cluster (a user with sessions, the current policy).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sessionward.core import RetryPolicy
from sessionward.dynatrace import (
    AsyncDynatraceCluster,
    DynatraceCluster,
    UserSession,
    UserSessionsConfig,
)
from sessionward.testing import Simulator
from sessionward.testing import Twin as BaseTwin
from tests._support import Mode
from tests._support import Operation as AnyOperation

# Backoff without jitter, so the recorded sleeps are exact.
NO_JITTER = RetryPolicy(jitter=0.0)
SESSIONS = "/userSessions"
POLICY = "/clusterConfig/userSessions"


class Twin(BaseTwin[DynatraceCluster | AsyncDynatraceCluster]):
    """A `DynatraceCluster` or an `AsyncDynatraceCluster` behind async methods."""

    async def list(self, user_id: Any = None) -> list[UserSession]:
        found: list[UserSession] = await self.call("user_sessions.list", user_id)
        return found

    async def remove(self, user_id: Any, *, missing_ok: bool = False) -> None:
        await self.call("user_sessions.remove", user_id, missing_ok=missing_ok)

    async def get(self) -> UserSessionsConfig:
        policy: UserSessionsConfig = await self.call("session_policy.get")
        return policy

    async def update(self, config: Any) -> None:
        await self.call("session_policy.update", config)

    async def update_partial(self, **changes: Any) -> UserSessionsConfig:
        policy: UserSessionsConfig = await self.call("session_policy.update_partial", **changes)
        return policy


def build(mode: Mode, base_url: str, **kwargs: Any) -> Twin:
    """Build the client of `mode` with `kwargs`."""
    if mode == "sync":
        return Twin(DynatraceCluster(base_url, **kwargs))
    return Twin(AsyncDynatraceCluster(base_url, **kwargs))


@dataclass(frozen=True)
class Seeded:
    """What the error-path tests need from the seeded cluster."""

    user: str
    policy: UserSessionsConfig


Call = Callable[[Twin, Seeded], Awaitable[object]]
# The suite's operations: `call` runs the public method on a twin.
Operation = AnyOperation[Call]

REMOVE = "remove_user_session"
UPDATE = "update_concurrent_session_policy_config"


def _update_partial(twin: Twin, seeded: Seeded) -> Awaitable[object]:
    return twin.update_partial(user_inactivity_timeout=600)


OPERATIONS: tuple[Operation, ...] = (
    Operation("list", "GET", SESSIONS, "get_user_sessions", lambda t, s: t.list()),
    Operation("list_one_user", "GET", SESSIONS, "get_user_sessions", lambda t, s: t.list(s.user)),
    Operation("remove", "DELETE", SESSIONS, REMOVE, lambda t, s: t.remove(s.user), has_body=False),
    Operation("get", "GET", POLICY, "get_concurrent_session_policy_config", lambda t, s: t.get()),
    Operation("update", "PUT", POLICY, UPDATE, lambda t, s: t.update(s.policy), has_body=False),
    Operation("update_partial", "PUT", POLICY, UPDATE, _update_partial, has_body=False),
)
WITH_BODY = tuple(operation for operation in OPERATIONS if operation.has_body)


def statuses(sim: Simulator, operation: Operation) -> list[int | None]:
    """The statuses the simulator answered to `operation`'s request, oldest first."""
    return [
        r.status
        for r in sim.requests()
        if r.operation == operation.operation_id and r.method == operation.method
    ]


def error_body(status: int, message: str) -> dict[str, object]:
    """A Cluster API `ErrorEnvelope`."""
    return {"error": {"code": status, "message": message}}
