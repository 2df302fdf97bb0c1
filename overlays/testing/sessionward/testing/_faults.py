"""Injected faults: what to do to the next N requests that match a method and a path.

A `Fault` is a plain value that travels as JSON over the control API; the `FaultBook` keeps the
armed faults of one simulator in the order they were added and hands out the first one matching
each request, counting it down. Faults are deliberate: what they answer is never validated.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import math
from collections.abc import Mapping
from typing import Any, Literal, cast, get_args

FaultAction = Literal["respond", "drop", "truncate", "malformed"]
FAULT_ACTIONS: tuple[FaultAction, ...] = get_args(FaultAction)

MAX_DELAY = 600.0
# The framework computes these itself; a fault that set them would produce a broken response by
# accident rather than by design (use action "truncate" for that).
_RESERVED_HEADERS = frozenset({"content-length", "transfer-encoding"})


@dataclasses.dataclass(frozen=True, slots=True)
class Fault:
    """A fault for the next `times` requests matching `method` and `path`.

    - `method`: an HTTP method, or `"*"` for any.
    - `path`: the request path, exact or a glob (`*`, `?`, `[...]`; `*` also crosses `/`); it is
      matched against the path relative to the API's base path (the spec's path, `/api-sessions`)
      and against the full path the client sent.
    - `times`: how many matching requests it applies to; `None` for every one until cleared.
    - `delay`: seconds to wait before acting (the client can time out meanwhile).
    - `action`: what to do after the delay:
      `"respond"` answers `status`, `headers`, `body` (or, without `status`, answers normally);
      `"drop"` closes the connection without any response;
      `"truncate"` sends the answer's headers with its full `Content-Length`, then only the first
      half of its body, then closes the connection;
      `"malformed"` sends the answer with `Content-Type: application/json` and a body that is not
      JSON (`body`, or a default HTML snippet).
      For `"truncate"` and `"malformed"`, the answer is the injected one when `status` is given,
      else the simulator's normal answer.
    """

    method: str = "*"
    path: str = "*"
    action: FaultAction = "respond"
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    delay: float = 0.0
    times: int | None = 1

    def __post_init__(self) -> None:
        problems = list(self._problems())
        if problems:
            raise ValueError("; ".join(problems))

    def _problems(self) -> list[str]:
        problems = []
        if self.action not in FAULT_ACTIONS:
            problems.append(f"action must be one of {', '.join(FAULT_ACTIONS)}")
        if not self.method or any(char.isspace() for char in self.method):
            problems.append("method must be an HTTP method or *")
        if not (self.path.startswith("/") or self.path.startswith("*")):
            problems.append("path must start with / (or be a glob starting with *)")
        if self.status is not None and not 100 <= self.status <= 599:
            problems.append("status must be between 100 and 599")
        if not (math.isfinite(self.delay) and 0 <= self.delay <= MAX_DELAY):
            problems.append(f"delay must be between 0 and {MAX_DELAY:g} seconds")
        if self.times is not None and self.times < 1:
            problems.append("times must be 1 or more (or null for no limit)")
        if self.action == "respond" and self.status is None and self.delay == 0:
            problems.append("a respond fault needs a status or a delay")
        for name, _ in self.headers:
            if name.lower() in _RESERVED_HEADERS:
                problems.append(f"header {name} is set by the simulator")
        return problems

    def matches(self, method: str, relative_path: str, full_path: str) -> bool:
        """Whether a request with this method and path is one this fault applies to."""
        if self.method != "*" and self.method.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(relative_path, self.path) or fnmatch.fnmatchcase(
            full_path, self.path
        )

    def to_json(self) -> dict[str, Any]:
        """Return this fault as the JSON object the control API takes and returns."""
        data = dataclasses.asdict(self)
        data["headers"] = dict(self.headers)
        return data

    @classmethod
    def from_json(cls, data: object) -> Fault:
        """Parse a control API fault object; raises `ValueError` saying what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError("a fault is a JSON object")
        unknown = set(data) - {field.name for field in dataclasses.fields(cls)}
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        headers = data.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(
            isinstance(name, str) and isinstance(value, str) for name, value in headers.items()
        ):
            raise ValueError("headers must be an object of strings")
        fault = cls(
            method=_typed(data, "method", str, "*"),
            path=_typed(data, "path", str, "*"),
            action=cast(FaultAction, _typed(data, "action", str, "respond")),
            status=_optional_int(data, "status", None),
            headers=tuple(headers.items()),
            body=_typed(data, "body", (str, type(None)), None),
            delay=float(_typed(data, "delay", (int, float), 0.0)),
            times=_optional_int(data, "times", 1),
        )
        return fault


def _typed(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], default: Any) -> Any:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ValueError(f"{name} has the wrong type")
    return value


def _optional_int(data: Mapping[str, Any], name: str, default: int | None) -> int | None:
    value = data.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer or null")
    return value


class FaultBook:
    """The armed faults of one simulator. Used from the server's event loop only: no locking."""

    def __init__(self) -> None:
        self._armed: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Arm `fault` after those already armed (the first match wins)."""
        self._armed.append(fault)

    def take(self, method: str, relative_path: str, full_path: str) -> Fault | None:
        """Take the first armed fault matching the request, counting it down; `None` if none."""
        for index, fault in enumerate(self._armed):
            if fault.matches(method, relative_path, full_path):
                if fault.times is None:
                    return fault
                if fault.times == 1:
                    del self._armed[index]
                else:
                    self._armed[index] = dataclasses.replace(fault, times=fault.times - 1)
                return fault
        return None

    def armed(self) -> list[Fault]:
        """Return the faults still armed, `times` being the requests each still applies to."""
        return list(self._armed)

    def clear(self) -> None:
        """Disarm every fault."""
        self._armed.clear()
