"""Credentials never travel over plain http to a remote host unless the client opted in.

The refusals are checked with `httpx.MockTransport` (a pure policy: nothing must reach any
transport, and no test may touch a real remote host); the loopback exemption with the real server.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sessionward.core import (
    AsyncBaseClient,
    BaseClient,
    CookieAuth,
    HeaderAuth,
    InsecureTransportError,
    JWTAuth,
    LoginAuth,
    Token,
    request_options,
)
from sessionward.core._transport_security import is_loopback_host
from tests._support import Mode
from tests.core._server import LoopbackServer
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SECRET = "insecure-http-secret-4f1d"
REMOTE = "http://sessions.example.com/api"


def strategies() -> list[httpx.Auth]:
    return [
        HeaderAuth(SECRET, prefix="Api-Token"),
        CookieAuth(SECRET, cookie="asc_auth_key"),
        LoginAuth(login=lambda: SECRET, alogin=None),
        JWTAuth(lambda: Token(SECRET, expires_at=4_000_000_000)),
    ]


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"ok": True})


async def send_through(
    mode: Mode,
    auth: httpx.Auth | None,
    *,
    recorder: Recorder | None = None,
    through_view: bool = False,
    method: str = "GET",
    path: str = "/sessions",
    body: object = None,
    **kwargs: Any,
) -> Recorder:
    """Send one request through a client (or its `without_auth()` view) of `mode` at `REMOTE`."""
    recorder = recorder or Recorder()
    transport = httpx.MockTransport(recorder)
    options: dict[str, Any] = {"auth": auth, **kwargs}
    if mode == "sync":
        with (
            httpx.Client(transport=transport) as own,
            BaseClient(REMOTE, http_client=own, **options) as client,
        ):
            view = client.without_auth() if through_view else client
            view.http_client.request(method, path, json=body)
    else:
        async with (
            httpx.AsyncClient(transport=transport) as aown,
            AsyncBaseClient(REMOTE, http_client=aown, **options) as aclient,
        ):
            aview = aclient.without_auth() if through_view else aclient
            await aview.http_client.request(method, path, json=body)
    return recorder


@pytest.mark.parametrize("auth", strategies(), ids=["header", "cookie", "login", "jwt"])
async def test_a_credential_over_plain_http_is_refused(mode: Mode, auth: httpx.Auth) -> None:
    if mode == "async" and isinstance(auth, LoginAuth):
        auth = LoginAuth(alogin=_async_secret)

    with pytest.raises(InsecureTransportError) as caught:
        await send_through(mode, auth)

    assert "sessions.example.com" in str(caught.value)
    assert "allow_insecure_http=True" in str(caught.value)
    assert SECRET not in str(caught.value)


async def _async_secret() -> str:
    return SECRET


@pytest.mark.parametrize(
    ("through_view", "method", "path", "body"),
    [
        pytest.param(False, "GET", "/sessions", None, id="client"),
        # A login through without_auth() sends a password in its body.
        pytest.param(True, "POST", "/authenticate", {"password": "pw"}, id="view-without-auth"),
    ],
)
async def test_nothing_reaches_the_transport(
    mode: Mode, through_view: bool, method: str, path: str, body: object
) -> None:
    recorder = Recorder()

    with pytest.raises(InsecureTransportError):
        await send_through(
            mode,
            HeaderAuth(SECRET),
            recorder=recorder,
            through_view=through_view,
            method=method,
            path=path,
            body=body,
        )

    assert recorder.requests == []


async def test_the_opt_in_allows_it(mode: Mode) -> None:
    auth = HeaderAuth(SECRET, prefix="Api-Token")

    recorder = await send_through(mode, auth, allow_insecure_http=True)

    assert recorder.requests[0].headers["authorization"] == f"Api-Token {SECRET}"


async def test_a_credential_header_among_default_headers_counts(mode: Mode) -> None:
    with pytest.raises(InsecureTransportError):
        await send_through(mode, None, headers={"Authorization": f"Api-Token {SECRET}"})


async def test_a_per_call_credential_header_counts(mode: Mode) -> None:
    with (
        request_options(headers={"zt-session": SECRET}),
        pytest.raises(InsecureTransportError),
    ):
        await send_through(mode, None)


async def test_a_client_without_credentials_may_use_plain_http(mode: Mode) -> None:
    recorder = await send_through(mode, None)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("auth", strategies()[:2], ids=["header", "cookie"])
def test_strategies_refuse_on_a_plain_httpx_client(auth: httpx.Auth) -> None:
    recorder = Recorder()
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=auth) as plain:
        with pytest.raises(InsecureTransportError):
            plain.get(f"{REMOTE}/sessions")
        plain.get("https://sessions.example.com/api/sessions")
    assert [str(request.url) for request in recorder.requests] == [
        "https://sessions.example.com/api/sessions"
    ]


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_loopback_is_exempt(make_twin: MakeTwin, server: LoopbackServer, host: str) -> None:
    twin = make_twin(base_url=f"http://{host}:{server.port}", auth=HeaderAuth(SECRET))

    await twin.request("GET", "/x")

    assert server.requests[0].headers["authorization"] == SECRET


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.255.0.9", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("localhost.example.com", False),
        ("evil.localhost", False),
        ("10.0.0.1", False),
        ("192.168.1.1", False),
        ("::2", False),
        ("0.0.0.0", False),
        ("example.com", False),
    ],
)
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


# 16. The plain-http guard covers a proxy the environment names.

REMOTE_PROXY = "http://192.0.2.1:3128"  # TEST-NET-1: never routed, never reached


async def test_a_credential_is_not_sent_in_clear_to_an_environment_proxy(
    make_twin: MakeTwin, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", REMOTE_PROXY)
    twin = make_twin(auth=HeaderAuth("sk-secret"), max_retries=0, timeout=1.0)

    with pytest.raises(InsecureTransportError, match=r"proxy 192\.0\.2\.1") as caught:
        await twin.request("GET", "/x")

    assert "sk-secret" not in str(caught.value)
    assert server.requests == []


async def test_an_environment_proxy_bypassed_by_no_proxy_is_fine(
    make_twin: MakeTwin, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ALL_PROXY", "all_proxy", "HTTP_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", REMOTE_PROXY)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    twin = make_twin(auth=HeaderAuth("sk-secret"), max_retries=0, timeout=1.0)

    response = await twin.request("GET", "/x")

    assert response.status_code == 200
    assert server.requests[0].headers["authorization"] == "sk-secret"
