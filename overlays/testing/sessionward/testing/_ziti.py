"""The simulated OpenZiti Edge Management API: API sessions, logging in and logging out (`ziti`).

State: a handful of identities (the admin "Default Admin", a non-admin operator who logs in with a
password, and certificate-based devices and services) and `size` API sessions spread across them.
`POST /authenticate?method=password` checks a username and password and opens a new API session
whose `token` is the `zt-session` header value from then on. A session opened that way expires
after `session_timeout` (30 minutes unless a subclass sets another) without use; every
authenticated call refreshes its `lastActivityAt` and `expiresAt`, and an expired or deleted
token gets `401 UNAUTHORIZED`. Seeded sessions stand for clients elsewhere that keep their
sessions alive, so they do not expire; their tokens work as `zt-session` too.

The list takes `limit` (default 10, also for a limit below 1; capped at 500), `offset` (below 0
counts as 0) and a ZitiQL `filter` (see `_ziti_filter`) over the fields in
`meta.filterableFields`; as upstream, `skip` and `limit` inside the filter win over the query
parameters, and an empty filter counts as absent. Unsorted lists come in creation order. A
filter the simulator cannot parse is `400 INVALID_FILTER`, a limit or offset that is not an integer
`400 INVALID_PAGINATION`, each with the reason in `error.cause`.
Listing, reading and deleting other sessions needs an admin identity: others get `401` (`403` on
delete, as upstream). Deleting one's own session, or `DELETE /current-api-session`, logs out.
Subclasses may override `now()` to drive the idle timeout from a test's own clock.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Mapping
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sessionward.testing._plugin import SimulatedAPI, operation
from sessionward.testing._rejection import Problem, Rejection
from sessionward.testing._seeding import SeedRandom
from sessionward.testing._ziti_filter import FilterError, Query, parse
from sessionward.testing._ziti_model import (
    FIELDS,
    ApiSession,
    seed_identities,
    seed_sessions,
    stamp,
)

META: dict[str, Any] = {"apiVersion": "0.0.1", "apiEnrollmentVersion": "0.0.1"}
DEFAULT_LIMIT = 10
MAX_LIMIT = 500
_ADMIN_ONLY = frozenset({"list_api_sessions", "detail_api_sessions", "delete_api_sessions"})
# How the framework reports an absent request body that the spec does not require.
_NO_BODY = Problem("body", "", "is invalid")
_EMPTY_FILTER = Problem("query", "filter", "must not be empty", "")
_UNAUTHORIZED = (
    "The request could not be completed. The session is not authorized or the credentials "
    "are invalid"
)


class _ControllerJSON(JSONResponse):
    """A JSON answer with the controller's content type, charset included."""

    media_type = "application/json; charset=utf-8"


class ZitiAPI(SimulatedAPI):
    """The OpenZiti Edge Management API's API sessions; see the module docstring.

    `credentials()` logs in as the admin (`username`, `password`); `other_credentials()` has
    `"operator"`, a non-admin identity with a password login. Set `session_timeout` in a subclass
    for another idle timeout, and override `now()` for a test clock.
    """

    key = "ziti"
    base_path = "/edge/management/v1"
    default_size = 40
    session_timeout: ClassVar[datetime.timedelta] = datetime.timedelta(minutes=30)

    def now(self) -> datetime.datetime:
        """The current instant (UTC); the idle timeout and new sessions' timestamps use it."""
        return datetime.datetime.now(datetime.UTC)

    def reset(self) -> None:
        rng = self.random()
        self.identities = seed_identities(rng)
        self.sessions: dict[str, ApiSession] = {}
        self.tokens: dict[str, ApiSession] = {}
        self._expiring: dict[str, ApiSession] = {}
        self._runtime = SeedRandom(f"{self.key}:{self.seed}:runtime")
        # Oldest first: unsorted lists come in creation order.
        for session in seed_sessions(rng, self.identities, self.size):
            self._add(session)

    def credentials(self) -> dict[str, str]:
        admin = self.identities[0]
        assert admin.username is not None and admin.password is not None
        return {"username": admin.username, "password": admin.password}

    def other_credentials(self) -> dict[str, dict[str, str]]:
        operator = self.identities[1]
        assert operator.username is not None and operator.password is not None
        return {"operator": {"username": operator.username, "password": operator.password}}

    def _add(self, session: ApiSession) -> None:
        self.sessions[session.id] = session
        self.tokens[session.token] = session
        if session.expires:
            self._expiring[session.id] = session

    def _remove(self, session: ApiSession) -> None:
        del self.sessions[session.id]
        del self.tokens[session.token]
        self._expiring.pop(session.id, None)

    def _expire(self, now: float) -> None:
        # Only sessions opened at runtime expire, and there are few: a scan per request is cheap.
        for session in list(self._expiring.values()):
            if now - session.last_activity_at > self.session_timeout.total_seconds():
                self._remove(session)

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        if operation_id == "authenticate":
            return None
        now = self.now().timestamp()
        self._expire(now)
        token = request.headers.get("zt-session")
        session = self.tokens.get(token) if token else None
        if session is None:
            return self._error(401, "UNAUTHORIZED", _UNAUTHORIZED, challenge=True)
        session.last_activity_at = now
        request.state.session = session
        if operation_id in _ADMIN_ONLY and not session.identity.is_admin:
            status = 403 if operation_id == "delete_api_sessions" else 401
            return self._error(status, "UNAUTHORIZED", _UNAUTHORIZED, challenge=status == 401)
        return None

    def reject(self, request: Request, rejection: Rejection) -> Response:
        if rejection.status == 404:
            return self._error(
                404, "NOT_FOUND", "The resource requested was not found or is no longer available"
            )
        if rejection.status == 405:
            return self._error(
                405, "METHOD_NOT_ALLOWED", "The resource requested does not support this HTTP verb"
            )
        if rejection.operation == "authenticate" and rejection.problems == (_NO_BODY,):
            # The framework refuses an absent body even where the spec makes it optional (as
            # authenticate's is: `cert` logins send none); answer as the handler would.
            return self._login(request, request.query_params.get("method", ""), {})
        if rejection.operation == "list_api_sessions":
            if rejection.problems == (_EMPTY_FILTER,):
                # The framework refuses `filter=`; upstream reads it as no filter. (An empty
                # limit or offset is not an integer, as the spec wants, so it stays refused.)
                kept = {k: v for k, v in request.query_params.items() if k != "filter"}
                return self._list(kept)
            paging = [p for p in rejection.problems if p.name in {"limit", "offset"}]
            if paging:
                reason = f"could not parse {paging[0].name}, value is not an integer"
                return self._error(
                    400,
                    "INVALID_PAGINATION",
                    "The pagination properties provided are invalid",
                    cause=_field_error(paging[0].name, reason, paging[0].value),
                    cause_message=reason,
                )
        problem = rejection.problems[0] if rejection.problems else None
        if problem is not None and problem.location == "query" and problem.name == "method":
            return self._error(
                400,
                "INVALID_AUTH_METHOD",
                "The supplied authentication method is not valid",
                cause=_field_error(problem.name, problem.message, problem.value),
            )
        cause: Any = ""
        if problem is not None:
            name = problem.name or "(root)"
            # Never echo a password back, even a malformed one.
            value = None if "password" in name.lower() else problem.value
            cause = _field_error(name, problem.message, value)
        return self._error(
            400,
            "COULD_NOT_VALIDATE",
            "The supplied request contains an invalid document",
            cause=cause,
            cause_message="schema validation failed",
        )

    def _error(
        self,
        status: int,
        code: str,
        message: str,
        *,
        cause: Any = "",
        cause_message: str = "",
        url_vars: Mapping[str, str] | None = None,
        challenge: bool = False,
    ) -> _ControllerJSON:
        error = {
            "args": {"urlVars": dict(url_vars or {})},
            "cause": cause,
            "causeMessage": cause_message,
            "code": code,
            "message": message,
            "requestId": str(self._runtime.uuid4()),
        }
        headers = {"WWW-Authenticate": 'zt-session realm="openziti"'} if challenge else None
        return _ControllerJSON({"error": error, "meta": META}, status_code=status, headers=headers)

    def _not_found(self, session_id: str) -> _ControllerJSON:
        message = "The resource requested was not found or is no longer available"
        return self._error(404, "NOT_FOUND", message, cause=None, url_vars={"id": session_id})

    def _current(self, session: ApiSession) -> dict[str, Any]:
        data = session.to_json(link="./current-api-session")
        expires = session.last_activity_at + self.session_timeout.total_seconds()
        data["expiresAt"] = stamp(expires)
        data["expirationSeconds"] = int(self.session_timeout.total_seconds())
        return {"meta": META, "data": data}

    @operation("authenticate")
    async def authenticate_password(self, request: Request) -> Response:
        body: dict[str, Any] = await request.json() if await request.body() else {}
        return self._login(request, request.query_params["method"], body)

    def _login(self, request: Request, method: str, body: Mapping[str, Any]) -> Response:
        if method != "password":
            # No client certificate or external JWT can reach a plain loopback HTTP listener.
            return self._error(401, "INVALID_AUTH", "The authentication request failed")
        missing = [name for name in ("username", "password") if not body.get(name)]
        if missing:
            return self._error(
                400,
                "COULD_NOT_VALIDATE",
                "The supplied request contains an invalid document",
                cause=_field_error(missing[0], "is required", None),
                cause_message="schema validation failed",
            )
        identity = next(
            (
                candidate
                for candidate in self.identities
                if candidate.username == body["username"] and candidate.password is not None
            ),
            None,
        )
        if identity is None or identity.password != body["password"]:
            return self._error(401, "INVALID_AUTH", "The authentication request failed")
        now = self.now().timestamp()
        self._expire(now)
        session = ApiSession(
            id=str(self._runtime.uuid4()),
            token=str(self._runtime.uuid4()),
            identity=identity,
            ip_address=request.client.host if request.client else "127.0.0.1",
            created_at=now,
            last_activity_at=now,
            config_types=tuple(body.get("configTypes") or ()),
            is_mfa_required=False,
            is_mfa_complete=False,
            is_cert_extendable=False,
            tags={},
            expires=True,
        )
        self._add(session)
        return _ControllerJSON(self._current(session), headers={"zt-session": session.token})

    @operation("get_current_api_session")
    async def get_current_api_session(self, request: Request) -> Response:
        return _ControllerJSON(self._current(request.state.session))

    @operation("delete_current_api_session")
    async def delete_current_api_session(self, request: Request) -> Response:
        self._remove(request.state.session)
        return _ControllerJSON({"meta": META, "data": {}})

    @operation("list_api_sessions")
    async def list_api_sessions(self, request: Request) -> Response:
        return self._list(request.query_params)

    def _list(self, params: Mapping[str, str]) -> Response:
        text = params.get("filter", "")
        try:
            query: Query[ApiSession] = parse(text, FIELDS)
        except FilterError as exc:
            return self._error(
                400,
                "INVALID_FILTER",
                "The filter query supplied is invalid",
                cause=_field_error("filter", str(exc), text),
                cause_message=str(exc),
            )
        # As upstream: `skip` and `limit` inside the filter win over the query parameters.
        limit = query.limit if query.limit is not None else int(params.get("limit") or 0)
        offset = query.skip if query.skip is not None else int(params.get("offset") or 0)
        limit = DEFAULT_LIMIT if limit < 1 else min(limit, MAX_LIMIT)
        offset = max(offset, 0)
        page, total = _page(self.sessions, query, offset, limit)
        body = {
            "meta": {
                **META,
                "filterableFields": list(FIELDS),
                "pagination": {"limit": limit, "offset": offset, "totalCount": total},
            },
            "data": [session.to_json() for session in page],
        }
        return _ControllerJSON(body)

    @operation("detail_api_sessions")
    async def detail_api_sessions(self, request: Request) -> Response:
        session = self.sessions.get(request.path_params["id"])
        if session is None:
            return self._not_found(request.path_params["id"])
        return _ControllerJSON({"meta": META, "data": session.to_json()})

    @operation("delete_api_sessions")
    async def delete_api_sessions(self, request: Request) -> Response:
        session = self.sessions.get(request.path_params["id"])
        if session is None:
            return self._not_found(request.path_params["id"])
        self._remove(session)
        return _ControllerJSON({"meta": META, "data": {}})


def _page(
    sessions: Mapping[str, ApiSession], query: Query[ApiSession], offset: int, limit: int
) -> tuple[list[ApiSession], int]:
    """One page of the sessions that match, and how many match in all."""
    if query.predicate is None and not query.sort:
        # Unfiltered and unsorted: slice the creation order without copying every session.
        page = list(itertools.islice(sessions.values(), offset, offset + limit))
        return page, len(sessions)
    predicate = query.predicate
    matching = [s for s in sessions.values() if predicate is None or predicate(s)]
    for name, descending in reversed(query.sort):
        read = FIELDS[name].read
        # A stable sort per key, last key first, gives a multi-key sort with mixed directions.
        matching.sort(key=lambda session: _sort_key(read(session)), reverse=descending)
    return matching[offset : offset + limit], len(matching)


def _sort_key(value: object) -> tuple[bool, Any]:
    return (value is not None, value)


def _field_error(field: str, reason: str, value: object) -> dict[str, Any]:
    return {"field": field, "reason": reason, "value": value, "message": f"{field}: {reason}"}
