"""The simulated Dynatrace Managed Cluster API v2: the user-session policy and web UI sessions.

A cluster of three to five nodes with a few environments and users; `size` is the number of
signed-in web UI sessions, spread over the users and nodes. Behaviour follows the vendor's docs:

- Auth is `Authorization: Api-Token <token>` (the documented `api-token` query parameter works
  too). No credential gets 401 "Missing authorization parameter.", an unknown one 401 "Token
  Authentication failed"; a valid token without the `ServiceProviderAPI` scope gets 403.
- The session policy is read and replaced whole. Both limits are 0 ("unlimited") or neither is,
  and the inactivity timeout is at least one second; a request that breaks this gets 400 with the
  Cluster API's `ErrorEnvelope` and one `constraintViolations` item per broken rule.
- Sessions are listed all at once (a bare array, no paging), optionally only one `userId`'s.
  Removing needs `userId` (400 "Bad request. User id must be filled in." without it), answers 404
  when that user has no session, and otherwise ends every session of the user on every node.

Credentials: `credentials()` is a token with the `ServiceProviderAPI` scope (`api_token`);
`other_credentials()["no_scope"]` is a valid token that lacks that scope.
"""

from __future__ import annotations

import re
import string
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sessionward.testing._plugin import SimulatedAPI, operation
from sessionward.testing._rejection import Problem, Rejection
from sessionward.testing._seeding import SEED_EPOCH, SeedRandom

REQUIRED_SCOPE = "ServiceProviderAPI"

_FIRST_NAMES = (
    "jane", "omar", "lena", "tomas", "aiko", "marta", "kofi", "nina", "pavel", "sara", "li",
    "diego", "freya", "arjun", "elif", "jonas",
)  # fmt: skip
_LAST_NAMES = (
    "doe", "haddad", "fischer", "novak", "sato", "garcia", "mensah", "ivanova", "horak", "berg",
    "wei", "ramos", "olsen", "patel", "yilmaz", "keller",
)  # fmt: skip
_SERVICE_ACCOUNTS = ("svc-deploy", "svc-reporting", "ci-pipeline", "ops-automation", "svc-backup")
# How the cluster's users sign in; a user always signs in the same way.
_LOGIN_TYPES = ("LOCAL", "LDAP", "SSO_MANAGED", "DEVOPSTOKEN")
_LOGIN_WEIGHTS = (2, 4, 6, 1)
_BROWSERS = ("Chrome 125", "Chrome 126", "Firefox 126", "Firefox 127", "Edge 125", "Safari 17")
_SYSTEMS = ("Windows 10", "Windows 11", "macOS 14", "Ubuntu", "Fedora")
# (userLimit, adminLimit, logoutInactiveUsersEnabled, userInactivityTimeout)
_POLICIES = ((0, 0, False, 3600), (0, 0, True, 900), (3, 5, True, 1800), (2, 4, True, 900))
# How often a sign-in goes to the Cluster Management Console rather than an environment.
_CMC_SHARE = {"LOCAL": 0.5, "LDAP": 0.1}
_UNSEEN_SHARE = 0.1
_DAY_MS = 24 * 3600 * 1000
_RECENT_MS = 8 * 3600 * 1000
_EPOCH_MS = int(SEED_EPOCH.timestamp() * 1000)
_TOKEN_ALPHABET = string.ascii_uppercase + string.digits
_LOCATIONS = {"body": "PAYLOAD_BODY", "query": "QUERY", "path": "PATH"}
# How the spec check words a missing required member of an object.
_MISSING_MEMBER = re.compile(r"'([^']+)' is a required property")
_PLAIN_MESSAGES = {404: "HTTP 404 Not Found", 405: "HTTP 405 Method Not Allowed"}


class DynatraceAPI(SimulatedAPI):
    """Dynatrace Managed Cluster API v2, user management (see the module docstring)."""

    key = "dynatrace"
    base_path = "/api/cluster/v2"
    default_size = 15

    def reset(self) -> None:
        rng = self.random()
        # Drawn first, so the tokens depend on the seed alone.
        self.token = _api_token(rng)
        self.unscoped_token = _api_token(rng)
        user_limit, admin_limit, logout, timeout = rng.choice(_POLICIES)
        self.config: dict[str, Any] = _config(user_limit, admin_limit, logout, timeout)
        self._seed_sessions(rng)

    def _seed_sessions(self, rng: SeedRandom) -> None:
        nodes = range(1, rng.choice((3, 3, 5)) + 1)
        cluster = str(rng.uuid4())
        environments = [str(rng.uuid4()) for _ in range(rng.randint(2, 5))]
        users = _users(rng, max(6, min(self.size // 4, 10_000)))
        # Each user signs in from one or two devices and addresses; drawing in bulk keeps 100,000
        # sessions fast.
        devices = {user: _device(rng) for user, _ in users}
        addresses = {user: [_address(rng) for _ in range(rng.randint(1, 2))] for user, _ in users}
        count = self.size
        owners = rng.choices(users, k=count)
        node_picks = rng.choices(nodes, k=count)
        environment_picks = rng.choices(environments, k=count)
        ages = sorted(rng.choices(range(2 * _DAY_MS), k=count), reverse=True)
        self.sessions: dict[str, dict[str, Any]] = {}
        # Per user, the ids of their sessions: a user's list and removal cost O(their sessions).
        self.by_user: dict[str, list[str]] = {}
        draw, bits = rng.random, rng.getrandbits
        for index in range(count):
            user, login_type = owners[index]
            age = ages[index]
            session_id = f"{bits(128):032X}"
            session: dict[str, Any] = {
                "userId": user,
                "nodeId": node_picks[index],
                "sessionId": session_id,
                "creationTime": _EPOCH_MS - age,
            }
            if draw() >= _UNSEEN_SHARE:
                # Last seen some time after sign-in, within the last eight hours.
                idle_ms = int(draw() * (min(age, _RECENT_MS) + 1))
                session["lastAccessedTimestamp"] = _EPOCH_MS - idle_ms
            # A sign-in to the Cluster Management Console carries the cluster's UUID.
            console = draw() < _CMC_SHARE.get(login_type, 0.0)
            session["tenantUuid"] = cluster if console else environment_picks[index]
            session["loginType"] = login_type
            session["device"] = devices[user]
            own = addresses[user]
            session["ip"] = own[index % len(own)]
            self.sessions[session_id] = session
            self.by_user.setdefault(user, []).append(session_id)

    def credentials(self) -> dict[str, str]:
        return {"api_token": self.token}

    def other_credentials(self) -> dict[str, dict[str, str]]:
        return {"no_scope": {"api_token": self.unscoped_token}}

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        offered = _offered_token(request)
        if offered == "":
            return _error(401, "Missing authorization parameter.")
        if offered == self.unscoped_token:
            return _error(
                403,
                f"Token is missing required scope. Use one of: {REQUIRED_SCOPE} "
                "(Service Provider API)",
            )
        if offered != self.token:
            return _error(401, "Token Authentication failed")
        return None

    def reject(self, request: Request, rejection: Rejection) -> Response:
        if rejection.status != 400:
            message = _PLAIN_MESSAGES.get(rejection.status, rejection.message)
            return _error(rejection.status, message)
        violations = [_violation(problem) for problem in rejection.problems]
        if rejection.operation == "remove_user_session" and any(
            problem.name == "userId" for problem in rejection.problems
        ):
            return _error(400, "Bad request. User id must be filled in.", _present(violations))
        if all(violation is not None for violation in violations):
            return _error(400, "Constraints violated.", _present(violations))
        # A body that is not JSON, not sent as JSON, or not sent at all cannot be mapped.
        unreadable = "; ".join(_phrase(problem) for problem in rejection.problems)
        return _error(400, f"Could not map JSON: {unreadable}.")

    @operation("get_concurrent_session_policy_config")
    async def get_concurrent_session_policy_config(self, request: Request) -> Response:
        return JSONResponse(self.config)

    @operation("update_concurrent_session_policy_config")
    async def update_concurrent_session_policy_config(self, request: Request) -> Response:
        # The spec's schema (required members, int32, minimum 0 and 1) is checked before this.
        body = await request.json()
        policy, logout = body["concurrentSessionPolicyDto"], body["automaticLogoutDto"]
        # JSON Schema lets an integer be written 1.0; the server maps it to its int fields.
        user_limit, admin_limit = int(policy["userLimit"]), int(policy["adminLimit"])
        if (user_limit == 0) != (admin_limit == 0):
            names = ("userLimit", "adminLimit")
            zero, other = names if user_limit == 0 else names[::-1]
            message = f"must be 0 when {zero} is 0 (both limits are 0 or neither is)"
            violation = _body_violation(f"concurrentSessionPolicyDto.{other}", message)
            return _error(400, "Constraints violated.", [violation])
        self.config = _config(
            user_limit,
            admin_limit,
            logout["logoutInactiveUsersEnabled"],
            int(logout["userInactivityTimeout"]),
        )
        return Response(status_code=200)

    @operation("get_user_sessions")
    async def get_user_sessions(self, request: Request) -> Response:
        user_id = request.query_params.get("userId")
        if user_id is None:
            return JSONResponse(list(self.sessions.values()))
        return JSONResponse([self.sessions[sid] for sid in self.by_user.get(user_id, [])])

    @operation("remove_user_session")
    async def remove_user_session(self, request: Request) -> Response:
        removed = self.by_user.pop(request.query_params["userId"], [])
        if not removed:
            return _error(404, "User sessions not found")
        for session_id in removed:
            del self.sessions[session_id]
        return Response(status_code=200)


def _offered_token(request: Request) -> str | None:
    """The token a request offers: `""` for none at all, `None` for one in a form not taken.

    The token comes from `Authorization: Api-Token <token>`, or without that header from the
    `api-token` query parameter. Another scheme (`Bearer`), or a bare token, is not taken.
    """
    header = request.headers.get("authorization", "").strip()
    if not header:
        return request.query_params.get("api-token", "")
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "api-token" else None


def _config(user_limit: int, admin_limit: int, logout: bool, timeout: int) -> dict[str, Any]:
    return {
        "concurrentSessionPolicyDto": {"userLimit": user_limit, "adminLimit": admin_limit},
        "automaticLogoutDto": {
            "logoutInactiveUsersEnabled": logout,
            "userInactivityTimeout": timeout,
        },
    }


def _users(rng: SeedRandom, count: int) -> list[tuple[str, str]]:
    """Draw `count` distinct users with how each signs in; the first is the local `admin`."""
    users = {"admin": "LOCAL"}
    while len(users) < count:
        login_type = rng.choices(_LOGIN_TYPES, weights=_LOGIN_WEIGHTS)[0]
        first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
        if login_type == "SSO_MANAGED":
            user = f"{first}.{last}@example.com"
        elif login_type == "DEVOPSTOKEN":
            user = rng.choice(_SERVICE_ACCOUNTS)
        else:
            user = f"{first}.{last}"
        if user in users:
            user = f"{user}{len(users)}" if login_type != "SSO_MANAGED" else f"{len(users)}.{user}"
        users[user] = login_type
    return list(users.items())


def _device(rng: SeedRandom) -> str:
    return f"{rng.choice(_BROWSERS)} on {rng.choice(_SYSTEMS)}"


def _address(rng: SeedRandom) -> str:
    # Many cluster users sign in from the corporate network.
    if rng.random() < 0.4:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return rng.ipv4()


def _api_token(rng: SeedRandom) -> str:
    """Draw a token in the vendor's format: `dt0c01.<24 characters>.<64 characters>`."""

    def part(length: int) -> str:
        return "".join(rng.choices(_TOKEN_ALPHABET, k=length))

    return f"dt0c01.{part(24)}.{part(64)}"


def _violation(problem: Problem) -> dict[str, str] | None:
    """The constraint violation a problem is, or `None` when the request could not be read."""
    if problem.location in {"query", "path"}:
        return {
            "path": problem.name,
            "message": problem.message,
            "parameterLocation": _LOCATIONS[problem.location],
            "location": problem.name,
        }
    if problem.location != "body":
        return None
    missing = _MISSING_MEMBER.fullmatch(problem.message)
    if missing is not None:
        # Bean Validation names the missing member itself: "automaticLogoutDto must not be null".
        path = ".".join(part for part in (problem.name, missing.group(1)) if part)
        return _body_violation(path, "must not be null")
    return _body_violation(problem.name, problem.message) if problem.name else None


def _present(violations: list[dict[str, str] | None]) -> list[dict[str, str]]:
    return [violation for violation in violations if violation is not None]


def _body_violation(path: str, message: str) -> dict[str, str]:
    return {"path": path, "message": message, "parameterLocation": "PAYLOAD_BODY"}


def _phrase(problem: Problem) -> str:
    subject = problem.name or ("the request body" if problem.location == "body" else "request")
    return f"{subject} {problem.message}"


def _error(status: int, message: str, violations: list[dict[str, str]] | None = None) -> Response:
    error: dict[str, Any] = {"code": status, "message": message}
    if violations:
        error["constraintViolations"] = violations
    return JSONResponse({"error": error}, status_code=status)
