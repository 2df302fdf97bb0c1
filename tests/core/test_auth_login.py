"""Login-and-refresh: lazy login, token reuse, one renewal on 401, expiry, and concurrency."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from sessionward.core import (
    AsyncBaseClient,
    AuthenticationError,
    BaseClient,
    InternalServerError,
    LoginAuth,
    Placement,
    Token,
)
from sessionward.testing import FakeClock
from tests._support import Mode
from tests.core._server import LoopbackServer, Received, Reply, json_reply
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

UNAUTHORIZED = {"error": {"code": "UNAUTHORIZED", "message": "The session is not authorized"}}


class SessionServer:
    """Answers /login with a new token and everything else only for a valid `zt-session`."""

    def __init__(self, server: LoopbackServer, *, login_delay: float = 0.0) -> None:
        self.logins = 0
        self.valid: set[str] = set()
        self.forbidden_paths: set[str] = set()
        self.login_delay = login_delay
        self._lock = threading.Lock()
        server.handler = self

    def __call__(self, received: Received) -> Reply:
        if received.path == "/login":
            body = received.json()
            if not isinstance(body, dict) or body.get("password") != "correct horse":
                return json_reply(UNAUTHORIZED, status=401)
            with self._lock:
                self.logins += 1
                token = f"tok-{self.logins}"
                self.valid.add(token)
            return Reply(body={"token": token}, delay=self.login_delay)
        session = received.headers.get("zt-session")
        if session in self.valid and received.path not in self.forbidden_paths:
            return json_reply({"session": session})
        return json_reply(UNAUTHORIZED, status=401)


def build(
    mode: Mode,
    make_twin: MakeTwin,
    clock: FakeClock,
    *,
    password: str = "correct horse",
    lifetime: float | None = None,
) -> Twin:
    """A twin whose LoginAuth logs in through the twin's own unauthenticated view."""
    holder: list[Twin] = []

    def token_from(response: httpx.Response) -> Token:
        expires = clock.time() + lifetime if lifetime is not None else None
        return Token(response.json()["token"], expires_at=expires)

    def login() -> Token:
        client = holder[0].client
        assert isinstance(client, BaseClient)
        bare = client.without_auth()
        return token_from(bare.http_client.post("/login", json={"password": password}))

    async def alogin() -> Token:
        client = holder[0].client
        assert isinstance(client, AsyncBaseClient)
        bare = client.without_auth()
        return token_from(await bare.http_client.post("/login", json={"password": password}))

    auth = LoginAuth(
        login=login if mode == "sync" else None,
        alogin=alogin if mode == "async" else None,
        placement=Placement.header("zt-session"),
        clock=clock,
    )
    holder.append(make_twin(auth=auth))
    return holder[0]


@pytest.fixture
def sessions(server: LoopbackServer) -> SessionServer:
    """The loopback server, answering as a login API."""
    return SessionServer(server)


@pytest.fixture
def twin(sessions: SessionServer, mode: Mode, make_twin: MakeTwin, clock: FakeClock) -> Twin:
    """A twin of the test's mode that logs in to `sessions` with the right password."""
    return build(mode, make_twin, clock)


async def test_login_is_lazy_and_the_token_is_reused(
    sessions: SessionServer, twin: Twin, server: LoopbackServer
) -> None:
    assert sessions.logins == 0

    first = await twin.request("GET", "/api-sessions")
    second = await twin.request("GET", "/api-sessions")

    assert sessions.logins == 1
    assert first.json() == second.json() == {"session": "tok-1"}
    assert [r.path for r in server.requests] == ["/login", "/api-sessions", "/api-sessions"]


async def test_a_401_renews_the_token_once(
    sessions: SessionServer, twin: Twin, server: LoopbackServer
) -> None:
    await twin.request("GET", "/x")
    sessions.valid.clear()  # The server expired every session.

    response = await twin.request("GET", "/x")

    assert response.json() == {"session": "tok-2"}
    assert sessions.logins == 2
    assert [r.path for r in server.requests] == ["/login", "/x", "/x", "/login", "/x"]


async def test_a_401_for_a_fresh_token_is_raised(
    mode: Mode, make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    sessions = SessionServer(server)
    sessions.forbidden_paths.add("/admin")
    twin = build(mode, make_twin, clock)

    with pytest.raises(AuthenticationError) as caught:
        await twin.request("GET", "/admin")

    assert sessions.logins == 1
    assert caught.value.error_code == "UNAUTHORIZED"


async def test_a_second_401_after_renewal_is_raised(
    sessions: SessionServer, twin: Twin, server: LoopbackServer
) -> None:
    await twin.request("GET", "/x")
    sessions.forbidden_paths.add("/admin")

    with pytest.raises(AuthenticationError):
        await twin.request("GET", "/admin")

    assert sessions.logins == 2
    assert [r.path for r in server.requests][-3:] == ["/admin", "/login", "/admin"]


async def test_a_failed_login_raises_and_sends_nothing_else(
    mode: Mode, make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    SessionServer(server)
    twin = build(mode, make_twin, clock, password="wrong")

    with pytest.raises(AuthenticationError):
        await twin.request("GET", "/x")

    assert [r.path for r in server.requests] == ["/login"]


async def test_the_token_is_renewed_before_it_expires(
    mode: Mode, make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    sessions = SessionServer(server)
    twin = build(mode, make_twin, clock, lifetime=600.0)
    await twin.request("GET", "/x")

    clock.advance(560.0)  # 40 s left: outside the 30 s refresh margin.
    await twin.request("GET", "/x")
    logins_before_margin = sessions.logins
    clock.advance(15.0)  # 25 s left: inside the margin.
    response = await twin.request("GET", "/x")

    assert logins_before_margin == 1
    assert sessions.logins == 2
    assert response.json() == {"session": "tok-2"}


async def test_invalidate_forces_a_new_login(
    sessions: SessionServer, twin: Twin, server: LoopbackServer
) -> None:
    await twin.request("GET", "/x")
    auth = twin.client.auth
    assert isinstance(auth, LoginAuth)

    auth.invalidate()
    await twin.request("GET", "/x")

    assert sessions.logins == 2


async def test_a_login_that_exhausted_its_retries_is_not_retried_again(
    mode: Mode, make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    holder: list[Twin] = []

    def login() -> str:
        client = holder[0].client
        assert isinstance(client, BaseClient)
        return str(client.without_auth().http_client.get("/login").json())

    async def alogin() -> str:
        client = holder[0].client
        assert isinstance(client, AsyncBaseClient)
        return str((await client.without_auth().http_client.get("/login")).json())

    holder.append(make_twin(auth=LoginAuth(login=login, alogin=alogin), max_retries=2))
    server.plan(*[Reply(status=503)] * 9)

    with pytest.raises(InternalServerError):
        await holder[0].request("GET", "/x")

    # The login's own three attempts, and no retries of the outer call on top.
    assert [r.path for r in server.requests] == ["/login"] * 3


def test_concurrent_sync_calls_log_in_once(server: LoopbackServer, clock: FakeClock) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    holder: list[BaseClient] = []

    def login() -> str:
        response = (
            holder[0].without_auth().http_client.post("/login", json={"password": "correct horse"})
        )
        return str(response.json()["token"])

    auth = LoginAuth(login=login, placement=Placement.header("zt-session"), clock=clock)
    with BaseClient(server.base_url, auth=auth, clock=clock) as client:
        holder.append(client)

        def call(_: int) -> httpx.Response:
            return client.http_client.get("/x")

        with ThreadPoolExecutor(max_workers=20) as pool:
            responses = list(pool.map(call, range(40)))

    assert sessions.logins == 1
    assert {response.json()["session"] for response in responses} == {"tok-1"}


async def test_concurrent_async_calls_log_in_once(server: LoopbackServer, clock: FakeClock) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    holder: list[AsyncBaseClient] = []

    async def alogin() -> str:
        response = (
            await holder[0]
            .without_auth()
            .http_client.post("/login", json={"password": "correct horse"})
        )
        return str(response.json()["token"])

    auth = LoginAuth(alogin=alogin, placement=Placement.header("zt-session"), clock=clock)
    sessions_seen: list[str] = []
    async with AsyncBaseClient(server.base_url, auth=auth, clock=clock) as client:
        holder.append(client)

        async def call() -> None:
            response = await client.http_client.get("/x")
            sessions_seen.append(response.json()["session"])

        async with anyio.create_task_group() as group:
            for _ in range(50):
                group.start_soon(call)

    assert sessions.logins == 1
    assert sessions_seen == ["tok-1"] * 50


def test_login_auth_needs_a_login_function() -> None:
    with pytest.raises(TypeError):
        LoginAuth()


async def test_a_sync_only_login_auth_refuses_async_use(
    server: LoopbackServer, clock: FakeClock
) -> None:
    auth = LoginAuth(login=lambda: "t")
    async with AsyncBaseClient(server.base_url, auth=auth, clock=clock) as client:
        with pytest.raises(TypeError, match="alogin"):
            await client.http_client.get("/x")
    assert server.requests == []


def test_a_login_returning_garbage_is_a_type_error(
    server: LoopbackServer, clock: FakeClock
) -> None:
    auth = LoginAuth(login=lambda: None)  # type: ignore[arg-type, return-value]
    with BaseClient(server.base_url, auth=auth, clock=clock) as client, pytest.raises(TypeError):
        client.http_client.get("/x")
