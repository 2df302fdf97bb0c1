"""The control API under `/_sim/`: reset, faults, request log, violations; loopback clients only.

| method and path         | does                                                    | answers  |
| ----------------------- | ------------------------------------------------------- | -------- |
| `GET /_sim/health`      | tells which API this is                                 | 200 JSON |
| `POST /_sim/reset`      | seeded state back, faults cleared, request log emptied  | 204      |
| `GET /_sim/faults`      | the armed faults (`times` = requests still to affect)   | 200 JSON |
| `POST /_sim/faults`     | arms one fault (a `Fault` as JSON)                      | 201 JSON |
| `DELETE /_sim/faults`   | disarms every fault                                     | 204      |
| `GET /_sim/requests`    | the request log, oldest first                           | 200 JSON |
| `DELETE /_sim/requests` | empties the request log                                 | 204      |
| `GET /_sim/violations`  | every spec violation since start                        | 200 JSON |

A client that is not on a loopback address gets 403: the control API can rewrite the
simulator's behaviour and read its traffic, so it must not be reachable from another host even
when the simulator listens on a public interface.
"""

from __future__ import annotations

import collections
import ipaddress
import json
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from sessionward.testing._faults import Fault, FaultBook
from sessionward.testing._plugin import SimulatedAPI
from sessionward.testing._records import RequestRecord, Violation
from sessionward.testing._spec import Contract


class ControlledApp(Protocol):
    """What the control API reads and resets of the simulator it belongs to."""

    api: SimulatedAPI
    contract: Contract
    faults: FaultBook
    records: collections.deque[RequestRecord]
    violations: list[Violation]

    def reset(self) -> None:
        """Put the seeded state back, clear the faults and the request log."""


_Endpoint = Callable[[Request], Awaitable[Response]]


def is_loopback_client(client: tuple[str, int] | None) -> bool:
    """Whether an ASGI `client` (host, port) is on a loopback address (IPv4, IPv6, or mapped)."""
    if client is None:
        return False
    try:
        address = ipaddress.ip_address(client[0].split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


class ControlAPI:
    """The `/_sim/` endpoints of one simulator (see the module docstring)."""

    def __init__(self, app: ControlledApp) -> None:
        self._app = app
        self._routes: dict[tuple[str, str], _Endpoint] = {
            ("GET", "/_sim/health"): self._health,
            ("POST", "/_sim/reset"): self._reset,
            ("GET", "/_sim/faults"): self._list_faults,
            ("POST", "/_sim/faults"): self._add_fault,
            ("DELETE", "/_sim/faults"): self._clear_faults,
            ("GET", "/_sim/requests"): self._list_requests,
            ("DELETE", "/_sim/requests"): self._clear_requests,
            ("GET", "/_sim/violations"): self._list_violations,
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response: Response
        if not is_loopback_client(scope.get("client")):
            response = _error(403, "the control API answers loopback clients only")
        else:
            endpoint = self._routes.get((request.method, request.url.path.rstrip("/")))
            if endpoint is None:
                response = _error(404, f"no control endpoint {request.method} {request.url.path}")
            else:
                response = await endpoint(request)
        await response(scope, receive, send)

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"api": self._app.api.key, "base_path": self._app.contract.base_path})

    async def _reset(self, request: Request) -> Response:
        self._app.reset()
        return Response(status_code=204)

    async def _list_faults(self, request: Request) -> Response:
        return JSONResponse({"faults": [fault.to_json() for fault in self._app.faults.armed()]})

    async def _add_fault(self, request: Request) -> Response:
        try:
            fault = Fault.from_json(await _json_body(request))
        except ValueError as exc:
            return _error(400, f"invalid fault: {exc}")
        self._app.faults.add(fault)
        return JSONResponse(fault.to_json(), status_code=201)

    async def _clear_faults(self, request: Request) -> Response:
        self._app.faults.clear()
        return Response(status_code=204)

    async def _list_requests(self, request: Request) -> Response:
        return JSONResponse({"requests": [record.to_json() for record in self._app.records]})

    async def _clear_requests(self, request: Request) -> Response:
        self._app.records.clear()
        return Response(status_code=204)

    async def _list_violations(self, request: Request) -> Response:
        violations = [violation.to_json() for violation in self._app.violations]
        return JSONResponse({"violations": violations})


async def _json_body(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except ValueError as exc:
        raise ValueError("the body is not JSON") from exc


def _error(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)
