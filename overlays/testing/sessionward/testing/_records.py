"""What a simulator remembers about the traffic it served: request records and spec violations.

Both are plain frozen values that travel as JSON over the control API (`to_json` / `from_json`),
so the handle in a test process and the server agree on one shape. A request record holds header
*names* only and query values with credentials masked: nothing here may carry a secret.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

JSONObject = dict[str, Any]


@dataclasses.dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request a simulator received on its API (control requests under `/_sim/` are not kept).

    `path` is the path as the client sent it (base path included); `query` keeps the pairs in order
    with credential values replaced by `"[REDACTED]"`; `headers` are the lower-case header names in
    the order received, never their values. `status` is what the simulator answered, or `None` when
    it answered nothing (a dropped connection, or a client that left during a delay). `operation` is
    the spec's operationId when the request matched one, and `fault` the action of the injected
    fault that applied, if any.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: tuple[str, ...]
    status: int | None
    operation: str | None
    fault: str | None

    def to_json(self) -> JSONObject:
        """Return this record as a JSON object."""
        return {
            "method": self.method,
            "path": self.path,
            "query": [list(pair) for pair in self.query],
            "headers": list(self.headers),
            "status": self.status,
            "operation": self.operation,
            "fault": self.fault,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RequestRecord:
        """Rebuild a record from `to_json` output."""
        return cls(
            method=data["method"],
            path=data["path"],
            query=tuple((str(name), str(value)) for name, value in data["query"]),
            headers=tuple(data["headers"]),
            status=data["status"],
            operation=data["operation"],
            fault=data["fault"],
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Violation:
    """One response a simulator produced that its spec does not allow, or a handler that raised.

    The client of that request received a 500 with a marker body instead of the bad response.
    """

    method: str
    path: str
    operation: str | None
    status: int
    message: str

    def __str__(self) -> str:
        where = f" ({self.operation})" if self.operation else ""
        return f"{self.method} {self.path}{where} -> {self.status}: {self.message}"

    def to_json(self) -> JSONObject:
        """Return this violation as a JSON object."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Violation:
        """Rebuild a violation from `to_json` output."""
        return cls(
            method=data["method"],
            path=data["path"],
            operation=data["operation"],
            status=data["status"],
            message=data["message"],
        )
