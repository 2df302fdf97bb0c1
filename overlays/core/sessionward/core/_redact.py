"""Redaction of credentials in URLs and headers before anything is logged or put in a message.

A header or query parameter is sensitive when its name is on a known list or contains a telling
word (`token`, `secret`, `password`, ...); its value is replaced by `[REDACTED]`. URL passwords
(`user:pass@host`) are redacted as well, and so are the URLs in URL-valued headers (`Location`).
The lists err on the side of hiding too much.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from urllib.parse import unquote_plus

import httpx

REDACTED = "[REDACTED]"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "zt-session",
        "x-api-key",
        "api-key",
        "x-auth-token",
        "x-access-token",
    }
)
# Any header whose name contains one of these is treated as sensitive too (X-Vendor-Session,
# ApiKeyBearer, ...): a custom credential header must not slip through because it is unlisted.
_SENSITIVE_HEADER_PARTS = ("auth", "token", "secret", "session", "cookie", "password", "apikey")

SENSITIVE_QUERY_PARAMS = frozenset(
    {
        "api-token",
        "api_token",
        "apitoken",
        "api-key",
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "code",
        "client_secret",
        "password",
        "secret",
        "signature",
        "sig",
        "jwt",
        "assertion",
    }
)
_SENSITIVE_QUERY_PARTS = ("token", "secret", "password", "passwd", "apikey", "api-key", "api_key")


def is_sensitive_header(name: str, extra: Iterable[str] = ()) -> bool:
    """Return whether a header's value must be hidden; `extra` adds names (case-insensitive)."""
    if _is_sensitive_name(name):
        return True
    lowered = name.lower()
    return any(item.lower() == lowered for item in extra)


# Header names repeat on every request; the answer for a name never changes.
@functools.lru_cache(maxsize=1024)
def _is_sensitive_name(name: str) -> bool:
    lowered = name.lower()
    if lowered in SENSITIVE_HEADERS:
        return True
    compact = lowered.replace("-", "").replace("_", "")
    return any(part in compact for part in _SENSITIVE_HEADER_PARTS)


def is_sensitive_query_param(name: str) -> bool:
    """Return whether a query parameter's value must be hidden."""
    lowered = name.lower()
    return lowered in SENSITIVE_QUERY_PARAMS or any(
        part in lowered for part in _SENSITIVE_QUERY_PARTS
    )


# Headers whose value is a URL: redacted as a URL is (a redirect to `/cb?code=...` carries the
# credential in its query).
URL_HEADERS = frozenset({"location", "content-location"})


def redact_header_value(name: str, value: str, extra: Iterable[str] = ()) -> str:
    """Return a header's value fit for a log: hidden if sensitive, query-redacted if a URL."""
    if is_sensitive_header(name, extra):
        return REDACTED
    if name.lower() in URL_HEADERS:
        try:
            return redact_url(value.strip())
        except (httpx.InvalidURL, ValueError, TypeError):
            return REDACTED  # Not a URL httpx can read: hide it rather than guess.
    return value


def redact_headers(
    headers: httpx.Headers | Iterable[tuple[str, str]], extra: Iterable[str] = ()
) -> dict[str, str]:
    """Return the headers as a dict with sensitive values replaced by `[REDACTED]`.

    Use it before logging headers; `extra` names further headers to hide (an auth strategy's
    custom header). Repeated headers are joined with `, ` as HTTP allows.
    """
    extra_names = tuple(extra)
    pairs = headers.multi_items() if isinstance(headers, httpx.Headers) else headers
    redacted: dict[str, str] = {}
    for name, value in pairs:
        shown = redact_header_value(name, value, extra_names)
        redacted[name] = f"{redacted[name]}, {shown}" if name in redacted else shown
    return redacted


def redact_url(url: httpx.URL | str) -> str:
    """Return the URL as text with its password and sensitive query values redacted.

    Use it wherever a URL is logged or put into a message. The fragment is dropped; it is never
    sent to a server anyway.
    """
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if not parsed.is_absolute_url:
        text = parsed.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
    else:
        userinfo = ""
        if parsed.username or parsed.password:
            userinfo = (
                f"{parsed.username}:{REDACTED}@" if parsed.password else f"{parsed.username}@"
            )
        bare = parsed.copy_with(query=None, fragment=None, userinfo=b"")
        text = str(bare).replace("://", f"://{userinfo}", 1)
    query = parsed.query.decode("ascii", "replace")
    if not query:
        return text
    return f"{text}?{_redact_query(query)}"


def _redact_query(query: str) -> str:
    parts = []
    for item in query.split("&"):
        name, sep, _value = item.partition("=")
        sensitive = sep and is_sensitive_query_param(unquote_plus(name))
        parts.append(f"{name}={REDACTED}" if sensitive else item)
    return "&".join(parts)
