"""A loopback server in front of a simulator that rewrites chosen JSON answers on their way back.

The simulators only ever answer what their spec allows; a hostile or broken server does not. The
tampering proxy forwards each request to the simulator over loopback and hands every JSON answer
to `tamper(received, document)`, which returns the document to send instead (or None to send the
answer unchanged). The answer's status and content type are kept. `lose(received)` True makes it
forward the request and then close the connection instead of answering: the server did the work,
the client never hears of it.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable

import httpx

from tests.core._server import LoopbackServer, Received, Reply

Tamper = Callable[[Received, object], object | None]
_DROPPED = frozenset({"host", "content-length", "connection", "accept-encoding"})


class TamperingProxy:
    """Install on a `LoopbackServer`: `TamperingProxy(server, sim_origin, tamper)`."""

    def __init__(
        self,
        server: LoopbackServer,
        upstream: str,
        tamper: Tamper,
        lose: Callable[[Received], bool] | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.lose = lose
        self.upstream = httpx.URL(upstream).copy_with(raw_path=b"/")
        self.tamper = tamper
        self.tampered = 0
        self._client = httpx.Client(timeout=10.0, verify=verify)
        server.handler = self

    def __call__(self, received: Received) -> Reply:
        answer = self._client.request(
            received.method,
            str(self.upstream.join(received.target)),
            headers={k: v for k, v in received.headers.items() if k not in _DROPPED},
            content=received.body,
        )
        if self.lose is not None and self.lose(received):
            return Reply(action="drop")
        content_type = answer.headers.get("content-type", "application/json")
        if "json" in content_type and answer.content:
            replaced = self.tamper(received, answer.json())
            if replaced is not None:
                self.tampered += 1
                return Reply(
                    status=answer.status_code,
                    body=json.dumps(replaced).encode(),
                    headers={"Content-Type": content_type},
                )
        return Reply(
            status=answer.status_code, body=answer.content, headers={"Content-Type": content_type}
        )

    def close(self) -> None:
        self._client.close()


def origin_of(base_url: str) -> str:
    """The scheme, host and port of a simulator's base URL."""
    url = httpx.URL(base_url)
    return f"{url.scheme}://{url.host}:{url.port}"


def path_of(base_url: str) -> str:
    """The path of a simulator's base URL (what the client's requests start with)."""
    return httpx.URL(base_url).path
