"""The Authress clients: `Authress` (sync) and `AsyncAuthress` (async), written once.

`AuthressClient` declares what is Authress's own, over the core's client shell: its profile (a
`User-Agent`, the `application/links+json` media type Authress answers with, its error bodies, the
generated `authress_api` client), the credential arguments (a bearer JWT given or minted from an
access key) and the `connections` resource. Views made by `with_options()` share the pool and the
cached token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import httpx

from sessionward import core
from sessionward.authress._auth import build_auth
from sessionward.authress._errors import authress_error_parser
from sessionward.authress._version import __version__

if TYPE_CHECKING:
    from sessionward.authress._connections import AsyncConnections, Connections

USER_AGENT = f"sessionward-authress/{__version__}"
MEDIA_TYPE = "application/links+json"

PROFILE = core.OverlayProfile(
    user_agent=USER_AGENT,
    error_parser=authress_error_parser,
    # The generated client's own token is never sent: the core's auth strategy signs requests.
    generated_client=core.lazy_client("authress_api.client:AuthenticatedClient", token=""),
    # Authress serves every body as application/links+json and the vendor's SDKs ask for it.
    headers={"Accept": MEDIA_TYPE},
)


class AuthressClient(core.ClientShell[core.ModeT, core.InnerT, core.HTTPT]):
    """A client of the Authress API's SSO connections, written once for both twins.

    `base_url` is the account's API host (`https://<accountId>.api.authress.io`) or its custom
    domain. Give exactly one credential:

    - `service_client_access_key`: a service client's access key, in either Authress format;
      the client signs a JWT with it (EdDSA or RS256), caches it for its 24-hour life and signs
      a new one an hour before expiry or after a 401. The key never appears in reprs or logs.
    - `access_token`: a user's access token (a JWT), sent as `Authorization: Bearer`.

    Other arguments: `timeout` (seconds or `httpx.Timeout`), `max_retries`, `deadline` (seconds
    for a whole call, retries included), `max_response_size` (bytes), `http_client` (an
    `httpx.Client` of yours, an `httpx.AsyncClient` for the async client, for proxies or TLS
    settings; you close it), `allow_insecure_http`
    (credentials over plain http to a non-loopback host are refused otherwise), `headers`,
    `limits`, `retry_policy` and `clock` (see `sessionward.core.BaseClient`).

    Use it as a context manager or call `close()`. Every call raises only `sessionward.core`
    errors; the constructor raises `ValueError` or `TypeError` for invalid arguments (a
    malformed key included).
    """

    profile = PROFILE

    connections: core.resource[Connections, AsyncConnections] = core.resource(
        "sessionward.authress:Connections", "sessionward.authress:AsyncConnections"
    )
    """Create, list, read, update and delete SSO connections; read users' credentials."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        access_token: str | None = None,
        service_client_access_key: str | None = None,
        http_client: core.InnerT | None = None,
        **options: Unpack[core.ClientOptions],
    ) -> None:
        auth = build_auth(
            access_token=access_token,
            service_client_access_key=service_client_access_key,
            base_url=lambda: self.base_url,
            clock=options.get("clock"),
        )
        super().__init__(base_url, auth=auth, http_client=http_client, **options)


class Authress(AuthressClient[core.Sync, httpx.Client, core.HTTPClient], core.OverlayClient):
    """A sync client of the Authress API's SSO connections; see `AuthressClient` for arguments.

    Use it as a context manager or call `close()`.
    """


class AsyncAuthress(
    AuthressClient[core.Async, httpx.AsyncClient, core.AsyncHTTPClient], core.AsyncOverlayClient
):
    """The async client of the Authress API's SSO connections; see `AuthressClient`.

    Use it with `async with` or call `aclose()`; calls are awaited, `connections.list()` is
    iterated with `async for`.
    """
