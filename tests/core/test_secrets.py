"""No credential appears in logs, exception messages, tracebacks or reprs, whatever happens.

One run per client kind with DEBUG logging on every logger (httpx and httpcore included), for each
auth strategy, with succeeding and failing calls (status errors, retries, dropped connections,
timeouts, unparseable bodies, refusals); then every log line, error text, traceback and repr is
searched for each unique secret value.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Awaitable, Callable

import httpx
import pytest

from sessionward.core import (
    AsyncBaseClient,
    BaseClient,
    CookieAuth,
    HeaderAuth,
    JWTAuth,
    LoginAuth,
    Placement,
    Secret,
    SessionwardError,
    Token,
    request_options,
)
from sessionward.testing import FakeClock
from tests._support import Mode
from tests.core._generated import Item, get_item
from tests.core._server import LoopbackServer, Received, Reply, json_reply
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio


def unique(label: str) -> str:
    return f"{label}-{uuid.uuid4().hex}"


API_TOKEN = unique("api-token")
COOKIE = unique("cookie")
PASSWORD = unique("password")
SESSION = unique("session")
JWT = unique("jwt")
QUERY_TOKEN = unique("query")
ALL_SECRETS = [API_TOKEN, COOKIE, PASSWORD, SESSION, JWT, QUERY_TOKEN]


class Evidence:
    """Everything that could leak: error texts and tracebacks, and reprs."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    async def expect_error(self, call: Callable[[], Awaitable[object]]) -> None:
        try:
            await call()
        except SessionwardError as error:
            self.texts += [str(error), repr(error), "".join(traceback.format_exception(error))]
            self.texts += [repr(getattr(error, name, None)) for name in ("url", "method")]
        else:
            raise AssertionError("the call was expected to fail")

    def reprs(self, *objects: object) -> None:
        self.texts += [repr(item) for item in objects] + [str(item) for item in objects]


def login_handler(received: Received) -> Reply:
    if received.path == "/login":
        body = received.json()
        assert isinstance(body, dict) and body["password"] == PASSWORD
        return json_reply({"token": SESSION})
    if received.headers.get("zt-session") == SESSION:
        return json_reply({"id": "1", "name": "n"})
    return json_reply({"error": {"code": "UNAUTHORIZED", "message": "no"}}, status=401)


async def exercise(twin: Twin, server: LoopbackServer, evidence: Evidence) -> None:
    """Succeeding and failing calls of every kind through one client."""
    query = {"api-token": QUERY_TOKEN, "limit": "5"}
    await twin.request("GET", "/ok", params=query)
    server.plan(Reply(headers={"Set-Cookie": f"asc_auth_key={COOKIE}; HttpOnly"}))
    with request_options(headers={"zt-session": SESSION}):
        await twin.request("GET", "/per-call-credential")
    server.plan(json_reply({"id": "1", "name": "n"}))
    await twin.unwrap(get_item, Item, path_params={"id": "1"})
    server.plan(*[Reply(status=503)] * 3)
    await evidence.expect_error(lambda: twin.request("GET", "/fail", params=query))
    server.plan(json_reply({"error": {"code": "FORBIDDEN", "message": "bad"}}, status=403))
    await evidence.expect_error(lambda: twin.request("DELETE", "/x", params=query))
    server.plan(*[Reply(action="drop")] * 3)
    await evidence.expect_error(lambda: twin.request("GET", "/drop", params=query))
    server.plan(Reply(body=b"<html>"))
    await evidence.expect_error(lambda: twin.unwrap(get_item, Item, path_params={"id": "1"}))
    server.plan(Reply(status=429, headers={"Retry-After": "9999"}))
    await evidence.expect_error(lambda: twin.request("GET", "/limited"))
    server.plan(Reply(action="hang"))
    with request_options(timeout=0.2, max_retries=0):
        await evidence.expect_error(lambda: twin.request("GET", "/hang", params=query))
    evidence.reprs(twin.client, twin.client.http_client, twin.client.auth)
    evidence.reprs(twin.client.with_options(timeout=1.0), twin.client.without_auth())


async def test_no_secret_leaks(
    mode: Mode,
    make_twin: MakeTwin,
    server: LoopbackServer,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    evidence = Evidence()
    holder: list[Twin] = []

    def login() -> str:
        client = holder[0].client
        assert isinstance(client, BaseClient)
        response = client.without_auth().http_client.post("/login", json={"password": PASSWORD})
        return str(response.json()["token"])

    async def alogin() -> str:
        client = holder[0].client
        assert isinstance(client, AsyncBaseClient)
        response = await client.without_auth().http_client.post(
            "/login", json={"password": PASSWORD}
        )
        return str(response.json()["token"])

    strategies: list[httpx.Auth] = [
        HeaderAuth(API_TOKEN, prefix="Api-Token"),
        HeaderAuth(API_TOKEN, header="ApiKeyBearer"),
        CookieAuth(COOKIE, cookie="asc_auth_key"),
        JWTAuth(lambda: Token(JWT, expires_at=clock.time() + 3600), clock=clock),
    ]
    for auth in strategies:
        await exercise(make_twin(auth=auth), server, evidence)
    # A credential passed as a plain default header rather than a strategy.
    await exercise(make_twin(headers={"X-Api-Key": API_TOKEN}), server, evidence)

    server.handler = login_handler
    login_auth = LoginAuth(
        login=login, alogin=alogin, placement=Placement.header("zt-session"), clock=clock
    )
    holder.append(make_twin(auth=login_auth))
    await exercise(holder[0], server, evidence)

    # A refusal to send over plain http, and the secret holders themselves.
    remote = make_twin(base_url="http://sessions.example.com", auth=HeaderAuth(API_TOKEN))
    await evidence.expect_error(lambda: remote.request("GET", "/x"))
    evidence.reprs(Secret(PASSWORD), Token(SESSION, expires_at=1.0), f"{Secret(JWT)}", login_auth)

    log = caplog.text + "".join(repr(record.args) for record in caplog.records)
    haystack = "\n".join([log, *evidence.texts])
    for secret in ALL_SECRETS:
        assert secret not in haystack
    # The run did log and did redact; an empty haystack would prove nothing.
    assert "retrying GET" in log
    assert "[REDACTED]" in log
    assert "HTTP Request" in log
    assert len(evidence.texts) > 50
    # The credentials did reach the server.
    seen = " ".join(str(received.headers) for received in server.requests)
    assert API_TOKEN in seen and COOKIE in seen and JWT in seen and SESSION in seen
