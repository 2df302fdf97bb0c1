r"""Building ZitiQL filter strings without quoting mistakes or injection.

A filter such as `identityId = "<id>"` is text the controller parses; pasting a caller-supplied
value into it unquoted lets a value like `x" or true or id = "` widen a bulk revoke to every
session. `ZitiFilter` writes each value as a ZitiQL literal (strings double-quoted with `\` and
`"` escaped, booleans, `null`, numbers, `datetime(...)`), checks field names, and joins clauses
with `and` / `or` in parentheses. Every builder returns a plain `str`, accepted wherever a
`filter=` is.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable

_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
FilterValue = str | bool | int | float | datetime.datetime | None


class ZitiFilter:
    """Builders for ZitiQL filter expressions; every method returns the expression as a `str`.

    Use them to put a caller's value into a filter safely, e.g.
    `ZitiFilter.eq("identityId", identity_id)` or
    `ZitiFilter.and_(ZitiFilter.eq("identityId", x), ZitiFilter.contains("ipAddress", "10."))`.
    Field names must be plain identifiers (letters, digits, `_`, `.`); values are quoted.
    Raises `ValueError` for an invalid field name, a non-finite number, a naive datetime or an
    empty clause list, and `TypeError` for a value of another type.
    """

    @staticmethod
    def literal(value: FilterValue) -> str:
        """Return `value` as a ZitiQL literal (`"text"`, `true`, `null`, `42`, `datetime(...)`)."""
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError("a ZitiQL number must be finite")
            return repr(value)
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                raise ValueError("a ZitiQL datetime needs a timezone (e.g. datetime.UTC)")
            instant = value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
            return f"datetime({instant})"
        if isinstance(value, str):
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}"'
        raise TypeError(f"a ZitiQL value is a str, bool, number, datetime or None, not {value!r}")

    @staticmethod
    def eq(field: str, value: FilterValue) -> str:
        """`field = value`."""
        return _compare(field, "=", value)

    @staticmethod
    def ne(field: str, value: FilterValue) -> str:
        """`field != value`."""
        return _compare(field, "!=", value)

    @staticmethod
    def lt(field: str, value: FilterValue) -> str:
        """`field < value` (numbers and datetimes)."""
        return _compare(field, "<", value)

    @staticmethod
    def le(field: str, value: FilterValue) -> str:
        """`field <= value`."""
        return _compare(field, "<=", value)

    @staticmethod
    def gt(field: str, value: FilterValue) -> str:
        """`field > value`."""
        return _compare(field, ">", value)

    @staticmethod
    def ge(field: str, value: FilterValue) -> str:
        """`field >= value`."""
        return _compare(field, ">=", value)

    @staticmethod
    def contains(field: str, value: str) -> str:
        """`field contains "value"` (a substring match)."""
        return _compare(field, "contains", value)

    @staticmethod
    def icontains(field: str, value: str) -> str:
        """`field icontains "value"` (a case-insensitive substring match)."""
        return _compare(field, "icontains", value)

    @staticmethod
    def in_(field: str, values: Iterable[FilterValue]) -> str:
        """`field in [v1, v2, ...]`; raises `ValueError` for no values."""
        items = [ZitiFilter.literal(value) for value in values]
        if not items:
            raise ValueError("`in` needs at least one value")
        return f"{_field(field)} in [{', '.join(items)}]"

    @staticmethod
    def and_(*clauses: str) -> str:
        """Join clauses with `and`, each in parentheses."""
        return _join("and", clauses)

    @staticmethod
    def or_(*clauses: str) -> str:
        """Join clauses with `or`, each in parentheses."""
        return _join("or", clauses)


def _field(name: str) -> str:
    if not isinstance(name, str) or not _FIELD.match(name):
        raise ValueError(f"{name!r} is not a ZitiQL field name")
    return name


def _compare(field: str, operator: str, value: FilterValue) -> str:
    return f"{_field(field)} {operator} {ZitiFilter.literal(value)}"


def _join(conjunction: str, clauses: tuple[str, ...]) -> str:
    if not clauses:
        raise ValueError(f"`{conjunction}` needs at least one clause")
    if len(clauses) == 1:
        return clauses[0]
    return f" {conjunction} ".join(f"({clause})" for clause in clauses)
