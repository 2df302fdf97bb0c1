"""The DocSpace clients people import: `DocSpace` (sync) and `AsyncDocSpace`, written once.

`DocSpaceClient` declares what is DocSpace's own, over the core's client shell: its profile (a
`User-Agent` naming this package, DocSpace's error bodies, the generated `docspace_api` client),
the credential arguments (a bearer token or the `asc_auth_key` cookie) and the
`active_connections` resource. `with_options()` returns a view sharing the connection pool; only
the original closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import httpx

from sessionward import core
from sessionward.docspace._auth import docspace_auth
from sessionward.docspace._errors import parse_docspace_error
from sessionward.docspace._version import __version__

if TYPE_CHECKING:
    from sessionward.docspace._active_connections import ActiveConnections, AsyncActiveConnections

USER_AGENT = f"sessionward-docspace/{__version__}"

PROFILE = core.OverlayProfile(
    user_agent=USER_AGENT,
    error_parser=parse_docspace_error,
    # The generated paths start with /api/2.0/, so the portal URL is the base URL as given.
    generated_client=core.lazy_client("docspace_api.client:Client"),
)


class DocSpaceClient(core.ClientShell[core.ModeT, core.InnerT, core.HTTPT]):
    """A client of the ONLYOFFICE DocSpace API (active connections), written once for both twins.

    Pass exactly one credential: `token` (a personal API key, an OAuth access token or a session
    token, sent as `Authorization: Bearer <token>`) or `auth_cookie` (a session token, sent as
    the `asc_auth_key` cookie; only this form has a "current" connection that
    `log_out_all_except_current()` keeps).

    - `base_url`: the portal, e.g. `https://yourportal.onlyoffice.com` (the `/api/2.0/` paths are
      added by the client).
    - `timeout`: seconds or an `httpx.Timeout` (default 5 s to connect, 30 s otherwise; never
      unbounded). `max_retries`: retries after a failed attempt (default 2) for connection
      errors, timeouts, 408/429/5xx; `Retry-After` and `X-RateLimit-Reset` are honoured up to
      `retry_policy.max_retry_after`, a longer wait raises `RateLimitError` at once.
    - `deadline`: seconds a whole call may take, every attempt and retry wait included (default
      120). `max_response_size`: bytes a decompressed body may have (default 32 MiB; larger
      raises `ResponseTooLargeError`).
    - `http_client`: an `httpx.Client` of yours (an `httpx.AsyncClient` for the async client) to
      send through (proxies, TLS, transports); the client does not close it. `limits`: pool
      limits of the client's own httpx client.
    - `allow_insecure_http`: send the credential over plain `http://` to a non-loopback host
      (refused by default with `InsecureTransportError`).
    - `headers`: extra headers on every request; `retry_policy`, `clock`: retry tuning and the
      time source (tests inject a fake clock).

    Raises `ValueError` for a missing, doubled or empty credential or a bad `base_url`, and
    `TypeError` for arguments of the wrong type; nothing is sent by the constructor.
    """

    profile = PROFILE

    active_connections: core.resource[ActiveConnections, AsyncActiveConnections] = core.resource(
        "sessionward.docspace:ActiveConnections", "sessionward.docspace:AsyncActiveConnections"
    )
    """List and close the signed-in sessions of DocSpace users."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        token: str | core.Secret | None = None,
        auth_cookie: str | core.Secret | None = None,
        http_client: core.InnerT | None = None,
        **options: Unpack[core.ClientOptions],
    ) -> None:
        auth = docspace_auth(token=token, auth_cookie=auth_cookie)
        super().__init__(base_url, auth=auth, http_client=http_client, **options)


class DocSpace(DocSpaceClient[core.Sync, httpx.Client, core.HTTPClient], core.OverlayClient):
    """A sync client of the DocSpace API's active connections; see `DocSpaceClient` for arguments.

    Use it as a context manager or call `close()`.
    """


class AsyncDocSpace(
    DocSpaceClient[core.Async, httpx.AsyncClient, core.AsyncHTTPClient], core.AsyncOverlayClient
):
    """The async client of the DocSpace API's active connections; see `DocSpaceClient`.

    Use it with `async with` or call `aclose()`; every resource method is awaitable and raises
    the same errors.
    """
