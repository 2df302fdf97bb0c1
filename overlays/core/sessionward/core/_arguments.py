"""Checks of a caller's arguments that every overlay needs, raising the one argument error.

A bad argument is refused before anything is sent, with an `InvalidArgumentError` that names the
argument as the caller spelled it (`page_size`, not the `limit` it becomes on the wire).
"""

from __future__ import annotations

from sessionward.core._exceptions import InvalidArgumentError


def check_positive_int(name: str, value: int) -> int:
    """Return `value` if it is an integer >= 1 (not a bool); raise `InvalidArgumentError` if not.

    Use it for page sizes and concurrency bounds; the error names `name`.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{name} must be an integer >= 1", name=name)
    return value
