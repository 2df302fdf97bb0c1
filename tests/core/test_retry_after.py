"""Server-requested waits: Retry-After (seconds, dates), reset headers, and the cap."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from sessionward.core import InternalServerError, RateLimitError, RetryPolicy
from sessionward.core._retry_after import (
    parse_rate_limit_reset,
    parse_retry_after,
    server_requested_delay,
)
from sessionward.testing import FakeClock
from tests._support import START
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core.conftest import MakeTwin

NOW = START


def http_date(timestamp: float) -> str:
    return format_datetime(datetime.fromtimestamp(timestamp, UTC), usegmt=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        ("0", 0.0),
        ("-1", None),
        ("soon", None),
        ("", None),
        ("nan", None),
        ("inf", None),
        (http_date(NOW + 30), 30.0),
        (http_date(NOW - 30), 0.0),
        ("Wed, 99 Foo 2015 07:28:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # A rate-limit reset: a Unix timestamp in microseconds, as some vendors send it.
        (str(int((NOW + 4) * 1_000_000)), 4.0),
        (str(int((NOW + 4) * 1_000)), 4.0),
        (str(int(NOW + 4)), 4.0),
        (str(int((NOW + 4) * 1_000_000_000)), 4.0),
        # Small numbers are delays in seconds.
        ("12", 12.0),
        # Resets in the past mean "now".
        (str(int((NOW - 10) * 1_000_000)), 0.0),
        # More than a day away: a misread unit, not a real window; ignored.
        (str(int((NOW + 3 * 86400) * 1_000_000)), None),
        ("-5", None),
        ("tomorrow", None),
    ],
)
def test_parse_rate_limit_reset_infers_the_unit(value: str, expected: float | None) -> None:
    result = parse_rate_limit_reset(value, now=NOW)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected, abs=1e-3)


def test_retry_after_ms_wins_over_retry_after() -> None:
    headers = {"retry-after-ms": "1500", "retry-after": "9"}
    assert server_requested_delay(headers, status_code=503, now=NOW) == 1.5


def test_retry_after_wins_over_the_reset_header() -> None:
    headers = {"retry-after": "2", "x-ratelimit-reset": str(int(NOW + 9))}
    assert server_requested_delay(headers, status_code=429, now=NOW) == 2.0


def test_reset_headers_only_count_on_429() -> None:
    headers = {"x-ratelimit-reset": str(int(NOW + 9))}
    assert server_requested_delay(headers, status_code=503, now=NOW) is None
    assert server_requested_delay(headers, status_code=429, now=NOW) == 9.0


def test_an_invalid_retry_after_falls_through_to_the_reset_header() -> None:
    headers = {"retry-after": "later", "ratelimit-reset": "6"}
    assert server_requested_delay(headers, status_code=429, now=NOW) == 6.0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "headers", "path", "slept"),
    [
        pytest.param(429, lambda now: {"Retry-After": "3"}, "/x", 3.0, id="retry-after-seconds"),
        # An HTTP date is read against the injected clock, not the machine's.
        pytest.param(
            503, lambda now: {"Retry-After": http_date(now + 5)}, "/x", 5.0, id="retry-after-date"
        ),
        # A vendor's reset header that counts microseconds since the epoch.
        pytest.param(
            429,
            lambda now: {"X-RateLimit-Reset": str(int((now + 4) * 1_000_000))},
            "/userSessions",
            pytest.approx(4.0, abs=1e-3),
            id="reset-in-microseconds",
        ),
    ],
)
async def test_the_requested_delay_is_honoured(
    make_twin: MakeTwin,
    server: LoopbackServer,
    clock: FakeClock,
    status: int,
    headers: Callable[[float], dict[str, str]],
    path: str,
    slept: object,
) -> None:
    twin = make_twin()
    server.plan(Reply(status=status, headers=headers(clock.time())), json_reply({"ok": True}))

    response = await twin.request("GET", path)

    assert response.json() == {"ok": True}
    assert clock.sleeps == [slept]


@pytest.mark.anyio
async def test_a_too_long_retry_after_raises_at_once(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(max_retries=5)
    server.plan(Reply(status=429, headers={"Retry-After": "3600"}), json_reply({"ok": True}))

    with pytest.raises(RateLimitError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.retry_after == 3600.0
    assert len(server.requests) == 1
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_the_cap_is_configurable(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(retry_policy=RetryPolicy(max_retry_after=5.0))
    server.plan(Reply(status=503, headers={"Retry-After": "6"}), json_reply({"ok": True}))

    with pytest.raises(InternalServerError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.retry_after == 6.0
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_rate_limit_after_the_retries_keeps_retry_after(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    twin = make_twin(max_retries=1)
    server.plan(*[Reply(status=429, headers={"Retry-After": "2"})] * 2)

    with pytest.raises(RateLimitError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.retry_after == 2.0
    assert clock.sleeps == [2.0]
    assert len(server.requests) == 2
