"""A string wrapper that keeps credentials out of reprs, logs and exception text.

Every token, password and key that enters the library is wrapped in a `Secret` at once and only
revealed at the point where it is written onto the wire, so printing a client, an auth strategy or
an error can never show it.
"""

from __future__ import annotations

import hmac

_MASK = "**********"


class Secret:
    """A credential whose `repr` and `str` are redacted.

    Use it for any value that must not be printed: `repr(Secret("x"))` is `Secret('**********')`
    and f-strings show the mask too. Call `reveal()` only where the value is sent. Two secrets
    compare equal when their values do (in constant time). Raises `TypeError` for a non-string.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"a Secret wraps a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """Return the wrapped value; call this only to put it on the wire."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, format_spec: str) -> str:
        return format(_MASK, format_spec)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))
