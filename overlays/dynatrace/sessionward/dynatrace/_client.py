"""The Dynatrace clients: `DynatraceCluster` (sync) and `AsyncDynatraceCluster`, written once.

`DynatraceClient` declares what is Dynatrace's own, over the core's client shell: its profile (a
`User-Agent`, the rule that completes a bare cluster URL with the Cluster API v2 path, its error
bodies, the generated `dynatrace_api` client), the credential argument (an API token sent as
`Authorization: Api-Token <token>`) and the `user_sessions` and `session_policy` resources.
`with_options()` returns a view sharing the connection pool; only the original closes it. Rate
limiting needs nothing here: the core honours the Cluster API's `X-RateLimit-Reset` (a Unix time
in microseconds) on a 429.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import httpx

from sessionward import core
from sessionward.dynatrace._errors import parse_dynatrace_error
from sessionward.dynatrace._version import __version__

if TYPE_CHECKING:
    from sessionward.dynatrace._session_policy import AsyncSessionPolicy, SessionPolicy
    from sessionward.dynatrace._user_sessions import AsyncUserSessions, UserSessions

USER_AGENT = f"sessionward-dynatrace/{__version__}"
# The path of the Cluster API v2 on a cluster, as the spec's server URL has it.
CLUSTER_API_PATH = "api/cluster/v2"


def cluster_api_url(base_url: str | httpx.URL) -> str | httpx.URL:
    """Return `base_url`, with the Cluster API v2 path appended when it has no path at all.

    `https://cluster.example.com` becomes `https://cluster.example.com/api/cluster/v2`; a URL with
    any path is taken as it is (a proxy may serve the API elsewhere). A URL that does not parse is
    returned unchanged, for the core to reject with its own message.
    """
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        return base_url
    if url.host and url.path in ("", "/"):
        return url.copy_with(path="/" + CLUSTER_API_PATH)
    return base_url


PROFILE = core.OverlayProfile(
    user_agent=USER_AGENT,
    error_parser=parse_dynatrace_error,
    generated_client=core.lazy_client("dynatrace_api.client:Client"),
    base_url=cluster_api_url,
)


def _auth(api_token: str | core.Secret) -> core.HeaderAuth:
    secret = core.Secret(api_token)
    if not secret:
        raise ValueError("api_token is empty; pass a Cluster API token")
    return core.HeaderAuth(secret, prefix="Api-Token")


class DynatraceClient(core.ClientShell[core.ModeT, core.InnerT, core.HTTPT]):
    """A client of the Dynatrace Managed Cluster API v2 (user management), for both twins.

    `api_token` is a Cluster API token with the `ServiceProviderAPI` permission, sent as
    `Authorization: Api-Token <token>` (never in the URL, where proxies would log it).

    - `base_url`: the Cluster API v2 root, `https://<cluster>/api/cluster/v2`; a URL with no path
      (`https://<cluster>`) gets `/api/cluster/v2` appended.
    - `timeout`: seconds or an `httpx.Timeout` (default 5 s to connect, 30 s otherwise; never
      unbounded). `max_retries`: retries after a failed attempt (default 2) for connection
      errors, timeouts, 408/429/500/502/503/504 (not the vendor's 510); on a 429 the wait is the
      server's `Retry-After` or `X-RateLimit-Reset`, up to `retry_policy.max_retry_after`, and a
      longer one raises `RateLimitError` (with `retry_after`) at once.
    - `deadline`: seconds a whole call may take, every attempt and retry wait included (default
      120). `max_response_size`: bytes a decompressed body may have (default 32 MiB; larger
      raises `ResponseTooLargeError`).
    - `http_client`: an `httpx.Client` of yours to send through (an `httpx.AsyncClient` for the
      async client; proxies, TLS, transports); the client does not close it. `limits`: pool
      limits of the client's own httpx client.
    - `allow_insecure_http`: send the token over plain `http://` to a non-loopback host
      (refused by default with `InsecureTransportError`).
    - `headers`: extra headers on every request; `retry_policy`, `clock`: retry tuning and the
      time source (tests inject a fake clock).

    Raises `ValueError` for an empty token or a bad `base_url` and `TypeError` for arguments of
    the wrong type; nothing is sent by the constructor.
    """

    profile = PROFILE

    user_sessions: core.resource[UserSessions, AsyncUserSessions] = core.resource(
        "sessionward.dynatrace:UserSessions", "sessionward.dynatrace:AsyncUserSessions"
    )
    """List the signed-in web UI sessions and end all sessions of a user."""
    session_policy: core.resource[SessionPolicy, AsyncSessionPolicy] = core.resource(
        "sessionward.dynatrace:SessionPolicy", "sessionward.dynatrace:AsyncSessionPolicy"
    )
    """Read and change the cluster's user-session policy."""

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        api_token: str | core.Secret,
        http_client: core.InnerT | None = None,
        **options: Unpack[core.ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=_auth(api_token), http_client=http_client, **options)


class DynatraceCluster(
    DynatraceClient[core.Sync, httpx.Client, core.HTTPClient], core.OverlayClient
):
    """A sync client of the Dynatrace Managed Cluster API v2; see `DynatraceClient` for arguments.

    Use it as a context manager (`with`) or call `close()`.
    """


class AsyncDynatraceCluster(
    DynatraceClient[core.Async, httpx.AsyncClient, core.AsyncHTTPClient], core.AsyncOverlayClient
):
    """The async client of the Dynatrace Managed Cluster API v2; see `DynatraceClient`.

    It takes the same arguments (`http_client` is an `httpx.AsyncClient`). Use it with
    `async with` or call `aclose()`; every resource method is awaitable and raises the same
    errors.
    """
