"""The handle of a running simulator: where it is, how to authenticate, and its control helpers.

Every helper is one HTTP call to the control API under `/_sim/` (with the standard library's
`http.client`, so the handle adds no dependency and holds no connection between calls). The
server runs in its own thread with its own event loop, so these blocking helpers are safe to call
from async tests as well.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Mapping
from typing import Any, Final, Generic, cast
from urllib.parse import urlsplit

from typing_extensions import TypeVar

from sessionward.testing._errors import SimulatorError
from sessionward.testing._faults import Fault, FaultAction
from sessionward.testing._records import RequestRecord, Violation

CONTROL_TIMEOUT = 10.0


class _Unset:
    """The type of `UNSET`: "no JSON body given", where `None` is a JSON body (`null`)."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

# What `credentials` holds: a TypedDict per built-in API (see `_credentials`), plain strings for
# a plug-in's simulator (and for a bare `Simulator` annotation).
CredentialsT = TypeVar("CredentialsT", bound=Mapping[str, object], default=dict[str, str])


class Simulator(Generic[CredentialsT]):
    """A running simulated API, as a test or a script sees it.

    - `api`: the API key, as `apis.toml` registers it.
    - `base_url`: what a client of the API takes: `http://127.0.0.1:<port>` plus the spec's server
      path prefix (`/api/v2`, say), no trailing slash.
    - `origin`: scheme, host and port only; the control API is at `origin + "/_sim"`.
    - `credentials`: the keyword arguments of the API's overlay client that authenticate it
      (kept out of `repr`), so that `Client(sim.base_url, **sim.credentials)` works.
    - `other_credentials`: further credential sets by name (a non-admin user, another auth
      scheme, ...), as the simulated API documents them.

    The helpers raise `SimulatorError` when the control API refuses a call or cannot be reached.
    """

    def __init__(
        self,
        *,
        api: str,
        origin: str,
        base_url: str,
        credentials: Mapping[str, str],
        other_credentials: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        self.api = api
        self.origin = origin
        self.base_url = base_url
        self.credentials: CredentialsT = cast(CredentialsT, dict(credentials))
        self.other_credentials = {
            name: dict(values) for name, values in (other_credentials or {}).items()
        }
        parts = urlsplit(origin)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or 80

    def __repr__(self) -> str:
        return f"<Simulator api={self.api!r} base_url={self.base_url!r}>"

    def reset(self) -> None:
        """Seeded state back, every fault disarmed, the request log emptied."""
        self._call("POST", "/_sim/reset")

    def inject_fault(
        self,
        method: str = "*",
        path: str = "*",
        *,
        action: FaultAction = "respond",
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: str | None = None,
        json: object = UNSET,
        delay: float = 0.0,
        times: int | None = 1,
    ) -> Fault:
        """Arm a fault for the next `times` requests matching `method` and `path`.

        See `Fault` for the meaning of each argument. `json=` is a shortcut for a JSON `body`
        with `Content-Type: application/json`. Examples::

            sim.inject_fault("GET", "/api-sessions", status=503, times=2)
            sim.inject_fault("GET", "/api-sessions", status=429, headers={"Retry-After": "1"})
            sim.inject_fault("*", "*", delay=2.0)
            sim.inject_fault("DELETE", "/api-sessions/*", action="drop")

        Returns the fault as armed; raises `SimulatorError` if the control API refuses it.
        """
        fault_headers = dict(headers or {})
        if json is not UNSET:
            body = _json_text(json)
            fault_headers.setdefault("Content-Type", "application/json")
        try:
            fault = Fault(
                method=method,
                path=path,
                action=action,
                status=status,
                headers=tuple(fault_headers.items()),
                body=body,
                delay=delay,
                times=times,
            )
        except ValueError as exc:
            raise SimulatorError(f"invalid fault: {exc}") from exc
        return Fault.from_json(self._call("POST", "/_sim/faults", fault.to_json()))

    def faults(self) -> list[Fault]:
        """Return the armed faults in matching order; `times` is what each has left."""
        return [Fault.from_json(item) for item in self._call("GET", "/_sim/faults")["faults"]]

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self._call("DELETE", "/_sim/faults")

    def requests(self) -> list[RequestRecord]:
        """Return the requests received on the API since start or the last reset, oldest first."""
        records = self._call("GET", "/_sim/requests")["requests"]
        return [RequestRecord.from_json(item) for item in records]

    def clear_requests(self) -> None:
        """Empty the request log."""
        self._call("DELETE", "/_sim/requests")

    def violations(self) -> list[Violation]:
        """Every spec violation of the simulator since start (a reset does not forget them)."""
        items = self._call("GET", "/_sim/violations")["violations"]
        return [Violation.from_json(item) for item in items]

    def _call(self, method: str, path: str, payload: object = None) -> Any:
        connection = http.client.HTTPConnection(self._host, self._port, timeout=CONTROL_TIMEOUT)
        try:
            body = None if payload is None else _json_text(payload).encode("utf-8")
            headers = {} if body is None else {"Content-Type": "application/json"}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except OSError as exc:
            raise SimulatorError(f"the {self.api} control API is unreachable: {exc}") from exc
        finally:
            connection.close()
        parsed = json.loads(data) if data else None
        if response.status >= 400:
            detail = parsed.get("error") if isinstance(parsed, dict) else data.decode("latin-1")
            raise SimulatorError(f"{method} {path} refused ({response.status}): {detail}")
        return parsed


def _json_text(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))
