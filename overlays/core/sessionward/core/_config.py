"""The settings one client shares with its views, and the defaults behind them.

A `ClientConfig` is immutable: `with_options()` and `without_auth()` derive a changed copy for a
view, so no call ever mutates what another call is using. The defaults are deliberate: a finite
timeout (five seconds to connect, thirty for the rest), a deadline of two minutes for a whole
call, a 32 MiB limit on a decompressed response body, two retries, httpx's pool limits, and a
`User-Agent` that names sessionward and its version.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

import httpx

from sessionward.core._auth_base import CredentialAuth
from sessionward.core._clock import Clock
from sessionward.core._error_detail import ErrorParser
from sessionward.core._gate import Gate
from sessionward.core._options import check_headers
from sessionward.core._retry_policy import RetryPolicy
from sessionward.core._values import Value
from sessionward.core._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0
)
# A whole call, every attempt and every wait between them, ends within this many seconds.
DEFAULT_DEADLINE = 120.0
# The decompressed body of one response; session listings are kilobytes, a runaway is not.
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024


class ClientConfig(Value):
    """Everything a client and its views need to send a request; evolved, never mutated."""

    __slots__ = (
        "allow_insecure_http",
        "auth",
        "base_url",
        "clock",
        "deadline",
        "error_parser",
        "gate",
        "headers",
        "max_response_size",
        "max_retries",
        "retry_policy",
        "send_auth",
        "timeout",
    )
    base_url: httpx.URL
    headers: tuple[tuple[str, str], ...]
    timeout: httpx.Timeout
    max_retries: int
    auth: httpx.Auth | None
    send_auth: bool
    error_parser: ErrorParser | None
    allow_insecure_http: bool
    retry_policy: RetryPolicy
    clock: Clock
    gate: Gate
    deadline: float
    max_response_size: int

    def __init__(self, **fields: object) -> None:
        missing = set(self.__slots__) - set(fields)
        if missing or len(fields) != len(self.__slots__):
            raise TypeError(f"ClientConfig needs exactly the fields {sorted(self.__slots__)}")
        self._init(**fields)

    @property
    def sensitive_headers(self) -> frozenset[str]:
        """Header names the auth strategy writes, to be redacted in logs whatever they are."""
        if isinstance(self.auth, CredentialAuth):
            return self.auth.credential_headers
        return frozenset()


def normalize_base_url(value: str | httpx.URL) -> httpx.URL:
    """Return the base URL with a trailing slash; raise `ValueError` if it cannot be one.

    It must be absolute `http` or `https`, with a host, and without user info (credentials belong
    in an auth strategy, where they are redacted), query or fragment.
    """
    url = httpx.URL(value)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an absolute http:// or https:// URL with a host")
    if url.userinfo:
        raise ValueError(
            "base_url must not contain user info; pass credentials as an auth strategy"
        )
    if url.query or url.fragment:
        raise ValueError("base_url must not contain a query or a fragment")
    if not url.raw_path.endswith(b"/"):
        url = url.copy_with(raw_path=url.raw_path + b"/")
    return url


def user_agent(product: str | None = None) -> str:
    """Return the `User-Agent`: the overlay's product, then sessionward-core, Python, httpx."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    parts = [product] if product else []
    parts += [f"sessionward-core/{__version__}", f"python/{python}", f"httpx/{httpx.__version__}"]
    return " ".join(parts)


def default_headers(
    product: str | None, extra: Mapping[str, str] | None
) -> tuple[tuple[str, str], ...]:
    """Return the headers every request carries: Accept, User-Agent, then the caller's own."""
    merged = httpx.Headers({"Accept": "application/json", "User-Agent": user_agent(product)})
    if extra:
        merged.update(dict(check_headers(extra)))
    # The raw pairs keep the caller's spelling of each name.
    return tuple((name.decode("latin-1"), value.decode("latin-1")) for name, value in merged.raw)
