"""Misbehaving on the wire: closing a connection mid-exchange, which ASGI itself cannot express.

ASGI gives an application no way to close its TCP connection. `ClosingH11Protocol` is uvicorn's
h11 protocol with one addition: every request's scope carries, under the extension key
`CLOSE_EXTENSION`, a callable that closes the connection's transport. `drop` and `send_truncated`
use it to leave a client with no response at all, or with a body shorter than its
`Content-Length`; both then wait until uvicorn has seen the connection go, so that it does not
complain about a response that was never completed.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

CLOSE_EXTENSION = "sessionward.close_connection"


class ClosingH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, exposing a "close this connection" callable to the application."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # A socket passed in by serve() has protocol number 0, so asyncio does not turn Nagle's
        # algorithm off; with the client's delayed ACKs every keep-alive request then waits ~40 ms.
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        app = self.app

        async def app_with_close(scope: Any, receive: Any, send: Any) -> None:
            extensions = scope.get("extensions") or {}
            # close(), not abort(): whatever was written (a truncated body) is flushed first.
            extensions[CLOSE_EXTENSION] = transport.close
            scope["extensions"] = extensions
            await app(scope, receive, send)

        self.app = app_with_close


def _closer(scope: Scope) -> Callable[[], None]:
    closer = (scope.get("extensions") or {}).get(CLOSE_EXTENSION)
    if closer is None:
        raise RuntimeError(
            "closing a connection needs the server to run with ClosingH11Protocol "
            "(serve() and the CLI do)"
        )
    close: Callable[[], None] = closer
    return close


async def drop(scope: Scope, receive: Receive) -> None:
    """Close the connection without sending any response."""
    _closer(scope)()
    await _until_disconnected(receive)


async def send_truncated(
    scope: Scope,
    receive: Receive,
    send: Send,
    status: int,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
) -> None:
    """Send a response whose `Content-Length` promises `body` but deliver only its first half."""
    promised = max(len(body), 1)
    kept = [(name, value) for name, value in headers if name.lower() != b"content-length"]
    kept.append((b"content-length", str(promised).encode("ascii")))
    await send({"type": "http.response.start", "status": status, "headers": kept})
    await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
    _closer(scope)()
    await _until_disconnected(receive)


async def _until_disconnected(receive: Receive) -> None:
    # uvicorn answers "http.disconnect" once it has processed the closed transport; until then it
    # would still treat the exchange as open.
    while (await receive())["type"] != "http.disconnect":
        pass
