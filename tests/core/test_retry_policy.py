"""The retry policy as pure functions: which failures are retried, and the backoff."""

from __future__ import annotations

import httpx
import pytest

from sessionward.core import (
    APIConnectionError,
    APITimeoutError,
    NotFoundError,
    RetryPolicy,
    status_error_class,
)
from sessionward.core._retry_policy import backoff_delay, retry_delay, should_retry

REQUEST = httpx.Request("GET", "https://api.example/x")


def status_error(status: int, retry_after: float | None = None) -> Exception:
    response = httpx.Response(status, request=REQUEST)
    return status_error_class(status)("x", response=response, retry_after=retry_after)


def connection_error(cause: Exception) -> APIConnectionError:
    error = APIConnectionError("x", request=REQUEST)
    error.__cause__ = cause
    return error


def fixed(value: float) -> RetryPolicy:
    return RetryPolicy(random=lambda: value)


@pytest.mark.parametrize(
    ("method", "status", "retry"),
    [
        ("GET", 503, True),
        ("HEAD", 502, True),
        ("PUT", 500, True),
        ("DELETE", 504, True),
        ("OPTIONS", 408, True),
        ("GET", 429, True),
        ("POST", 503, False),
        ("PATCH", 503, False),
        ("GET", 501, False),
        ("GET", 404, False),
        ("GET", 520, False),
    ],
)
def test_status_decisions(method: str, status: int, retry: bool) -> None:
    verdict = should_retry(
        status_error(status), method=method, idempotent=None, policy=RetryPolicy()
    )
    assert verdict.retry is retry


def test_the_reason_for_a_post_says_how_to_opt_in() -> None:
    verdict = should_retry(status_error(503), method="POST", idempotent=None, policy=RetryPolicy())
    assert "idempotent=True" in verdict.reason


def test_the_call_can_declare_idempotency_either_way() -> None:
    policy = RetryPolicy()
    assert should_retry(status_error(503), method="POST", idempotent=True, policy=policy).retry
    assert not should_retry(status_error(503), method="GET", idempotent=False, policy=policy).retry


def test_the_retried_statuses_are_configurable() -> None:
    policy = RetryPolicy(statuses=frozenset({520}))
    assert should_retry(status_error(520), method="GET", idempotent=None, policy=policy).retry
    assert not should_retry(status_error(503), method="GET", idempotent=None, policy=policy).retry


def test_retry_after_over_the_cap_is_not_retried() -> None:
    policy = RetryPolicy(max_retry_after=10)
    at_cap = should_retry(status_error(429, 10.0), method="GET", idempotent=None, policy=policy)
    over = should_retry(status_error(429, 10.5), method="GET", idempotent=None, policy=policy)
    assert at_cap.retry
    assert not over.retry
    assert "cap" in over.reason


@pytest.mark.parametrize(
    ("cause", "method", "retry"),
    [
        (httpx.ConnectError("refused"), "POST", True),
        (httpx.ConnectTimeout("slow"), "POST", True),
        (httpx.PoolTimeout("busy"), "PATCH", True),
        (httpx.ReadTimeout("slow"), "POST", False),
        (httpx.RemoteProtocolError("dropped"), "POST", False),
        (httpx.ReadTimeout("slow"), "GET", True),
        (httpx.RemoteProtocolError("dropped"), "DELETE", True),
    ],
)
def test_connection_decisions(cause: Exception, method: str, retry: bool) -> None:
    verdict = should_retry(
        connection_error(cause), method=method, idempotent=None, policy=RetryPolicy()
    )
    assert verdict.retry is retry


def test_timeouts_are_connection_errors_for_the_policy() -> None:
    error = APITimeoutError("x", request=REQUEST)
    error.__cause__ = httpx.ReadTimeout("slow")
    assert should_retry(error, method="GET", idempotent=None, policy=RetryPolicy()).retry


def test_other_errors_are_not_retried() -> None:
    policy = RetryPolicy()
    assert not should_retry(ValueError("x"), method="GET", idempotent=None, policy=policy).retry


def test_backoff_doubles_up_to_the_ceiling_without_jitter() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=3.0, jitter=0.0)
    assert [backoff_delay(n, policy) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_takes_away_at_most_its_fraction() -> None:
    assert backoff_delay(3, fixed(0.0)) == 2.0
    assert backoff_delay(3, fixed(0.999999)) == pytest.approx(2.0 * 0.75, rel=1e-5)
    full = RetryPolicy(jitter=1.0, random=lambda: 0.5)
    assert backoff_delay(1, full) == 0.25


def test_backoff_survives_huge_retry_numbers() -> None:
    assert backoff_delay(10_000, RetryPolicy(jitter=0.0)) == 8.0


def test_server_delay_wins_over_backoff() -> None:
    policy = fixed(0.0)
    assert retry_delay(status_error(503, 4.0), retry_number=1, policy=policy) == 4.0
    assert retry_delay(status_error(503), retry_number=2, policy=policy) == 1.0
    assert (
        retry_delay(
            NotFoundError("x", response=httpx.Response(404, request=REQUEST)),
            retry_number=1,
            policy=policy,
        )
        == 0.5
    )


@pytest.mark.parametrize(
    "arguments",
    [
        {"initial_backoff": -1.0},
        {"max_backoff": float("inf")},
        {"max_retry_after": float("nan")},
        {"jitter": 1.5},
        {"jitter": -0.1},
    ],
)
def test_invalid_policies_are_refused(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**arguments)  # type: ignore[arg-type]
