"""The ASGI application of one simulator: control API, faults, spec checks, handlers, records.

Per API request, in order: apply the first matching fault (delay, drop, injected answer, damage),
else route it by the spec, let the plug-in authenticate it, refuse it in the vendor's shape if the
spec does not allow it, call the plug-in's handler, check the answer against the spec, and record
the exchange. An answer that breaks the spec, or a handler that raises, is a simulator bug: the
client gets a 500 with a marker body, the bug is logged at error level and kept as a `Violation`.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Iterable

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send

from sessionward.testing import _wire
from sessionward.testing._control import ControlAPI
from sessionward.testing._faults import Fault, FaultBook
from sessionward.testing._plugin import SimulatedAPI
from sessionward.testing._records import RequestRecord, Violation
from sessionward.testing._rejection import Rejection
from sessionward.testing._spec import CONTROL_PREFIX, Contract, Match, SpecRequest, SpecResponse

logger = logging.getLogger("sessionward.testing")

REDACTED = "[REDACTED]"
MARKER_HEADER = "x-sessionward-simulator-bug"
REQUEST_LOG_SIZE = 10_000
DEFAULT_MALFORMED_BODY = "<html><body><h1>502 Bad Gateway</h1></body></html>"

# Query parameters whose values are credentials whatever the spec says (a token parameter an API
# accepts without declaring it, say): kept out of the request log.
_SECRET_QUERY_NAMES = frozenset({"api-token", "api_token", "access_token", "token", "password"})


# The scope key holding the reset generation an exchange began in.
_GENERATION = "sessionward.generation"


class SimulatorApp:
    """One simulated API served as an ASGI application (HTTP only; lifespan is not used).

    `violations` keeps every spec violation since start, `records` the last `REQUEST_LOG_SIZE`
    requests. Both, like the plug-in's state, are touched on the server's event loop only.
    """

    def __init__(self, api: SimulatedAPI, contract: Contract, *, validate_responses: bool) -> None:
        self.api = api
        self.contract = contract
        self.validate_responses = validate_responses
        self.faults = FaultBook()
        self.records: collections.deque[RequestRecord] = collections.deque(maxlen=REQUEST_LOG_SIZE)
        self.violations: list[Violation] = []
        credential_sets = [api.credentials(), *api.other_credentials().values()]
        self._secrets = frozenset(value for values in credential_sets for value in values.values())
        self._secret_query_names = contract.secret_query_names | _SECRET_QUERY_NAMES
        self._control = ControlAPI(self)
        self._stopping: asyncio.Event | None = None
        # Counts resets: an exchange that began before one (a client that left during a delay)
        # is not logged after it, where it would look like the next test's request.
        self._generation = 0

    def reset(self) -> None:
        """Back to the state right after start: seeded data, no faults, an empty request log."""
        self._generation += 1
        self.api.reset()
        self.faults.clear()
        self.records.clear()

    def stop_waiting(self) -> None:
        """End every injected delay now (the server is stopping); call on the server's loop."""
        self._stopping_event().set()

    def _stopping_event(self) -> asyncio.Event:
        if self._stopping is None:
            self._stopping = asyncio.Event()
        return self._stopping

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            await self._control(scope, receive, send)
            return
        if self.api.ignores_trailing_slash and len(path) > 1 and path.endswith("/"):
            trimmed = path.rstrip("/") or "/"
            scope = {**scope, "path": trimmed, "raw_path": trimmed.encode("latin-1")}
        await self._serve_api(scope, receive, send)

    async def _serve_api(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request({**scope, _GENERATION: self._generation}, receive)
        body = await request.body()
        method, path = request.method, request.url.path
        match = self.contract.match(method, path)
        operation = match.operation_id if isinstance(match, Match) else None
        fault = self.faults.take(method, path.removeprefix(self.contract.base_path) or "/", path)
        # Each exchange is recorded before its last bytes go out, so a client that has its answer
        # (or its closed connection) finds the exchange in the log.
        if fault is not None and fault.delay and not await self._pause(fault.delay, receive):
            self._record(request, None, operation, fault)  # the client left during the delay
            return
        if fault is not None and fault.action == "drop":
            self._record(request, None, operation, fault)
            await _wire.drop(scope, receive)
            return
        if fault is not None and fault.status is not None:
            response = _injected(fault.status, fault)
        else:
            response = await self._answer(request, body, match)
        if fault is not None and fault.action == "truncate":
            self._record(request, response.status_code, operation, fault)
            await _wire.send_truncated(
                scope,
                receive,
                send,
                response.status_code,
                response.raw_headers,
                bytes(response.body),
            )
            return
        if fault is not None and fault.action == "malformed":
            response = _malformed(response, fault)
        self._record(request, response.status_code, operation, fault)
        await response(scope, receive, send)

    async def _pause(self, seconds: float, receive: Receive) -> bool:
        """Wait `seconds`; `False` if the client left first (stopping the server ends the wait)."""
        waits = {
            asyncio.ensure_future(asyncio.sleep(seconds)),
            asyncio.ensure_future(self._stopping_event().wait()),
        }
        gone = asyncio.ensure_future(_disconnected(receive))
        done, pending = await asyncio.wait({*waits, gone}, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        return gone not in done

    async def _answer(self, request: Request, body: bytes, match: Match | Rejection) -> Response:
        """Answer a request as the simulator itself would, checked against the spec."""
        if isinstance(match, Rejection):
            return self._reject(request, match)
        spec_request = SpecRequest.build(
            match,
            method=request.method,
            path=request.url.path,
            query=request.query_params,
            headers=request.headers,
            cookies=request.cookies,
            body=body,
        )
        request.scope["path_params"] = match.path_params
        try:
            refusal = self.api.authenticate(request, match.operation_id)
        except Exception as exc:
            logger.exception("%s %s: authenticate() raised", request.method, request.url.path)
            finding = f"authenticate() raised {type(exc).__name__}"
            return self._violated(request, match.operation_id, 500, [finding])
        if refusal is not None:
            return self._checked(request, spec_request, match, refusal)
        problems = self.contract.check_request(spec_request)
        if problems:
            message = f"the request does not match the spec of {match.operation_id}"
            response = self._reject(request, Rejection(400, message, problems, match.operation_id))
            # A refusal is checked only where the spec documents its status: the spec promises
            # nothing about answers to requests it does not allow.
            if self.contract.declares(match, response.status_code) and not _is_marked(response):
                response = self._checked(request, spec_request, match, response)
            return response
        try:
            response = await self.api.handler(match.operation_id)(request)
        except Exception as exc:
            logger.exception(
                "%s %s: the %s handler raised", request.method, request.url.path, match.operation_id
            )
            return self._violated(
                request, match.operation_id, 500, [f"the handler raised {type(exc).__name__}"]
            )
        if not isinstance(response, Response) or not hasattr(response, "body"):
            finding = f"the handler returned {type(response).__name__}, not a Response with a body"
            return self._violated(request, match.operation_id, 500, [finding])
        return self._checked(request, spec_request, match, response)

    def _reject(self, request: Request, rejection: Rejection) -> Response:
        try:
            response = self.api.reject(request, rejection)
        except Exception as exc:
            logger.exception("%s %s: reject() raised", request.method, request.url.path)
            finding = f"reject() raised {type(exc).__name__}"
            return self._violated(request, rejection.operation, 500, [finding])
        if response.status_code == 405 and rejection.allowed and "allow" not in response.headers:
            response.headers["Allow"] = ", ".join(rejection.allowed)
        return response

    def _checked(
        self, request: Request, spec_request: SpecRequest, match: Match, response: Response
    ) -> Response:
        if not self.validate_responses:
            return response
        answer = SpecResponse(
            status_code=response.status_code, headers=response.headers, data=bytes(response.body)
        )
        findings = self.contract.check_response(spec_request, answer, match)
        if findings:
            return self._violated(request, match.operation_id, response.status_code, findings)
        return response

    def _violated(
        self, request: Request, operation: str | None, status: int, findings: Iterable[str]
    ) -> Response:
        message = "; ".join(findings)
        violation = Violation(
            method=request.method,
            path=request.url.path,
            operation=operation,
            status=status,
            message=message,
        )
        self.violations.append(violation)
        logger.error("simulator bug against %s (answered 500): %s", self.contract.source, violation)
        return PlainTextResponse(
            f"SESSIONWARD SIMULATOR BUG (not an API error): {violation}\n"
            f"The simulator broke {self.contract.source}; the test using it will fail.\n",
            status_code=500,
            headers={MARKER_HEADER: "spec-violation"},
        )

    def _record(
        self, request: Request, status: int | None, operation: str | None, fault: Fault | None
    ) -> None:
        if request.scope[_GENERATION] != self._generation:
            return  # begun before the last reset: that log is gone
        record = RequestRecord(
            method=request.method,
            path=request.url.path,
            query=tuple(
                (name, self._masked(name, value))
                for name, value in request.query_params.multi_items()
            ),
            headers=tuple(name.decode("latin-1") for name, _ in request.headers.raw),
            status=status,
            operation=operation,
            fault=None if fault is None else fault.action,
        )
        self.records.append(record)

    def _masked(self, name: str, value: str) -> str:
        if name.lower() in self._secret_query_names or value in self._secrets:
            return REDACTED
        return value


def _is_marked(response: Response) -> bool:
    return MARKER_HEADER in response.headers


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def _injected(status: int, fault: Fault) -> Response:
    headers = dict(fault.headers)
    if fault.body is not None and not any(name.lower() == "content-type" for name in headers):
        headers["content-type"] = "text/plain; charset=utf-8"
    return Response(fault.body or b"", status_code=status, headers=headers)


def _malformed(answer: Response, fault: Fault) -> Response:
    headers = {
        name.decode("latin-1"): value.decode("latin-1")
        for name, value in answer.raw_headers
        if name.lower() not in {b"content-type", b"content-length"}
    }
    headers["content-type"] = "application/json"
    body = DEFAULT_MALFORMED_BODY if fault.body is None else fault.body
    return Response(body, status_code=answer.status_code, headers=headers)
