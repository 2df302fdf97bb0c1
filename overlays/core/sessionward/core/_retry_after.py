"""How long a server asked us to wait: `Retry-After`, `Retry-After-Ms` and rate-limit reset headers.

Pure functions of the header values and the current time. `Retry-After` is seconds or an HTTP
date (RFC 9110). `X-RateLimit-Reset` has no standard unit: some servers send a Unix timestamp
in microseconds, others seconds or milliseconds since the epoch, or seconds from now, so the unit
is inferred from the magnitude; a value that makes no sense in any unit is ignored (the client then
falls back to its own backoff) rather than trusted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

# Epoch timestamps of today, by unit: seconds ~1.7e9, ms ~1.7e12, us ~1.7e15, ns ~1.7e18. Anything
# below 1e9 (September 2001 as seconds) can only be a delay in seconds.
_EPOCH_SECONDS_FLOOR = 1e9
_EPOCH_MILLIS_FLOOR = 1e11
_EPOCH_MICROS_FLOOR = 1e14
_EPOCH_NANOS_FLOOR = 1e17
# A reset further out than this is more likely a misread unit than a real window.
_MAX_PLAUSIBLE_RESET = 24 * 60 * 60.0


def parse_retry_after(value: str, *, now: float) -> float | None:
    """Return the seconds a `Retry-After` value asks for, or None if it is not valid.

    Accepts delay-seconds (`120`, also `1.5`) and HTTP dates; a date in the past means 0.
    """
    text = value.strip()
    seconds = _parse_number(text)
    if seconds is not None:
        return seconds if seconds >= 0 else None
    # Imported here: only a date-valued header needs the email package's date parser.
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - now)


def parse_rate_limit_reset(value: str, *, now: float) -> float | None:
    """Return the seconds until a rate-limit reset, inferring the unit of `value`, or None.

    Values of 1e17 and more are read as epoch nanoseconds, 1e14 and more as epoch microseconds,
    1e11 and more as epoch milliseconds, 1e9 and more as epoch seconds, and smaller
    values as seconds from now. A reset in the past means 0; one more than a day away is
    implausible and ignored.
    """
    number = _parse_number(value.strip())
    if number is None or number < 0:
        return None
    if number >= _EPOCH_NANOS_FLOOR:
        delay = number / 1e9 - now
    elif number >= _EPOCH_MICROS_FLOOR:
        delay = number / 1e6 - now
    elif number >= _EPOCH_MILLIS_FLOOR:
        delay = number / 1e3 - now
    elif number >= _EPOCH_SECONDS_FLOOR:
        delay = number - now
    else:
        delay = number
    if delay > _MAX_PLAUSIBLE_RESET:
        return None
    return max(0.0, delay)


def server_requested_delay(
    headers: Mapping[str, str], *, status_code: int, now: float
) -> float | None:
    """Return the seconds the server asked the client to wait before retrying, or None.

    `Retry-After-Ms` wins over `Retry-After`; reset headers (`X-RateLimit-Reset`,
    `RateLimit-Reset`) only count on a 429, where they say when the exhausted budget returns.
    `headers` must look up names case-insensitively, as `httpx.Headers` does.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        number = _parse_number(millis.strip())
        if number is not None and number >= 0:
            return number / 1000.0
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        parsed = parse_retry_after(retry_after, now=now)
        if parsed is not None:
            return parsed
    if status_code == 429:
        for name in ("x-ratelimit-reset", "ratelimit-reset"):
            reset = headers.get(name)
            if reset is not None:
                parsed = parse_rate_limit_reset(reset, now=now)
                if parsed is not None:
                    return parsed
    return None


def _parse_number(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
