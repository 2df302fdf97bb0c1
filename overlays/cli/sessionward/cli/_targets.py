"""`PLATFORM:ID` revoke targets: parsed, checked, grouped by platform.

The id is everything after the first colon (no platform's ids have one today, but a future one
might). What the id names is the platform's to say (a session, or a whole user where the platform
ends sessions per user). A target of a platform without a session API is a usage error.
"""

from __future__ import annotations

from collections.abc import Iterable

from sessionward.cli._errors import UsageProblem
from sessionward.cli._platforms import keys, platform, platforms


def group_targets(targets: Iterable[str]) -> dict[str, list[str]]:
    """`{"<key>": ["id1", ...], ...}` in the order given; raises `UsageProblem`."""
    grouped: dict[str, list[str]] = {}
    for target in targets:
        key, colon, identifier = target.partition(":")
        if not colon or not identifier:
            raise UsageProblem(f"a target is PLATFORM:ID (e.g. {example()}), not {target!r}")
        if key not in keys():
            raise UsageProblem(f"unknown platform {key!r} in {target!r}")
        if not platform(key).has_sessions:
            raise UsageProblem(platform(key).no_session_api)
        grouped.setdefault(key, []).append(identifier)
    return grouped


def example() -> str:
    """The `PLATFORM:ID` example the messages show: of the platform that declares one.

    Raises `StopIteration` when no platform declares an `example_id`.
    """
    return next(f"{p.key}:{p.example_id}" for p in platforms() if p.example_id)
