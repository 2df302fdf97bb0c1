"""Checking the `userId` query parameter of the user-session calls before anything is sent.

The spec requires a non-empty `userId` (`minLength: 1`); the server answers 400 without one and
would treat a blank one as the id of no user. Refusing it client-side turns a confusing 400 or 404
into an error that names the argument.
"""

from __future__ import annotations

from sessionward.core import InvalidArgumentError


def user_id_param(value: str) -> str:
    """Return `value` if it can be a Dynatrace user id; raise otherwise.

    Raises `InvalidArgumentError` for an empty or blank id and `TypeError` for a non-string.
    """
    if not isinstance(value, str):
        raise TypeError(f"user_id must be a str (a Dynatrace user id), not {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(
            "user_id is empty; pass the id of the user (the user_id of a UserSession)",
            name="user_id",
            problems=("user_id is empty",),
        )
    return value
