"""Running one Authress test against the sync and the async client alike, and what they send.

`Twin` is `sessionward.testing.Twin` over an `Authress` or an `AsyncAuthress`
(`call("connections.get", id)`, `collect(pager)`), plus the connection list. `Recorder` is a
`sessionward.testing.RequestRecorder` that also reads the minted JWTs and request bodies it kept.
"""

from __future__ import annotations

import json
from typing import Any

import jwt

from sessionward.authress import AsyncAuthress, Authress
from sessionward.testing import RequestRecorder, Simulator
from sessionward.testing import Twin as BaseTwin
from tests._support import Mode


class Twin(BaseTwin[Authress | AsyncAuthress]):
    """An `Authress` or `AsyncAuthress` behind one async interface."""

    @classmethod
    def build(cls, mode: Mode, base_url: str, **kwargs: Any) -> Twin:
        return cls((Authress if mode == "sync" else AsyncAuthress)(base_url, **kwargs))

    async def list(self, **kwargs: Any) -> list[Any]:
        """All connections `connections.list(**kwargs)` yields."""
        return await self.collect(self.client.connections.list(**kwargs))


class Recorder(RequestRecorder):
    """Keeps each request exactly as the client sent it (after auth), and reads its JWT or body."""

    def tokens(self) -> list[str]:
        """The bearer tokens sent, in order."""
        return [request.headers["Authorization"].removeprefix("Bearer ") for request in self.sent]

    def claims(self, index: int = -1) -> dict[str, Any]:
        """The claims of a sent JWT, unverified."""
        token = self.tokens()[index]
        decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
        return decoded

    def body(self, index: int = -1) -> dict[str, Any]:
        """The JSON body of a sent request."""
        decoded: dict[str, Any] = json.loads(self.sent[index].content)
        return decoded


def answered(sim: Simulator, operation: str) -> list[int | None]:
    """The statuses the simulator answered to requests of `operation`, oldest first."""
    return [record.status for record in sim.requests() if record.operation == operation]


def operations(sim: Simulator) -> list[str | None]:
    """The operationIds of the requests the simulator received, oldest first."""
    return [record.operation for record in sim.requests()]
