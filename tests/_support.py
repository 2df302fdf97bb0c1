"""What the suite's per-API tests share: the client modes, the fixed start time, a TLS context.

The public helpers (`FakeClock`, `Twin`, `RequestRecorder`) live in `sessionward.testing`; this
module keeps what only this suite needs: the `Mode` literal the fixtures are parametrized over, the
fixed start time of the fake clocks, one TLS context for the run, and the httpx clients the
fixtures send through.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any, Literal

import httpx

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
START = 1_700_000_000.0
# httpx's default pool: the simulators set TCP_NODELAY, so kept-alive connections are fast.
POOL_LIMITS = httpx.Limits()


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for the whole run: building one per httpx client costs ~50 ms each."""
    return ssl.create_default_context()


def transport_client(mode: Mode, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
    """An httpx client for a test's overlay client to send through (the test closes it)."""
    kwargs.setdefault("limits", POOL_LIMITS)
    if mode == "sync":
        return httpx.Client(verify=tls_context(), **kwargs)
    return httpx.AsyncClient(verify=tls_context(), **kwargs)


async def close_http_client(client: httpx.Client | httpx.AsyncClient) -> None:
    """Close an httpx client of either kind."""
    if isinstance(client, httpx.Client):
        client.close()
    else:
        await client.aclose()
