"""The httpx clients the core hands to the generated code: only the I/O line differs between them.

`HTTPClient` and `AsyncHTTPClient` subclass httpx's clients so that the generated functions, which
call `request()`, run unchanged; `request()` builds the request as usual (base URL, default
headers, timeout) and calls `send()`, which is overridden to run each request as an `Exchange`:
per-call options, the insecure-transport check, the retry loop around the real send (admitted
through the pool gate), the transport error boundary, and a raised `APIStatusError` for every
non-2xx status after the auth flow has seen it. The real send goes through an inner httpx client:
the caller's own, or one the core built and closes. Redirects are never followed, so no credential
is replayed to another host.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar

import httpx

from sessionward.core._body import aread_body, read_body
from sessionward.core._config import ClientConfig
from sessionward.core._deadline import deadline_scope
from sessionward.core._exchange import Exchange
from sessionward.core._options import isolated_options
from sessionward.core._redact import redact_url
from sessionward.core._retrying import run_async, run_sync

if TYPE_CHECKING:
    from types import TracebackType

    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes


Inner = TypeVar("Inner", httpx.Client, httpx.AsyncClient)


def _merge(base_url: httpx.URL, url: httpx.URL | str) -> httpx.URL:
    """What httpx's `_merge_url` does: a relative URL is appended to the base URL's path."""
    merge_url = httpx.URL(url)
    if merge_url.is_relative_url:
        return base_url.copy_with(raw_path=base_url.raw_path + merge_url.raw_path.lstrip(b"/"))
    return merge_url


@functools.lru_cache(maxsize=512)
def _merged_url(base_url: str, url: str) -> httpx.URL:
    # httpx.URL is immutable, so one instance may serve every request to the same place.
    return _merge(httpx.URL(base_url), url)


class _NoTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the transport of the outer client, which never does I/O itself."""

    def handle_request(self, request: httpx.Request) -> NoReturn:
        raise RuntimeError("sessionward clients send through their inner httpx client")

    async def handle_async_request(self, request: httpx.Request) -> NoReturn:
        raise RuntimeError("sessionward clients send through their inner httpx client")


def _outer_settings(config: ClientConfig) -> dict[str, Any]:
    """What the outer client is built with: it builds requests, the inner client sends them."""
    return {
        "base_url": config.base_url,
        "headers": list(config.headers),
        "timeout": config.timeout,
        "follow_redirects": False,
        "trust_env": False,
        "transport": _NoTransport(),
    }


class _Shared(Generic[Inner]):
    """What both clients keep and do besides the I/O: the settings and the start of an exchange."""

    _config: ClientConfig
    _inner: Inner
    _owns_inner: bool

    def _keep(self, config: ClientConfig, inner: Inner, owns_inner: bool) -> None:
        self._config = config
        self._inner = inner
        self._owns_inner = owns_inner
        self._base_text = str(config.base_url)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        # httpx parses the path, then the whole merged URL again, on every request; the
        # generated code sends the same few paths over and over.
        if isinstance(url, str):
            return _merged_url(self._base_text, url)
        return _merge(self._config.base_url, url)

    @property
    def config(self) -> ClientConfig:
        """The settings this client sends with."""
        return self._config

    def _start(
        self, request: httpx.Request, auth: AuthTypes | UseClientDefault | None, *, closed: bool
    ) -> Exchange:
        if closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        inner = self._inner
        return Exchange(
            self._config, request, auth=auth, inner_auth=inner.auth, trust_env=inner.trust_env
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self._config.base_url)!r})"


class HTTPClient(_Shared[httpx.Client], httpx.Client):
    """The `httpx.Client` that sessionward hands to a generated client (`set_httpx_client`).

    Built by `BaseClient`; do not construct it directly. Every request it sends is retried per
    policy, raises a sessionward error on failure (`APIStatusError` subclasses for non-2xx,
    `APIConnectionError`/`APITimeoutError` for transport failures, `InsecureTransportError` before
    sending a credential in clear text), and is logged with credentials redacted.
    """

    def __init__(self, *, config: ClientConfig, inner: httpx.Client, owns_inner: bool) -> None:
        super().__init__(**_outer_settings(config))
        self._keep(config, inner, owns_inner)

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send `request` with retries; return a 2xx response or raise a sessionward error."""
        exchange = self._start(request, auth, closed=self.is_closed)
        inner, gate = self._inner, self._config.gate

        def attempt() -> httpx.Response:
            started, budget = exchange.open_attempt()
            began = time.monotonic()
            try:
                # The deadline scope ends every socket operation of this attempt by its budget.
                with deadline_scope(budget), gate.admit(exchange.pool_wait(budget), nested=True):
                    response = inner.send(
                        request, stream=True, auth=exchange.auth, follow_redirects=False
                    )
                    if not (stream and response.is_success):
                        read_body(response, exchange.max_response_size)
            except httpx.TimeoutException as exc:
                if time.monotonic() - began < budget:
                    raise exchange.transport_failure(exc, started) from exc
                # The deadline scope cut the attempt off: say so rather than "timed out".
                cut = exchange.attempt_timed_out(budget)
                cut.__cause__ = exc
                raise exchange.transport_failure(cut, started) from cut
            except httpx.RequestError as exc:
                raise exchange.transport_failure(exc, started) from exc
            finally:
                exchange.spend(time.monotonic() - began)
            return exchange.outcome(response, started)

        with isolated_options():
            return run_sync(exchange, attempt)

    def close(self) -> None:
        """Close this client, and the inner httpx client if the core built it."""
        if self._owns_inner:
            self._inner.close()
        super().close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()


class AsyncHTTPClient(_Shared[httpx.AsyncClient], httpx.AsyncClient):
    """The `httpx.AsyncClient` twin of `HTTPClient`, for `set_async_httpx_client`.

    Built by `AsyncBaseClient`; behaves exactly like `HTTPClient`.
    """

    def __init__(self, *, config: ClientConfig, inner: httpx.AsyncClient, owns_inner: bool) -> None:
        super().__init__(**_outer_settings(config))
        self._keep(config, inner, owns_inner)

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send `request` with retries; return a 2xx response or raise a sessionward error."""
        import anyio

        exchange = self._start(request, auth, closed=self.is_closed)
        inner, gate = self._inner, self._config.gate

        async def attempt() -> httpx.Response:
            started, budget = exchange.open_attempt()
            began = time.monotonic()
            response: httpx.Response | None = None
            try:
                # Cancelled at its budget: no trickle of bytes can stretch an attempt.
                with deadline_scope(budget), anyio.move_on_after(budget) as scope:
                    async with gate.aadmit(exchange.pool_wait(budget), nested=True):
                        response = await inner.send(
                            request, stream=True, auth=exchange.auth, follow_redirects=False
                        )
                        if not (stream and response.is_success):
                            await aread_body(response, exchange.max_response_size)
                if scope.cancelled_caught or response is None:
                    if response is not None:
                        await response.aclose()
                    raise exchange.attempt_timed_out(budget)
            except httpx.RequestError as exc:
                raise exchange.transport_failure(exc, started) from exc
            finally:
                exchange.spend(time.monotonic() - began)
            return exchange.outcome(response, started)

        with isolated_options():
            return await run_async(exchange, attempt)

    async def aclose(self) -> None:
        """Close this client, and the inner httpx client if the core built it."""
        if self._owns_inner:
            await self._inner.aclose()
        await super().aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()
