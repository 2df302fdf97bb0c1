"""Broken controller answers and bad arguments end in typed errors, for `Ziti` and `AsyncZiti`.

A tampering proxy in front of the simulated controller rewrites the one field under test: a
pager's `totalCount` that is not a number, a login token that is null, a number, empty or holds
a line break. Arguments that could never be sent (a 70,000-character id, a session token with a
line break) are refused before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sessionward.testing import Simulator
from sessionward.ziti import (
    APIResponseValidationError,
    AsyncZiti,
    InvalidPathParameterError,
    Ziti,
)
from tests._support import Mode
from tests.core._server import LoopbackServer, Received
from tests.core._tamper import TamperingProxy, origin_of, path_of
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio


@pytest.fixture
def proxy_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


def tampered(
    server: LoopbackServer, sim: Simulator, path_end: str, change: Any
) -> tuple[TamperingProxy, str]:
    def tamper(received: Received, document: object) -> object | None:
        if not received.path.endswith(path_end) or not isinstance(document, dict):
            return None
        change(document)
        return document

    proxy = TamperingProxy(server, origin_of(sim.base_url), tamper)
    return proxy, server.base_url + path_of(sim.base_url)


@pytest.mark.parametrize("total", ["5", 2.5, None, {"n": 5}, -1, True], ids=repr)
async def test_a_total_count_that_is_not_a_count_is_a_validation_error(
    make: MakeTwin, ziti_sim: Simulator, proxy_server: LoopbackServer, total: object
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["meta"]["pagination"]["totalCount"] = total

    proxy, base_url = tampered(proxy_server, ziti_sim, "/api-sessions", change)
    ziti = make(base_url=base_url)
    try:
        # null too: the spec's totalCount is a required, non-nullable integer, and the generated
        # model refuses what the spec does not allow.
        with pytest.raises(APIResponseValidationError, match="total"):
            await ziti.list(page_size=2)
        assert proxy.tampered >= 1
    finally:
        proxy.close()


@pytest.mark.parametrize("token", [None, 42, "", "abc\r\nX-Evil: 1", "abc\n"], ids=repr)
async def test_a_login_token_that_cannot_be_used_is_a_validation_error(
    make: MakeTwin, ziti_sim: Simulator, proxy_server: LoopbackServer, token: object
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["data"]["token"] = token

    proxy, base_url = tampered(proxy_server, ziti_sim, "/authenticate", change)
    ziti = make(base_url=base_url, max_retries=0)
    try:
        with pytest.raises(APIResponseValidationError, match="token") as caught:
            await ziti.call("current_session")
        assert "X-Evil" not in str(caught.value)
        # Also through an explicit login, and again on the next call: never a raw error.
        with pytest.raises(APIResponseValidationError):
            await ziti.call("login")
        with pytest.raises(APIResponseValidationError):
            await ziti.call("current_session")
    finally:
        proxy.close()


async def test_an_over_long_id_is_refused_before_sending(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti = make()
    await ziti.call("current_session")
    ziti_sim.clear_requests()
    huge = "a" * 70_000

    for method in ("api_sessions.get", "api_sessions.delete"):
        with pytest.raises(InvalidPathParameterError, match="70000 characters"):
            await ziti.call(method, huge)
    assert ziti_sim.requests() == []


@pytest.mark.parametrize("bad", ["tok\r\nX-Evil: 1", "tok\n", "tok\x00"], ids=repr)
def test_a_session_token_with_a_line_break_is_refused_at_construction(
    mode: Mode, ziti_sim: Simulator, bad: str
) -> None:
    kind = Ziti if mode == "sync" else AsyncZiti
    with pytest.raises(ValueError, match="line break") as caught:
        kind(ziti_sim.base_url, session_token=bad)
    assert "tok" not in str(caught.value)
    assert "X-Evil" not in str(caught.value)
