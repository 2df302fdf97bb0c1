"""Redaction of URLs, headers and library log records, as pure functions."""

from __future__ import annotations

import logging

import httpx
import pytest

from sessionward.core import Secret, redact_headers, redact_url
from sessionward.core._logging import RedactLibraryLogs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/api?limit=5", "https://h/api?limit=5"),
        ("https://h/api?api-token=abc&limit=5", "https://h/api?api-token=[REDACTED]&limit=5"),
        ("https://h/cb?code=xyz&state=s", "https://h/cb?code=[REDACTED]&state=s"),
        (
            "https://h/p?access_token=a&token=b",
            "https://h/p?access_token=[REDACTED]&token=[REDACTED]",
        ),
        ("https://h/p?my_refresh_token=a", "https://h/p?my_refresh_token=[REDACTED]"),
        ("https://h/p?Api%2DToken=a", "https://h/p?Api%2DToken=[REDACTED]"),
        ("https://h/p?client_secret=a&flag", "https://h/p?client_secret=[REDACTED]&flag"),
        ("https://user:pw@h/p", "https://user:[REDACTED]@h/p"),
        ("https://user@h/p", "https://user@h/p"),
        ("https://h/p#access_token=frag", "https://h/p"),
        ("https://h:8443/p?filter=name%3D%22x%22", "https://h:8443/p?filter=name%3D%22x%22"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert redact_url(httpx.URL(url)) == expected


def test_redact_headers() -> None:
    headers = httpx.Headers(
        [
            ("Authorization", "Api-Token a"),
            ("zt-session", "b"),
            ("Cookie", "asc_auth_key=c"),
            ("Set-Cookie", "x=d"),
            ("Set-Cookie", "y=e"),
            ("X-Api-Key", "f"),
            ("Proxy-Authorization", "g"),
            ("ApiKeyBearer", "h"),
            ("X-Vendor-Session", "i"),
            ("Accept", "application/json"),
            ("X-RateLimit-Remaining", "9"),
        ]
    )
    redacted = redact_headers(headers, extra=["X-Custom-Credential"])
    assert redacted == {
        "authorization": "[REDACTED]",
        "zt-session": "[REDACTED]",
        "cookie": "[REDACTED]",
        "set-cookie": "[REDACTED], [REDACTED]",
        "x-api-key": "[REDACTED]",
        "proxy-authorization": "[REDACTED]",
        "apikeybearer": "[REDACTED]",
        "x-vendor-session": "[REDACTED]",
        "accept": "application/json",
        "x-ratelimit-remaining": "9",
    }
    assert redact_headers([("X-Custom-Credential", "z")], extra=["x-custom-credential"]) == {
        "X-Custom-Credential": "[REDACTED]"
    }


def test_the_library_filter_redacts_httpx_urls_and_httpcore_headers() -> None:
    url_record = logging.LogRecord(
        "httpx",
        logging.INFO,
        "f",
        1,
        "HTTP Request: %s %s",
        ("GET", httpx.URL("https://h/?token=t")),
        None,
    )
    header_record = logging.LogRecord(
        "httpcore.http11",
        logging.DEBUG,
        "f",
        1,
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
        "[(b'Set-Cookie', b'sid=secret; Path=/'), (b'Content-Type', b'text/plain')])",
        None,
        None,
    )
    log_filter = RedactLibraryLogs()

    assert log_filter.filter(url_record) and log_filter.filter(header_record)

    assert url_record.getMessage() == "HTTP Request: GET https://h/?token=[REDACTED]"
    assert "secret" not in header_record.getMessage()
    assert "(b'Set-Cookie', b'[REDACTED]')" in header_record.getMessage()
    assert "(b'Content-Type', b'text/plain')" in header_record.getMessage()


def test_secret_is_redacted_everywhere() -> None:
    secret = Secret("hunter2")
    assert repr(secret) == "Secret('**********')"
    assert str(secret) == f"{secret}" == "**********"
    assert f"{secret:>12}" == "  **********"
    assert secret.reveal() == "hunter2"
    assert secret == Secret("hunter2")
    assert secret != Secret("hunter3")
    assert Secret(secret).reveal() == "hunter2"
    assert bool(Secret("")) is False
    with pytest.raises(TypeError):
        Secret(42)  # type: ignore[arg-type]
