"""The one shell of every client people import: `ClientShell`, and its twins' lifecycles.

An overlay declares only what differs between APIs, in an `OverlayProfile` (its `User-Agent`,
the rule that completes a base URL, its error parser, default headers, and how to build its
generated client), and writes its client class once, generic in the mode, over `ClientShell`:
the credential arguments of its constructor, the resources (`resource(...)`) and any operations of
its own. The twins are `class X(Vendor[Sync, httpx.Client, HTTPClient], OverlayClient)` and
`class AsyncX(Vendor[Async, httpx.AsyncClient, AsyncHTTPClient], AsyncOverlayClient)`.
Configuration, `with_options()` views, `auth`, `http_client`, `without_auth()`, closing and the
redacted repr come from the core's client bases, the same for every API.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, Self, Unpack

import httpx

from sessionward.core._client import (
    HTTPT,
    AsyncBaseClient,
    BaseClient,
    ClientOptions,
    InnerT,
    _ClientBase,
)
from sessionward.core._config import ClientConfig
from sessionward.core._error_detail import ErrorParser
from sessionward.core._http_client import AsyncHTTPClient, HTTPClient
from sessionward.core._lazy import Named
from sessionward.core._twin import Async, ModeT, Operations, Sync, resource_names
from sessionward.core._values import Value


def _as_given(base_url: str | httpx.URL) -> str | httpx.URL:
    return base_url


def lazy_client(spec: str, **keywords: Any) -> Callable[[str], Any]:
    """A profile's `generated_client`: builds the class `spec` names for a base URL.

    `spec` is `"<key>_api.client:Client"` (or `AuthenticatedClient`, with `token=""` in
    `keywords`: the core's auth strategy sends the credential). The generated package's client
    and attrs are imported with the first client built, not with the overlay. Raises
    `ValueError` for a spec of another form, and `ImportError` or `AttributeError` with that first
    client for one that names nothing.
    """
    named = Named(spec)

    def build(base_url: str) -> Any:
        return named.get()(base_url=base_url, **keywords)

    return build


class OverlayProfile(Value):
    """What an overlay declares about its API; the shell does the rest.

    - `user_agent`: the overlay's product token (`sessionward-<key>/1.2.3`).
    - `error_parser`: reads the vendor's error bodies (see `error_parser_for`).
    - `generated_client`: builds the generated client for a base URL; the shell hands it the
      configured httpx client (`set_httpx_client` / `set_async_httpx_client`).
    - `base_url`: completes a caller's base URL (a bare host gets the API's path); default as is.
    - `headers`: default headers of the API (such as a media type of its own); the
      caller's `headers` override them.
    """

    __slots__ = ("base_url", "error_parser", "generated_client", "headers", "user_agent")
    user_agent: str
    error_parser: ErrorParser
    generated_client: Callable[[str], Any]
    base_url: Callable[[str | httpx.URL], str | httpx.URL]
    headers: Mapping[str, str]

    def __init__(
        self,
        *,
        user_agent: str,
        error_parser: ErrorParser,
        generated_client: Callable[[str], Any],
        base_url: Callable[[str | httpx.URL], str | httpx.URL] = _as_given,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._init(
            user_agent=user_agent,
            error_parser=error_parser,
            generated_client=generated_client,
            base_url=base_url,
            headers=dict(headers or {}),
        )


class ClientShell(Operations[ModeT], _ClientBase[InnerT, HTTPT], Generic[ModeT, InnerT, HTTPT]):
    """The client of one API, written once for both twins; subclass it for a vendor's client.

    Set `profile`, give the constructor the credential arguments of the API and pass the auth
    strategy they make to `super().__init__`, declare resources with `resource(...)`, and
    override `_context()` if the resources need more than the bound generated client. The
    constructor raises `ValueError` or `TypeError` for invalid arguments and sends nothing.
    """

    profile: ClassVar[OverlayProfile]
    _generated: Any

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        auth: httpx.Auth | None,
        http_client: InnerT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        profile = self.profile
        if profile.headers:
            options["headers"] = {**profile.headers, **(options.get("headers") or {})}
        super().__init__(
            profile.base_url(base_url),
            auth=auth,
            user_agent=profile.user_agent,
            error_parser=profile.error_parser,
            http_client=http_client,
            **options,
        )
        self._bind()

    def _bind(self) -> None:
        generated = self.profile.generated_client(str(self.base_url))
        # The credential is attached by the core's auth strategy on this httpx client; the
        # generated client's own token (if it has one) is never sent.
        if self._asynchronous:
            self._generated = generated.set_async_httpx_client(self._http)
        else:
            self._generated = generated.set_httpx_client(self._http)

    def _context(self) -> Any:
        """What the resources are built over: the bound generated client, unless overridden."""
        return self._generated

    def _view(self, config: ClientConfig) -> Self:
        view = super()._view(config)
        # A view's resources and generated client send through the view's own httpx client.
        for name in resource_names(type(view)):
            view.__dict__.pop(name, None)
        view._bind()
        return view


class OverlayClient(ClientShell[Sync, httpx.Client, HTTPClient], BaseClient):
    """The sync twin's lifecycle: `close()` and `with`. A vendor's sync client subclasses it."""


class AsyncOverlayClient(ClientShell[Async, httpx.AsyncClient, AsyncHTTPClient], AsyncBaseClient):
    """The async twin's lifecycle: `aclose()` and `async with`."""
