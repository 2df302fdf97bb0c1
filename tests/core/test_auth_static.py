"""Static credentials: headers with and without a prefix, and cookies, as the server sees them."""

from __future__ import annotations

import httpx
import pytest

from sessionward.core import CookieAuth, HeaderAuth, Placement, Secret
from tests.core._server import LoopbackServer, json_reply
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("auth", "header", "expected"),
    [
        (HeaderAuth("dt0c01.abc", prefix="Api-Token"), "authorization", "Api-Token dt0c01.abc"),
        (HeaderAuth("eyJ.jwt", prefix="Bearer"), "authorization", "Bearer eyJ.jwt"),
        (HeaderAuth("raw-key"), "authorization", "raw-key"),
        (HeaderAuth(Secret("sess-1"), header="zt-session"), "zt-session", "sess-1"),
    ],
    ids=["api-token", "bearer", "raw", "custom-header"],
)
async def test_header_auth_sends_its_header(
    make_twin: MakeTwin, server: LoopbackServer, auth: HeaderAuth, header: str, expected: str
) -> None:
    twin = make_twin(auth=auth)

    await twin.request("GET", "/x")
    await twin.request("GET", "/y")

    assert [received.headers.get(header) for received in server.requests] == [expected] * 2


async def test_cookie_auth_sends_its_cookie(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(auth=CookieAuth("tok123", cookie="asc_auth_key"))

    await twin.request("GET", "/api/2.0/security/activeconnections", headers={"Cookie": "lang=en"})

    cookie = server.requests[0].headers["cookie"]
    assert sorted(part.strip() for part in cookie.split(";")) == ["asc_auth_key=tok123", "lang=en"]


async def test_cookie_auth_replaces_rather_than_repeats_on_retries(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(auth=CookieAuth("tok123", cookie="asc_auth_key"))
    server.plan(json_reply({}, status=503), json_reply({}, status=503), json_reply({}))

    await twin.request("GET", "/x")

    assert [received.headers["cookie"] for received in server.requests] == [
        "asc_auth_key=tok123"
    ] * 3


async def test_without_auth_sends_no_credential(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(auth=HeaderAuth("k", header="zt-session"))
    bare = twin.without_auth()

    await bare.request("POST", "/authenticate", json={})
    await twin.request("GET", "/x")

    assert "zt-session" not in server.requests[0].headers
    assert server.requests[1].headers["zt-session"] == "k"
    assert bare.client.auth is None
    assert twin.client.auth is not None


async def test_a_callers_httpx_client_sends_with_the_strategy(
    mode: str, server: LoopbackServer
) -> None:
    auth = HeaderAuth("k", prefix="Bearer")
    if mode == "sync":
        with httpx.Client() as own:
            twin = Twin.build("sync", server.base_url, auth=auth, http_client=own)
            await twin.request("GET", "/x")
            await twin.close()
            assert not own.is_closed
    else:
        async with httpx.AsyncClient() as aown:
            twin = Twin.build("async", server.base_url, auth=auth, http_client=aown)
            await twin.request("GET", "/x")
            await twin.close()
            assert not aown.is_closed

    assert server.requests[0].headers["authorization"] == "Bearer k"


@pytest.mark.parametrize(
    "build",
    [
        lambda: HeaderAuth(""),
        lambda: HeaderAuth("x", header="Bad Header"),
        lambda: HeaderAuth("x", prefix="Two Words"),
        lambda: CookieAuth("x", cookie="a;b"),
        lambda: CookieAuth("", cookie="asc_auth_key"),
    ],
)
def test_invalid_static_auth_is_refused(build: object) -> None:
    with pytest.raises(ValueError):
        build()  # type: ignore[operator]


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "nul\0"])
def test_a_credential_with_a_line_break_is_never_sent(value: str) -> None:
    request = httpx.Request("GET", "https://api.example/x")
    with pytest.raises(ValueError) as caught:
        Placement.header("zt-session").apply(request, Secret(value))
    assert value not in str(caught.value)
    assert "zt-session" not in request.headers


def test_a_cookie_value_with_a_separator_is_never_sent() -> None:
    request = httpx.Request("GET", "https://api.example/x")
    with pytest.raises(ValueError):
        Placement.cookie("asc_auth_key").apply(request, Secret("a; admin=1"))
    assert "cookie" not in request.headers


def test_placements_describe_themselves() -> None:
    assert repr(Placement.bearer()) == "Placement.header('Authorization', prefix='Bearer')"
    assert repr(Placement.cookie("asc_auth_key")) == "Placement.cookie('asc_auth_key')"
    assert Placement.header("zt-session") == Placement.header("zt-session")
    assert Placement.cookie("a").header_name == "Cookie"
