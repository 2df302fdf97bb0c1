"""Running one test against `DocSpace` and `AsyncDocSpace` alike, and a clock that never waits.

`Twin` puts a sync or an async client behind one async interface: the sync mode simply calls the
blocking client (the simulator serves from its own thread, so blocking the test's event loop is
harmless), the async mode awaits. `FakeClock` records the sleeps of the retry loop and advances
time at once. `OPERATIONS` names every public method with the request it sends, so error-path
tests can run over all of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sessionward.core import RetryPolicy
from sessionward.docspace import ActiveConnectionsDto, AsyncDocSpace, DocSpace
from sessionward.testing import Simulator
from sessionward.testing import Twin as BaseTwin
from tests._support import Mode
from tests._support import Operation as AnyOperation

# Backoff without jitter, so the recorded sleeps are exact.
NO_JITTER = RetryPolicy(jitter=0.0)
# A well-formed id of no user: DocSpace closes nothing for it and still answers 200.
NOBODY = uuid.UUID("6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f")
PREFIX = "/api/2.0/security/activeconnections"


class Twin(BaseTwin[DocSpace | AsyncDocSpace]):
    """A `DocSpace` or an `AsyncDocSpace` behind async methods named like the resource's."""

    async def list(self) -> ActiveConnectionsDto:
        found: ActiveConnectionsDto = await self.call("active_connections.list")
        return found

    async def log_out(self, login_event_id: Any) -> bool:
        closed: bool = await self.call("active_connections.log_out", login_event_id)
        return closed

    async def log_out_all_for_user(self, user_id: Any) -> None:
        await self.call("active_connections.log_out_all_for_user", user_id)

    async def log_out_all_except_current(self) -> str | None:
        kept: str | None = await self.call("active_connections.log_out_all_except_current")
        return kept

    async def log_out_all_and_change_password(self) -> str | None:
        link: str | None = await self.call("active_connections.log_out_all_and_change_password")
        return link


def build(mode: Mode, base_url: str, **kwargs: Any) -> Twin:
    """Build the client of `mode` with `kwargs`."""
    if mode == "sync":
        return Twin(DocSpace(base_url, **kwargs))
    return Twin(AsyncDocSpace(base_url, **kwargs))


Call = Callable[[Twin], Awaitable[object]]
# The suite's operations: `call` runs the public method on a twin.
Operation = AnyOperation[Call]

OPERATIONS: tuple[Operation, ...] = (
    Operation("list", "GET", PREFIX, "get_all_active_connections", lambda t: t.list()),
    Operation(
        "log_out",
        "PUT",
        f"{PREFIX}/logout/*",
        "log_out_active_connection",
        lambda t: t.log_out(12345),
    ),
    Operation(
        "log_out_all_for_user",
        "PUT",
        f"{PREFIX}/logoutall/*",
        "log_out_all_active_connections_for_user",
        lambda t: t.log_out_all_for_user(NOBODY),
        has_body=False,
    ),
    Operation(
        "log_out_all_except_current",
        "PUT",
        f"{PREFIX}/logoutallexceptthis",
        "log_out_all_except_this_connection",
        lambda t: t.log_out_all_except_current(),
    ),
    Operation(
        "log_out_all_and_change_password",
        "PUT",
        f"{PREFIX}/logoutallchangepassword",
        "log_out_all_active_connections_change_password",
        lambda t: t.log_out_all_and_change_password(),
    ),
)
WITH_BODY = tuple(operation for operation in OPERATIONS if operation.has_body)


def statuses(sim: Simulator, operation: Operation) -> list[int | None]:
    """The statuses the simulator answered to `operation`, oldest first."""
    return [r.status for r in sim.requests() if r.operation == operation.operation_id]


def envelope(payload: object) -> dict[str, object]:
    """A DocSpace success envelope around `payload`."""
    return {"response": payload, "count": 1, "links": [], "status": 0, "statusCode": 200}


def error_body(status: int, message: str) -> dict[str, object]:
    """A DocSpace `ErrorApiResponse`."""
    return {"error": {"message": message}, "status": 1, "statusCode": status}
