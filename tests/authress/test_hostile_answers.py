"""A broken paging cursor or an unsendable credential ends in a typed error, sync and async.

A tampering proxy in front of the simulated Authress API rewrites `pagination.next.cursor` into
a number, an object or an array; an access token with a line break is refused when the client
is built, without being echoed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from sessionward.authress import APIResponseValidationError, AsyncAuthress, Authress
from sessionward.testing import Simulator
from tests.authress.conftest import MakeTwin
from tests.core._server import LoopbackServer, Received
from tests.core._tamper import TamperingProxy, origin_of, path_of

pytestmark = pytest.mark.anyio


@pytest.fixture
def proxy_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.mark.parametrize("cursor", [7, {"c": "x"}, ["x"], True], ids=repr)
async def test_a_cursor_that_is_not_a_string_is_a_validation_error(
    make: MakeTwin, authress_sim: Simulator, proxy_server: LoopbackServer, cursor: object
) -> None:
    def tamper(received: Received, document: object) -> object | None:
        if not isinstance(document, dict) or "pagination" not in document:
            return None
        pagination: dict[str, Any] = document["pagination"]
        if "next" in pagination:
            pagination["next"]["cursor"] = cursor
        return document

    proxy = TamperingProxy(proxy_server, origin_of(authress_sim.base_url), tamper)
    # A user's token: a minted one names the API's address as issuer, which the proxy changes.
    authress = make(
        base_url=proxy_server.base_url + path_of(authress_sim.base_url),
        **authress_sim.other_credentials["access_token"],
    )
    try:
        with pytest.raises(APIResponseValidationError, match="cursor"):
            await authress.list(page_size=1)
        assert proxy.tampered >= 1
    finally:
        proxy.close()


@pytest.mark.parametrize("bad", ["eyJ.a\r\nX-Evil: 1", "eyJ.a\n", "eyJ.a\x00"], ids=repr)
@pytest.mark.parametrize("kind", [Authress, AsyncAuthress])
def test_an_access_token_with_a_line_break_is_refused_at_construction(
    authress_sim: Simulator, kind: type[Authress] | type[AsyncAuthress], bad: str
) -> None:
    with pytest.raises(ValueError, match="line break") as caught:
        kind(authress_sim.base_url, access_token=bad)
    assert "eyJ" not in str(caught.value)
