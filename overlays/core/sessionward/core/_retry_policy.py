"""The retry policy as pure functions: what is retried, and how long to wait before each retry.

Retried: connection errors, timeouts and the statuses 408, 429, 500, 502, 503, 504, for idempotent
methods only, unless the call says the operation is idempotent (`request_options(idempotent=True)`);
a request that provably never left (connect error, connect or pool timeout) is retried whatever
its method. The wait is what the server asked for (`Retry-After` and friends) when it asked, else
exponential backoff with jitter. A server that asks for more than `max_retry_after` gets no retry:
the error is raised at once, carrying `retry_after`, instead of sleeping for minutes unannounced.
"""

from __future__ import annotations

import math
import random as _random
from collections.abc import Callable

from sessionward.core._exceptions import APIConnectionError, APIStatusError
from sessionward.core._transport_errors import request_was_not_sent
from sessionward.core._values import Value

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


class RetryPolicy(Value):
    """How a client retries; the number of retries itself is the client's `max_retries`.

    - `initial_backoff`, `max_backoff`: the first backoff and its ceiling, in seconds; the backoff
      doubles with each retry.
    - `jitter`: the fraction of each backoff that is randomised away (0 = none, 1 = full jitter).
    - `max_retry_after`: the longest server-requested wait that is slept through; a longer one is
      raised at once.
    - `statuses`: the statuses that are retried.
    - `random`: the source of jitter, a callable returning a float in [0, 1).

    Raises `ValueError` for negative or non-finite durations or a jitter outside [0, 1].
    """

    __slots__ = (
        "initial_backoff",
        "jitter",
        "max_backoff",
        "max_retry_after",
        "random",
        "statuses",
    )
    _hidden = frozenset({"random"})
    initial_backoff: float
    max_backoff: float
    jitter: float
    max_retry_after: float
    statuses: frozenset[int]
    random: Callable[[], float]

    def __init__(
        self,
        *,
        initial_backoff: float = 0.5,
        max_backoff: float = 8.0,
        jitter: float = 0.25,
        max_retry_after: float = 30.0,
        statuses: frozenset[int] = RETRYABLE_STATUSES,
        random: Callable[[], float] = _random.random,
    ) -> None:
        for name, value in (
            ("initial_backoff", initial_backoff),
            ("max_backoff", max_backoff),
            ("max_retry_after", max_retry_after),
        ):
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number of seconds >= 0")
        if not 0.0 <= jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")
        self._init(
            initial_backoff=float(initial_backoff),
            max_backoff=float(max_backoff),
            jitter=float(jitter),
            max_retry_after=float(max_retry_after),
            statuses=frozenset(statuses),
            random=random,
        )

    def _fields(self) -> tuple[object, ...]:
        # The source of jitter is not part of a policy's identity.
        return tuple(getattr(self, name) for name in self._names() if name != "random")


class RetryVerdict(Value):
    """Whether to retry a failure, and why (the reason goes into the debug log)."""

    __slots__ = ("reason", "retry")
    retry: bool
    reason: str

    def __init__(self, retry: bool, reason: str) -> None:
        self._init(retry=retry, reason=reason)


def is_idempotent(method: str) -> bool:
    """Return whether HTTP defines `method` as idempotent (safe to send twice)."""
    return method.upper() in IDEMPOTENT_METHODS


def should_retry(
    error: BaseException, *, method: str, idempotent: bool | None, policy: RetryPolicy
) -> RetryVerdict:
    """Decide whether a failed attempt is worth another; retries left are counted elsewhere.

    `idempotent` is the call's own statement (None: decide by the method).
    """
    safe = is_idempotent(method) if idempotent is None else idempotent
    unsafe_reason = (
        f"{method.upper()} is not idempotent; opt in per call with idempotent=True"
        if idempotent is None
        else "the call declared itself not idempotent"
    )
    if isinstance(error, APIStatusError):
        if error.status_code not in policy.statuses:
            return RetryVerdict(False, f"status {error.status_code} is not retried")
        if not safe:
            return RetryVerdict(False, unsafe_reason)
        if error.retry_after is not None and error.retry_after > policy.max_retry_after:
            return RetryVerdict(
                False,
                f"the server asked to wait {error.retry_after:.1f}s, "
                f"over the {policy.max_retry_after:.1f}s cap",
            )
        return RetryVerdict(True, f"status {error.status_code}")
    if isinstance(error, APIConnectionError):
        kind = type(error.__cause__ or error).__name__
        if request_was_not_sent(error):
            return RetryVerdict(True, f"{kind} before the request was sent")
        if not safe:
            return RetryVerdict(False, f"{kind} after sending; {unsafe_reason}")
        return RetryVerdict(True, kind)
    return RetryVerdict(False, f"{type(error).__name__} is not retried")


def backoff_delay(retry_number: int, policy: RetryPolicy) -> float:
    """Return the backoff before retry `retry_number` (1 for the first retry), with jitter.

    The base doubles from `initial_backoff` up to `max_backoff`; jitter then takes away up to
    `jitter` of it, so that many clients failing together do not retry in lockstep.
    """
    exponent = min(max(retry_number - 1, 0), 62)
    base = min(policy.max_backoff, policy.initial_backoff * (2.0**exponent))
    return base * (1.0 - policy.jitter * policy.random())


def retry_delay(error: BaseException, *, retry_number: int, policy: RetryPolicy) -> float:
    """Return how long to wait before retry `retry_number` after `error`.

    The server's own request (`retry_after`, already checked against the cap) wins over backoff.
    """
    if isinstance(error, APIStatusError) and error.retry_after is not None:
        return error.retry_after
    return backoff_delay(retry_number, policy)
