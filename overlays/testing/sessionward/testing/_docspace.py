"""The simulated ONLYOFFICE DocSpace API: the active connections (login events) of a portal.

The portal has one administrator and four members. Each user holds one session token: the token
of one of their login events, sent as the `asc_auth_key` cookie or in `Authorization` (with or
without `Bearer `). As on the real server, the token is tied to its login event: closing that
event (by `logout/{id}`, `logoutall`, `logoutallexceptthis` from a header-authenticated call, or
`logoutallchangepassword`) makes the token answer 401 until the next reset. Each user also has a
personal API key, header only, tied to no login event. `size` is the number of the
administrator's login events (at least one); each member has one to four.

What counts as the "current" connection follows the server too: only the `asc_auth_key` cookie
names one. With the cookie, `list` puts that login event first and reports its id as
`loginEvent`, and `logoutallexceptthis` keeps it; with a header token `loginEvent` is 0 and
`logoutallexceptthis` closes every connection of the caller, the token's own included.
`logout/{id}` answers `false` for an unknown id and 403 for another user's connection unless the
caller is an administrator; `logoutall/{userId}` is for administrators only (403). Errors carry
the vendor's `ErrorApiResponse`; 403 has no body.

Credentials: `credentials()` is the administrator's session token (`token`; the same value works
as the overlay's `auth_cookie`). `other_credentials()` adds `"member"` (a member's session
token) and `"api_key"` (the administrator's personal API key).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sessionward.testing._plugin import SimulatedAPI, operation
from sessionward.testing._rejection import Rejection
from sessionward.testing._seeding import SeedRandom

TENANT_ID = 1
MEMBERS = 4
COOKIE = "asc_auth_key"

_FIRST_NAMES = (
    "Jane", "Oliver", "Amara", "Lukas", "Mei", "Diego", "Sofia", "Noah", "Ingrid", "Ravi",
    "Chloe", "Mateo", "Hana", "Piotr", "Zanele", "Emil",
)  # fmt: skip
_LAST_NAMES = (
    "Smith", "Novak", "Okafor", "Berg", "Chen", "Alvarez", "Rossi", "Kowalski", "Haas", "Tanaka",
    "Dubois", "Ozols", "Silva", "Nakamura", "Moreau", "Jensen",
)  # fmt: skip
_BROWSERS = (
    "Chrome 124.0", "Chrome 125.0", "Chrome 126.0", "Firefox 125.0", "Firefox 126.0",
    "Edge 124.0", "Edge 125.0", "Safari 17.4", "Opera 110.0", "Yandex Browser 24.4",
)  # fmt: skip
# Windows 10 twice: it is the commonest desktop system in portal sign-in logs.
_PLATFORMS = (
    "Windows 10", "Windows 10", "Windows 11", "Mac OS X 10.15", "Ubuntu", "Linux", "Android 14",
    "iOS 17.4",
)  # fmt: skip
_PLACES = (
    ("Germany", "Berlin"), ("Germany", "Munich"), ("Latvia", "Riga"),
    ("United States", "New York"), ("United States", "Austin"), ("United Kingdom", "London"),
    ("France", "Paris"), ("Netherlands", "Amsterdam"), ("Poland", "Warsaw"), ("Spain", "Madrid"),
    ("Brazil", "Sao Paulo"), ("Japan", "Tokyo"), ("India", "Bengaluru"), ("Canada", "Toronto"),
    ("Australia", "Sydney"),
)  # fmt: skip
_PAGES = (
    "/rooms/shared/filter", "/rooms/personal", "/rooms/archived", "/files/filter",
    "/portal-settings/security", "/accounts/people", "/login",
)  # fmt: skip
# Portal time zones (whole and half hours): the server writes dates in the portal's offset.
_OFFSETS_MINUTES = (0, 60, 120, 180, 330, 540, -300, -480)
_PRIVATE_SHARE = 0.15
_DEVICES_PER_USER = 3
# About one sign-in in five has no referrer to record (null page).
_PAGE_CHOICES: tuple[str | None, ...] = (*_PAGES, None, None)


@dataclasses.dataclass(slots=True)
class _User:
    id: str
    name: str
    email: str
    admin: bool
    # Credentials stay out of reprs (and so out of tracebacks and assertion messages).
    token: str = dataclasses.field(repr=False)
    api_key: str = dataclasses.field(repr=False)


@dataclasses.dataclass(slots=True)
class _LoginEvent:
    id: int
    user_id: str
    ip: str
    country: str
    city: str
    browser: str
    platform: str
    date: datetime.datetime
    page: str | None
    # The session token that belongs to this sign-in, if one is held; kept out of reprs.
    token: str | None = dataclasses.field(default=None, repr=False)


@dataclasses.dataclass(frozen=True, slots=True)
class _Caller:
    user: _User
    # The login event named by the asc_auth_key cookie; 0 when the request used a header.
    current: int


class DocspaceAPI(SimulatedAPI):
    """ONLYOFFICE DocSpace, security / active connections (see the module docstring)."""

    key = "docspace"
    base_path = ""
    default_size = 6

    def reset(self) -> None:
        rng = self.random()
        # Users and their credentials are drawn first, so they depend on the seed alone.
        self.users: dict[str, _User] = {}
        names = rng.sample([(f, last) for f in _FIRST_NAMES for last in _LAST_NAMES], MEMBERS + 1)
        for index, (first, last) in enumerate(names):
            user = _User(
                id=str(rng.uuid4()),
                name=f"{first} {last}",
                email=f"{first}.{last}@example.com".lower(),
                admin=index == 0,
                token=_session_token(rng),
                api_key="sk-" + rng.token(32),
            )
            self.users[user.id] = user
        self.admin, self.member = list(self.users.values())[:2]
        self._api_keys = {user.api_key: user for user in self.users.values()}
        minutes = rng.choice(_OFFSETS_MINUTES)
        self._zone = datetime.timezone(datetime.timedelta(minutes=minutes))
        sign = "+" if minutes > 0 else "-"
        self._zone_suffix = (
            f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}" if minutes else "Z"
        )
        self._portal = f"https://{rng.choice(('docs', 'office', 'team'))}.example.com"
        self._rng = rng
        self._seed_events(rng)

    def _seed_events(self, rng: SeedRandom) -> None:
        users = list(self.users.values())
        owners = [self.admin.id] * max(self.size, 1)
        for user in users[1:]:
            owners += [user.id] * rng.randint(1, 4)
        rng.shuffle(owners)
        count = len(owners)
        # Each user signs in from a couple of devices and from addresses of a shared pool, each
        # address with one location, as a real portal's log looks. Drawing in bulk keeps 100,000
        # events fast.
        devices = {user.id: _devices(rng) for user in users}
        pool = [_address(rng) for _ in range(min(max(count // 4, 16), 4096))]
        addresses = rng.choices(pool, k=count)
        device_picks = rng.choices(range(_DEVICES_PER_USER), k=count)
        pages = rng.choices(_PAGE_CHOICES, k=count)
        window = 60 * 24 * 3600
        seconds = sorted(rng.choices(range(window), k=count))
        begin = rng.moment() - datetime.timedelta(seconds=window)
        # Ids grow with the date, as the server's auto-increment does.
        start = rng.randrange(10_000, 50_000)
        self.events: dict[int, _LoginEvent] = {}
        # Per user, the login events in id order: a user's list costs O(their events).
        self.by_user: dict[str, dict[int, _LoginEvent]] = {user.id: {} for user in users}
        for index in range(count):
            owner = owners[index]
            own = devices[owner]
            page = pages[index]
            event = _LoginEvent(
                start + index,
                owner,
                *addresses[index],  # ip, country, city
                *own[device_picks[index] % len(own)],  # browser, platform
                date=begin + datetime.timedelta(seconds=seconds[index]),
                page=None if page is None else self._portal + page,
            )
            self.events[event.id] = event
            self.by_user[owner][event.id] = event
        # A user with several sign-ins holds the token of one before the newest (they signed in
        # elsewhere since), so "current first" and "newest first" differ in the seeded lists.
        self.sessions: dict[str, int] = {}
        for user in users:
            signed_in = list(self.by_user[user.id].values())
            held = rng.choice(signed_in[:-1] or signed_in)
            held.token = user.token
            self.sessions[user.token] = held.id

    def credentials(self) -> dict[str, str]:
        return {"token": self.admin.token}

    def other_credentials(self) -> dict[str, dict[str, str]]:
        return {"api_key": {"token": self.admin.api_key}, "member": {"token": self.member.token}}

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        cookie = request.cookies.get(COOKIE)
        # The server reads the cookie first and the Authorization header only when there is no
        # cookie at all: an empty cookie is a wrong credential, whatever the header says.
        offered = _without_bearer(
            request.headers.get("authorization", "") if cookie is None else cookie
        )
        event_id = self.sessions.get(offered) if offered else None
        if event_id is not None:
            user = self.users[self.events[event_id].user_id]
            request.state.caller = _Caller(user, 0 if cookie is None else event_id)
            return None
        api_key_user = self._api_keys.get(offered) if cookie is None else None
        if api_key_user is not None:
            request.state.caller = _Caller(api_key_user, 0)
            return None
        return _error(401, "Unauthorized")

    def reject(self, request: Request, rejection: Rejection) -> Response:
        message = {404: "Not Found", 405: "Method Not Allowed"}.get(rejection.status)
        if rejection.problems:
            problem = rejection.problems[0]
            # ASP.NET model binding's wording for a value it cannot bind.
            if problem.value is not None:
                message = f"The value '{problem.value}' is not valid."
            else:
                message = f"The {problem.name or problem.location} field is required."
        return _error(rejection.status, message or rejection.message)

    @operation("get_all_active_connections")
    async def get_all_active_connections(self, request: Request) -> Response:
        caller: _Caller = request.state.caller
        mine = self.by_user[caller.user.id]
        current = mine.get(caller.current)
        items = [] if current is None else [self._item(current)]
        items += [self._item(event) for event in reversed(mine.values()) if event is not current]
        if not items:
            # A caller with no stored sign-in (an API key) sees the request itself, with id 0.
            items = [self._request_item(request, caller.user)]
        return _envelope(request, {"items": items, "loginEvent": caller.current})

    @operation("log_out_active_connection")
    async def log_out_active_connection(self, request: Request) -> Response:
        caller: _Caller = request.state.caller
        event = self.events.get(int(request.path_params["loginEventId"]))
        if event is None:
            return _envelope(request, False)
        if event.user_id != caller.user.id and not caller.user.admin:
            return Response(status_code=403)
        self._close(event)
        return _envelope(request, True)

    @operation("log_out_all_active_connections_change_password")
    async def log_out_all_active_connections_change_password(self, request: Request) -> Response:
        caller: _Caller = request.state.caller
        self._close_all(caller.user.id, keep=0)
        key = f"{self._rng.randrange(10**9, 10**10)}.{_confirmation_suffix(self._rng)}"
        url = (
            f"{_origin(request)}/confirm/PasswordChange?type=PasswordChange"
            f"&email={quote(caller.user.email, safe='')}&first=true&key={key}"
        )
        return _envelope(request, url)

    @operation("log_out_all_active_connections_for_user")
    async def log_out_all_active_connections_for_user(self, request: Request) -> Response:
        caller: _Caller = request.state.caller
        if not caller.user.admin:
            return Response(status_code=403)
        # A well-formed id of no user closes nothing and still succeeds, as on the server.
        self._close_all(request.path_params["userId"].lower(), keep=0)
        return Response(status_code=200)

    @operation("log_out_all_except_this_connection")
    async def log_out_all_except_this_connection(self, request: Request) -> Response:
        caller: _Caller = request.state.caller
        self._close_all(caller.user.id, keep=caller.current)
        return _envelope(request, caller.user.name)

    def _close(self, event: _LoginEvent) -> None:
        del self.events[event.id]
        del self.by_user[event.user_id][event.id]
        if event.token is not None:
            del self.sessions[event.token]

    def _close_all(self, user_id: str, *, keep: int) -> None:
        for event in list(self.by_user.get(user_id, {}).values()):
            if event.id != keep:
                self._close(event)

    def _item(self, event: _LoginEvent) -> dict[str, Any]:
        return {
            "id": event.id,
            "tenantId": TENANT_ID,
            "userId": event.user_id,
            "mobile": False,
            "ip": event.ip,
            "country": event.country,
            "city": event.city,
            "browser": event.browser,
            "platform": event.platform,
            "date": self._portal_time(event.date),
            "page": event.page,
        }

    def _request_item(self, request: Request, user: _User) -> dict[str, Any]:
        return {
            "id": 0,
            "tenantId": TENANT_ID,
            "userId": user.id,
            "mobile": False,
            "ip": request.client.host if request.client else None,
            "country": "",
            "city": "",
            "browser": None,
            "platform": None,
            "date": self._portal_time(datetime.datetime.now(datetime.UTC)),
            "page": request.url.path,
        }

    def _portal_time(self, moment: datetime.datetime) -> str:
        """Write an instant as the server does: the portal's offset, 7 fractional digits.

        The server stores sign-in times in whole seconds, so the fraction is always zero; a zero
        offset is written `Z`.
        """
        # isoformat() is C code; a list of 100,000 connections formats 100,000 dates.
        local = moment.astimezone(self._zone).isoformat()
        return f"{local[:19]}.0000000{self._zone_suffix}"


def _devices(rng: SeedRandom) -> list[tuple[str, str]]:
    """Draw the one to three (browser, platform) pairs a user signs in with."""
    return [
        (rng.choice(_BROWSERS), rng.choice(_PLATFORMS))
        for _ in range(rng.randint(1, _DEVICES_PER_USER))
    ]


def _address(rng: SeedRandom) -> tuple[str, str, str]:
    """Draw an address with its location; a private one cannot be located (empty strings)."""
    if rng.random() < _PRIVATE_SHARE:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}", "", ""
    country, city = rng.choice(_PLACES)
    return rng.ipv4(), country, city


def _session_token(rng: SeedRandom) -> str:
    """Draw an opaque session token shaped like the server's (URL-safe base64, 64 characters)."""
    return base64.urlsafe_b64encode(rng.randbytes(48)).decode("ascii")


def _confirmation_suffix(rng: SeedRandom) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(10))


def _without_bearer(value: str) -> str:
    # The server strips an optional "Bearer " prefix in its cookie and API-key handlers alike.
    scheme, _, rest = value.strip().partition(" ")
    return rest.strip() if scheme.lower() == "bearer" else value.strip()


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def _envelope(request: Request, payload: object) -> JSONResponse:
    links = [{"href": str(request.url), "action": request.method}]
    body = {"response": payload, "count": 1, "links": links, "status": 0, "statusCode": 200}
    return JSONResponse(body)


def _error(status: int, message: str) -> JSONResponse:
    body = {"error": {"message": message}, "status": 1, "statusCode": status}
    return JSONResponse(body, status_code=status)
