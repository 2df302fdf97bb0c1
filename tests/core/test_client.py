"""The client bases: base URL, default headers, views that share the pool, lifecycle, reprs."""

from __future__ import annotations

import ssl

import httpx
import pytest

from sessionward.core import (
    AsyncBaseClient,
    AsyncHTTPClient,
    BaseClient,
    HeaderAuth,
    HTTPClient,
    __version__,
    request_options,
)
from sessionward.core._client import default_ssl_context
from tests._support import Mode
from tests.core._server import LoopbackServer
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_relative_paths_join_the_base_path(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(base_url=f"{server.base_url}/api/cluster/v2")

    await twin.request("GET", "/userSessions")
    await twin.request("GET", "clusterConfig/userSessions")

    assert [r.path for r in server.requests] == [
        "/api/cluster/v2/userSessions",
        "/api/cluster/v2/clusterConfig/userSessions",
    ]
    assert str(twin.client.base_url) == f"{server.base_url}/api/cluster/v2/"


async def test_default_headers_and_user_agent(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(user_agent="sessionward-example/0.1.0", headers={"Accept": "application/x"})

    await twin.request("GET", "/x")

    headers = server.requests[0].headers
    assert headers["user-agent"].startswith(
        f"sessionward-example/0.1.0 sessionward-core/{__version__}"
    )
    assert "httpx/" in headers["user-agent"]
    assert headers["accept"] == "application/x"


async def test_per_call_headers_apply_to_that_call_only(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin()

    with request_options(headers={"X-Trace": "1"}):
        with request_options(headers={"X-Span": "2"}):
            await twin.request("GET", "/a")
        await twin.request("GET", "/b")
    await twin.request("GET", "/c")

    assert [(r.headers.get("x-trace"), r.headers.get("x-span")) for r in server.requests] == [
        ("1", "2"),
        ("1", None),
        (None, None),
    ]


async def test_a_view_shares_the_pool_and_leaves_the_client_alone(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(headers={"X-Base": "b"})
    view = twin.with_options(headers={"X-View": "v"}, max_retries=0)

    await twin.request("GET", "/a")
    await view.request("GET", "/b")
    await twin.request("GET", "/c")
    await view.close()  # Closing a view leaves the pool open.
    await twin.request("GET", "/d")

    ports = {r.client_port for r in server.requests}
    assert len(ports) == 1, "the view reused the client's pooled connection"
    assert [r.headers.get("x-view") for r in server.requests] == [None, "v", None, None]
    assert all(r.headers["x-base"] == "b" for r in server.requests)
    assert twin.client.max_retries == 2
    assert view.client.max_retries == 0


async def test_closing_the_client_closes_the_pool(mode: Mode, server: LoopbackServer) -> None:
    twin = Twin.build(mode, server.base_url)
    await twin.request("GET", "/x")

    await twin.close()

    assert twin.client.http_client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await twin.request("GET", "/x")


def test_a_callers_client_is_not_closed(server: LoopbackServer) -> None:
    with httpx.Client() as own:
        with BaseClient(server.base_url, http_client=own) as client:
            assert client.http_client.get("/x").status_code == 200
        assert not own.is_closed
        assert own.get(f"{server.base_url}/y").status_code == 200


async def test_a_callers_async_client_is_not_closed(server: LoopbackServer) -> None:
    async with httpx.AsyncClient() as own:
        async with AsyncBaseClient(server.base_url, http_client=own) as client:
            assert (await client.http_client.get("/x")).status_code == 200
        assert not own.is_closed


def test_the_generated_client_gets_an_httpx_client() -> None:
    with BaseClient("https://api.example") as client:
        assert isinstance(client.http_client, httpx.Client)
        assert isinstance(client.http_client, HTTPClient)
        assert client.http_client.follow_redirects is False


async def test_the_async_generated_client_gets_an_httpx_async_client() -> None:
    async with AsyncBaseClient("https://api.example") as client:
        assert isinstance(client.http_client, httpx.AsyncClient)
        assert isinstance(client.http_client, AsyncHTTPClient)


@pytest.mark.parametrize(
    "base_url",
    ["ftp://h/", "/relative", "https://user:pw@h/", "https://h/?q=1", "https://h/#f"],
)
def test_invalid_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ValueError):
        BaseClient(base_url)


@pytest.mark.parametrize(
    "arguments",
    [
        {"max_retries": -1},
        {"headers": {"X-A": "1\r\nX-B: 2"}},
    ],
)
def test_invalid_arguments_are_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        BaseClient("https://h", **arguments)  # type: ignore[arg-type]


def test_wrong_kinds_are_refused() -> None:
    with pytest.raises(TypeError):
        BaseClient("https://h", auth="token")  # type: ignore[arg-type]
    with (
        httpx.Client() as own,
        BaseClient("https://h", http_client=own) as client,
        pytest.raises(TypeError),
    ):
        BaseClient("https://h", http_client=client.http_client)


def test_reprs_show_configuration_but_no_credential() -> None:
    with BaseClient("https://h/api", auth=HeaderAuth("s3cr3t", prefix="Api-Token")) as client:
        text = repr(client)
        assert text.startswith("BaseClient(base_url='https://h/api/', auth=HeaderAuth(")
        assert "prefix='Api-Token'" in text
        assert "max_retries=2" in text
        assert "s3cr3t" not in text
        assert "view without auth" in repr(client.without_auth())
        assert repr(client.http_client) == "HTTPClient(base_url='https://h/api/')"


def test_a_foreign_auth_shows_only_its_class() -> None:
    with BaseClient("https://h", auth=httpx.BasicAuth("user", "pw")) as client:
        assert "auth=BasicAuth" in repr(client)


def test_public_names_are_exported_from_the_package() -> None:
    assert BaseClient.__module__ == "sessionward.core"
    assert HTTPClient.__module__ == "sessionward.core"


def test_clients_share_one_verifying_tls_context() -> None:
    context = default_ssl_context()
    # Shared to save the CA bundle load per client, never at the cost of verification.
    assert context is default_ssl_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname is True
