"""Refusing to send credentials over plain `http://` to anything but a loopback host.

The check runs before any I/O: in the HTTP client for every request of a client that holds a
credential, and again inside each auth strategy right before it attaches its credential (so the
strategies are safe even on a plain httpx client). The client's explicit opt-in travels to the
strategies as a request extension.
"""

from __future__ import annotations

import functools
import ipaddress
import os

import httpx

from sessionward.core._exceptions import InsecureTransportError
from sessionward.core._redact import redact_url

# Set on a request by a client built with allow_insecure_http=True; read by the auth strategies.
ALLOW_INSECURE_HTTP_EXTENSION = "sessionward.allow_insecure_http"


# Every request of a client that holds a credential asks, twice, about the same few hosts.
@functools.lru_cache(maxsize=256)
def is_loopback_host(host: str) -> bool:
    """Return whether `host` is loopback: 127.0.0.0/8, ::1 (also IPv4-mapped), or localhost."""
    name = host.strip("[]").rstrip(".").lower()
    # Only the exact name: a resolver is free to send sub.localhost anywhere.
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def environment_proxy(url: httpx.URL) -> httpx.URL | None:
    """The proxy the environment (`HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`) names for `url`, if any.

    httpx sends through it when the client trusts the environment (its default).
    """
    # The common case, no proxy variable at all, costs four lookups rather than an environ scan.
    names = (f"{url.scheme}_proxy", "all_proxy")
    if not any(os.environ.get(name) or os.environ.get(name.upper()) for name in names):
        return None
    import urllib.request

    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    # proxy_bypass_environment is stdlib on every platform, though typeshed lists it for some.
    bypass = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009
    if not proxy or bypass(url.host, proxies):
        return None
    try:
        return httpx.URL(proxy if "://" in proxy else f"http://{proxy}")
    except httpx.InvalidURL:
        return None


def ensure_secure_transport(
    url: httpx.URL, *, allow_insecure_http: bool, trust_env: bool = False
) -> None:
    """Raise `InsecureTransportError` if a credential sent to `url` would travel in clear text.

    With `trust_env`, a plain-http request that the environment sends through a proxy is
    judged by the proxy's host too: the proxy, and the network to it, read every byte.
    """
    if url.scheme != "http" or allow_insecure_http:
        return
    proxy = environment_proxy(url) if trust_env else None
    if proxy is not None and not is_loopback_host(proxy.host):
        shown = redact_url(url)
        raise InsecureTransportError(
            f"Refusing to send a credential over plain http to {url.host} ({shown}) through the "
            f"proxy {proxy.host} named by the environment (HTTP_PROXY or ALL_PROXY): the proxy "
            "and the network to it could read it. Use an https:// base URL, exempt the host "
            "with NO_PROXY, or build the client with allow_insecure_http=True if the path is "
            "trusted.",
            url=shown,
        )
    if is_loopback_host(url.host):
        return
    shown = redact_url(url)
    raise InsecureTransportError(
        f"Refusing to send a credential over plain http to {url.host} ({shown}): anyone on the "
        "path could read it. Use an https:// base URL, or build the client with "
        "allow_insecure_http=True if the network path is trusted.",
        url=shown,
    )


def guard_credential(request: httpx.Request) -> None:
    """Check a request right before an auth strategy attaches its credential to it."""
    allowed = bool(request.extensions.get(ALLOW_INSECURE_HTTP_EXTENSION, False))
    ensure_secure_transport(request.url, allow_insecure_http=allowed)
