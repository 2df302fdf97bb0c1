"""Checking the path parameters of DocSpace calls before anything is sent.

`login_event_id` is the spec's int32 `loginEventId`; `user_id` is a UUID. Both pass the core's
`validate_path_param` as well, so an empty or dot-segment value can never reshape the request
path. A bad value is refused with `InvalidPathParameterError` (also a `ValueError`) before any
I/O; a value of the wrong type with `TypeError`.
"""

from __future__ import annotations

import re
import uuid

from sessionward.core import InvalidPathParameterError, validate_path_param

_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1
# A caller's value is echoed in the error only when it is short: it is an id, but it might be
# anything the caller passed by mistake.
_ECHO_LIMIT = 64
_HEX_UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_CANONICAL_UUID = re.compile(rf"(?:urn:uuid:)?(?:{_HEX_UUID}|\{{{_HEX_UUID}\}})")


def login_event_id_param(value: int) -> int:
    """Return `value` if it can be a login event id (an int32); raise otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"login_event_id must be an int (the id of an item of list()), "
            f"not {type(value).__name__}"
        )
    if not _INT32_MIN <= value <= _INT32_MAX:
        raise InvalidPathParameterError(
            f"path parameter 'login_event_id' is {value}, outside the int32 range of DocSpace "
            "login event ids",
            name="login_event_id",
        )
    validate_path_param("login_event_id", value)
    return value


def user_id_param(value: str | uuid.UUID) -> uuid.UUID:
    """Return `value` as a UUID; raise `InvalidPathParameterError` if it is not one.

    Accepted: a `uuid.UUID`, or the text form `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` of hex
    digits in either case, optionally in braces or after `urn:uuid:`. `uuid.UUID()` alone also
    takes a sign, underscores, `0x`, blanks or `urn:` anywhere, and then names another UUID than
    the caller wrote; the id sent must be the caller's, so those are refused.
    """
    if isinstance(value, uuid.UUID):
        return value
    text = validate_path_param("user_id", value)
    try:
        if not isinstance(value, str) or not _CANONICAL_UUID.fullmatch(text):
            raise ValueError(text)
        return uuid.UUID(text)
    except ValueError:
        shown = f" {text!r}" if len(text) <= _ECHO_LIMIT else ""
        raise InvalidPathParameterError(
            f"path parameter 'user_id'{shown} is not a UUID; pass the DocSpace user's id, e.g. "
            "the user_id of a connection",
            name="user_id",
        ) from None
