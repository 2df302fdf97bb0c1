"""Against a hostile server: every call ends in bounded time and memory, with a typed error.

Each test points a sync and an async client at `HostileServer`, a raw-socket loopback server that
trickles bytes, never ends a body, declares 2 GB, sends a gzip bomb or JSON nested 100,000 deep.
The bounds asserted on elapsed time are generous multiples of the configured limits, and an order
of magnitude below what the misbehaviour would take if nothing stopped it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from sessionward.core import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncBaseClient,
    BaseClient,
    ResponseTooLargeError,
    request_options,
)
from sessionward.core._deadline import deadline_scope
from tests._support import Mode
from tests.core._generated import Item, get_item
from tests.core._hostile import (
    Behaviour,
    HostileServer,
    elapsed,
    endless_chunked,
    gzip_bomb,
    gzipped,
    huge_declared,
    nested_json,
    respond,
    trickle_body,
    trickle_headers,
)
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

MiB = 1024 * 1024


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as running:
        yield running


def serving(
    make_twin: MakeTwin, hostile: HostileServer, behaviour: Behaviour, **kwargs: Any
) -> Twin:
    """A twin with `kwargs` against `hostile`, which now answers with `behaviour`."""
    hostile.behaviour = behaviour
    return make_twin(base_url=hostile.base_url, **kwargs)


# 2. An overall bound on each attempt, and a deadline across the retries.


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        # 100 bytes at one every 0.2 s: 20 s, though no single read waits longer than 0.2 s.
        pytest.param(trickle_body(interval=0.2), "did not complete within", id="body"),
        pytest.param(trickle_headers(interval=0.2), None, id="headers"),
    ],
)
async def test_a_trickle_cannot_stretch_an_attempt(
    make_twin: MakeTwin, hostile: HostileServer, behaviour: Behaviour, message: str | None
) -> None:
    twin = serving(make_twin, hostile, behaviour, timeout=1.0, max_retries=0)

    start = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await twin.request("GET", "/slow")

    assert elapsed(start) < 4.0
    if message is not None:
        assert message in str(caught.value)


async def test_the_deadline_bounds_the_call_across_its_retries(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    # Six attempts of 1 s each would take 6 s and more; the deadline leaves room for two.
    twin = serving(
        make_twin, hostile, trickle_body(interval=0.2), timeout=1.0, max_retries=5, deadline=2.2
    )

    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        await twin.request("GET", "/slow")

    assert elapsed(start) < 4.0
    assert hostile.requests == 2


async def test_a_per_call_deadline_overrides_the_client(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, trickle_body(interval=0.2), timeout=5.0, max_retries=3)

    start = time.monotonic()
    with request_options(deadline=1.0), pytest.raises(APITimeoutError):
        await twin.request("GET", "/slow")

    assert elapsed(start) < 3.0
    assert hostile.requests == 1
    assert twin.client.deadline == DEFAULT_DEADLINE


async def test_a_view_deadline_leaves_the_client_alone(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, trickle_body(interval=0.2), timeout=5.0, max_retries=0)
    view = twin.with_options(deadline=1.0)

    start = time.monotonic()
    with pytest.raises(APITimeoutError):
        await view.request("GET", "/slow")

    assert elapsed(start) < 3.0
    assert view.client.deadline == 1.0
    assert twin.client.deadline == DEFAULT_DEADLINE


async def test_a_request_with_no_time_left_is_not_sent(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    # A request nested in an attempt whose deadline has passed (a login, say) sends nothing,
    # and both twins say why in the same words.
    twin = serving(make_twin, hostile, respond(b'{"ok": true}'))

    with deadline_scope(0.0), pytest.raises(APITimeoutError) as caught:
        await twin.request("GET", "/item")

    assert hostile.requests == 0
    assert "no time left within the call's deadline" in str(caught.value)
    assert caught.value.attempts == 1


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"deadline": 1.0}, id="quick-answer-within-the-deadline"),
        pytest.param({"timeout": 86_400.0}, id="day-long-timeout-accepted"),
    ],
)
async def test_a_quick_answer_is_unaffected_by_the_bounds(
    make_twin: MakeTwin, hostile: HostileServer, options: dict[str, float]
) -> None:
    twin = serving(make_twin, hostile, respond(b'{"ok": true}'), **options)

    assert (await twin.request("GET", "/fine")).json() == {"ok": True}


# 4. Timeouts the operating system cannot wait for are refused with a clear error.


@pytest.mark.parametrize("timeout", [1e10, 1e300, httpx.Timeout(5.0, read=1e10), 10**400], ids=str)
def test_a_huge_timeout_is_refused(mode: Mode, timeout: object) -> None:
    kind = BaseClient if mode == "sync" else AsyncBaseClient
    with pytest.raises(ValueError, match=r"at most 86400 seconds|finite"):
        kind("http://127.0.0.1:1", timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("deadline", [1e10, 1e300, 10**400, 0, -1.0, float("inf")], ids=str)
def test_a_huge_or_empty_deadline_is_refused(mode: Mode, deadline: float) -> None:
    kind = BaseClient if mode == "sync" else AsyncBaseClient
    with pytest.raises(ValueError, match="deadline must be"):
        kind("http://127.0.0.1:1", deadline=deadline)


async def test_a_huge_per_call_timeout_is_refused_before_sending(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = make_twin(base_url=hostile.base_url)
    with pytest.raises(ValueError, match="at most 86400 seconds"), request_options(timeout=1e10):
        await twin.request("GET", "/x")
    assert hostile.requests == 0


# 3. Bodies are bounded once decompressed, and refused before memory grows.


async def test_a_declared_2_gb_body_is_refused_before_reading_it(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, huge_declared(), max_retries=0)

    with pytest.raises(ResponseTooLargeError) as caught:
        await twin.request("GET", "/big")

    error = caught.value
    assert isinstance(error, APIResponseValidationError)
    assert error.limit == DEFAULT_MAX_RESPONSE_SIZE
    assert error.status_code == 200
    assert "2000000000 bytes" in str(error)


async def test_an_endless_chunked_body_stops_at_the_limit(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, endless_chunked(), max_retries=0, max_response_size=2 * MiB)

    start = time.monotonic()
    with pytest.raises(ResponseTooLargeError) as caught:
        await twin.request("GET", "/endless")

    assert caught.value.limit == 2 * MiB
    assert elapsed(start) < 5.0


async def test_a_gzip_bomb_stops_at_the_decompressed_limit(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, gzip_bomb(), max_retries=0, max_response_size=4 * MiB)

    with pytest.raises(ResponseTooLargeError) as caught:
        await twin.request("GET", "/bomb")

    assert caught.value.limit == 4 * MiB


async def test_a_per_call_size_limit_overrides_the_client(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, respond(b'{"data": "' + b"x" * 5000 + b'"}'), max_retries=0)

    assert len((await twin.request("GET", "/x")).content) > 5000
    with request_options(max_response_size=1000), pytest.raises(ResponseTooLargeError):
        await twin.request("GET", "/x")


async def test_an_error_body_is_bounded_too(make_twin: MakeTwin, hostile: HostileServer) -> None:
    twin = serving(
        make_twin,
        hostile,
        respond(b"x" * 5000, status=500, Content_Type="text/plain"),
        max_retries=0,
        max_response_size=1000,
    )

    with pytest.raises(ResponseTooLargeError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.status_code == 500


async def test_a_gzipped_body_within_the_limit_reads_as_usual(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    document = {"id": "1", "name": "n" * 10_000}
    twin = serving(make_twin, hostile, gzipped(document), max_response_size=20_000)

    response = await twin.request("GET", "/x")

    assert response.json() == document
    assert response.headers["content-encoding"] == "gzip"


@pytest.mark.parametrize("size", [0, -5, 1.5, True])
def test_the_size_limit_must_be_a_positive_integer(mode: Mode, size: object) -> None:
    kind = BaseClient if mode == "sync" else AsyncBaseClient
    with pytest.raises(ValueError, match="max_response_size"):
        kind("http://127.0.0.1:1", max_response_size=size)  # type: ignore[arg-type]


# 5. A body nested too deep to parse is a validation error, not a RecursionError.


async def test_deeply_nested_json_is_a_validation_error(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    twin = serving(make_twin, hostile, nested_json(), max_retries=0)

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "1"})

    assert caught.value.status_code == 200
    assert "nested too deeply" in str(caught.value)


async def test_a_deeply_nested_error_body_still_raises_the_status_error(
    make_twin: MakeTwin, hostile: HostileServer
) -> None:
    depth = 100_000
    twin = serving(
        make_twin, hostile, respond(b"[" * depth + b"]" * depth, status=404), max_retries=0
    )

    from sessionward.core import NotFoundError

    with pytest.raises(NotFoundError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "1"})

    assert caught.value.error_code is None


# 15. A URL-valued header is redacted in our log lines and in httpcore's.


async def test_a_location_header_is_redacted_like_a_url(
    make_twin: MakeTwin, hostile: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    location = "https://app.example.com/cb?code=SECRETCODE&access_token=SECRETTOKEN&state=ok"
    twin = serving(
        make_twin,
        hostile,
        respond(b"", status=302, Location=location, Content_Type="text/plain"),
        max_retries=0,
    )
    caplog.set_level(logging.DEBUG)

    with pytest.raises(APIStatusError) as caught:
        await twin.request("GET", "/login")

    assert caught.value.status_code == 302
    assert "SECRETCODE" not in caplog.text
    assert "SECRETTOKEN" not in caplog.text
    assert "state=ok" in caplog.text
    loggers = {record.name for record in caplog.records if "state=ok" in record.getMessage()}
    assert "sessionward.core" in loggers
    assert any(name.startswith("httpcore") for name in loggers)
