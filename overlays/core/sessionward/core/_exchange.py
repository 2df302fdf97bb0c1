"""One logical request and its attempts: everything the sync and async clients share but the I/O.

An `Exchange` resolves the per-call options into the request, refuses an insecure credential
transfer before any I/O, picks the auth to send with, counts and logs attempts, turns failures into
sessionward errors, and answers the retry loop's questions (retry? how long to wait?) through the
pure policy in `_retry_policy`. `_retrying` runs that loop with tenacity.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import httpx

from sessionward.core import _logging
from sessionward.core._body import MAX_RESPONSE_SIZE_EXTENSION
from sessionward.core._capture import record_response
from sessionward.core._config import ClientConfig
from sessionward.core._deadline import outer_deadline
from sessionward.core._exceptions import APIError, APIStatusError
from sessionward.core._gate import pool_timeout
from sessionward.core._options import current_options
from sessionward.core._redact import is_sensitive_header
from sessionward.core._retry_policy import RetryVerdict, retry_delay, should_retry
from sessionward.core._status_errors import status_error_from_response
from sessionward.core._transport_errors import translate_transport_error
from sessionward.core._transport_security import (
    ALLOW_INSECURE_HTTP_EXTENSION,
    ensure_secure_transport,
)

# httpx exports the sentinel but not its type; isinstance on the type keeps mypy's narrowing.
_UseClientDefault = type(httpx.USE_CLIENT_DEFAULT)

if TYPE_CHECKING:
    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes
    from tenacity import RetryCallState

    AuthArgument = AuthTypes | UseClientDefault | None


class Exchange:
    """One call of `send()`: its request, resolved options, attempt count and retry answers.

    Raises `InsecureTransportError` on construction if a credential would travel in clear text.
    """

    def __init__(
        self,
        config: ClientConfig,
        request: httpx.Request,
        *,
        auth: AuthArgument,
        inner_auth: httpx.Auth | None,
        trust_env: bool = False,
    ) -> None:
        options = current_options()
        self.config = config
        self.request = request
        self.clock = config.clock
        self.max_retries = (
            options.max_retries if options.max_retries is not None else config.max_retries
        )
        self.idempotent = options.idempotent
        for name, value in options.headers:
            request.headers[name] = value
        if options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        self.deadline = options.deadline if options.deadline is not None else config.deadline
        self.max_response_size = (
            options.max_response_size
            if options.max_response_size is not None
            else config.max_response_size
        )
        request.extensions[MAX_RESPONSE_SIZE_EXTENSION] = self.max_response_size
        self._attempt_limit = _longest_timeout(request, config.timeout)
        self._pool_timeout = pool_timeout(request)
        # A request made inside another one's attempt (a login) ends by that attempt's deadline.
        self._outer_deadline = outer_deadline()
        self._spent = 0.0
        self.auth: AuthArgument = self._resolve_auth(auth)
        explicit_auth = not isinstance(auth, _UseClientDefault) and auth is not None
        # A credential may also ride in a header: a default, a per-call or a generated one
        # (looked for last: with an auth strategy, the answer is already known).
        if (
            config.auth is not None
            or inner_auth is not None
            or explicit_auth
            or any(is_sensitive_header(name) for name in request.headers)
        ):
            ensure_secure_transport(
                request.url, allow_insecure_http=config.allow_insecure_http, trust_env=trust_env
            )
        if config.allow_insecure_http:
            request.extensions[ALLOW_INSECURE_HTTP_EXTENSION] = True
        self.sensitive = config.sensitive_headers
        self.attempt = 0
        self._verdict: RetryVerdict | None = None

    def _resolve_auth(self, auth: AuthArgument) -> AuthArgument:
        if not isinstance(auth, _UseClientDefault):
            return auth
        if not self.config.send_auth:
            return None
        if self.config.auth is not None:
            return self.config.auth
        # No strategy of ours: let a caller-supplied httpx client apply its own auth, if any.
        return httpx.USE_CLIENT_DEFAULT

    @property
    def attempts(self) -> int:
        """The most attempts this exchange may make."""
        return self.max_retries + 1

    # The time budget: the call's deadline, spent by attempts (real time) and retry waits.

    def remaining(self) -> float:
        """Seconds left of the call's deadline (and of an enclosing attempt's, if sooner)."""
        left = self.deadline - self._spent
        if self._outer_deadline is not None:
            left = min(left, self._outer_deadline - time.monotonic())
        return left

    def attempt_budget(self) -> float:
        """Seconds the next attempt may take: its longest timeout, within the deadline."""
        return max(min(self.remaining(), self._attempt_limit), 0.0)

    def pool_wait(self, budget: float) -> float:
        """Seconds an attempt with `budget` may wait for a place in the pool."""
        pool = self._pool_timeout
        return budget if pool is None or budget < pool else pool

    def spend(self, seconds: float) -> None:
        """Count `seconds` (an attempt's real duration, or a retry wait) against the deadline."""
        self._spent += max(seconds, 0.0)

    def out_of_time(self, state: RetryCallState) -> bool:
        """Answer tenacity's "stop?": a retry whose wait would not leave time for it is not made."""
        wait = state.upcoming_sleep or 0.0
        if wait < self.remaining():
            return False
        _logging.log_no_retry(
            self.request,
            reason=f"the call's deadline of {self.deadline:g}s leaves no time for another attempt",
        )
        return True

    def out_of_time_error(self) -> httpx.PoolTimeout:
        """The httpx error for an attempt that has no time left at all (nothing was sent)."""
        return httpx.PoolTimeout(
            f"no time left within the call's deadline of {self.deadline:g}s", request=self.request
        )

    def attempt_timed_out(self, budget: float) -> httpx.ReadTimeout:
        """The httpx error for an attempt cut off at its deadline."""
        return httpx.ReadTimeout(
            f"the attempt did not complete within {budget:.3g}s (its longest timeout, or what was "
            f"left of the call's deadline of {self.deadline:g}s)",
            request=self.request,
        )

    def begin_attempt(self) -> float:
        """Count and log a new attempt; return its start time for `elapsed`."""
        self.attempt += 1
        _logging.log_request(
            self.request, attempt=self.attempt, attempts=self.attempts, sensitive=self.sensitive
        )
        return self.clock.monotonic()

    def open_attempt(self) -> tuple[float, float]:
        """Begin an attempt: return its start time for `elapsed` and its budget in seconds.

        Raises the sessionward timeout error, with nothing sent, when no time is left.
        """
        started = self.begin_attempt()
        budget = self.attempt_budget()
        if budget <= 0:
            error = self.out_of_time_error()
            raise self.transport_failure(error, started) from error
        return started, budget

    def outcome(self, response: httpx.Response, started: float) -> httpx.Response:
        """Record and log the response of an attempt; return it if 2xx, else raise its error."""
        self.received(response, started)
        if response.is_success:
            return response
        raise self.status_error(response)

    def transport_failure(self, exc: httpx.RequestError, started: float) -> APIError:
        """Log a failed attempt and return the sessionward error to raise `from exc`."""
        _logging.log_failure(
            self.request,
            exc,
            elapsed=self.clock.monotonic() - started,
            attempt=self.attempt,
            attempts=self.attempts,
        )
        return translate_transport_error(exc, self.request)

    def received(self, response: httpx.Response, started: float) -> None:
        """Record a response for `unwrap` and log it."""
        record_response(response)
        _logging.log_response(
            response,
            elapsed=self.clock.monotonic() - started,
            attempt=self.attempt,
            attempts=self.attempts,
            sensitive=self.sensitive,
        )

    def status_error(self, response: httpx.Response) -> APIStatusError:
        """Return the error for a non-2xx response whose body has been read."""
        return status_error_from_response(
            response, error_parser=self.config.error_parser, now=self.clock.time()
        )

    # The retry loop's questions, in tenacity's terms.

    def should_retry(self, state: RetryCallState) -> bool:
        """Answer tenacity's "retry?" for the outcome of the last attempt."""
        outcome = state.outcome
        if outcome is None or not outcome.failed:
            return False
        error = outcome.exception()
        if error is None or (isinstance(error, APIError) and error.final):
            # Raised by a request nested in this one (a login) that already had its retries.
            return False
        verdict = should_retry(
            error,
            method=self.request.method,
            idempotent=self.idempotent,
            policy=self.config.retry_policy,
        )
        self._verdict = verdict
        if not verdict.retry:
            _logging.log_no_retry(self.request, reason=verdict.reason)
        return verdict.retry

    def wait(self, state: RetryCallState) -> float:
        """Answer tenacity's "how long?" before the next attempt."""
        error = state.outcome.exception() if state.outcome is not None else None
        if error is None:
            return 0.0
        return retry_delay(
            error, retry_number=state.attempt_number, policy=self.config.retry_policy
        )

    def before_sleep(self, state: RetryCallState) -> None:
        """Log the retry about to happen, and count its wait against the deadline."""
        self.spend(state.upcoming_sleep)
        _logging.log_retry(
            self.request,
            delay=state.upcoming_sleep,
            retry=state.attempt_number,
            max_retries=self.max_retries,
            reason=self._verdict.reason if self._verdict is not None else "a retryable failure",
        )

    def gave_up(self, error: BaseException) -> None:
        """Note on the final error how many attempts were made, and mark it as final."""
        if self._verdict is not None and self._verdict.retry:
            _logging.log_give_up(self.request, attempts=self.attempt, error=error)
        if isinstance(error, APIError):
            error.final = True
            error.attempts = self.attempt
            if self.attempt > 1:
                error.add_note(f"sessionward: gave up after {self.attempt} attempts")


def _longest_timeout(request: httpx.Request, default: httpx.Timeout) -> float:
    """The longest part of the request's timeout: what one attempt as a whole may take."""
    parts = request.extensions.get("timeout")
    values = parts.values() if isinstance(parts, dict) else ()
    longest = max(
        (float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)),
        default=None,
    )
    if longest is not None:
        return longest
    return max(
        float(v)
        for v in (default.connect, default.read, default.write, default.pool)
        if v is not None
    )
