"""`PLATFORM:ID` revoke targets: parsed, checked, grouped by platform.

The id is everything after the first colon (Ziti ids have none, but a future one might). A
Dynatrace target names a user id, because Dynatrace ends sessions per user. Authress has no
session API, so an `authress:` target is a usage error.
"""

from __future__ import annotations

from collections.abc import Iterable

from sessionward.cli._config import PLATFORMS
from sessionward.cli._errors import UsageProblem
from sessionward.cli._platforms import NO_SESSION_API, SESSION_PLATFORMS


def group_targets(targets: Iterable[str]) -> dict[str, list[str]]:
    """`{"ziti": ["id1", ...], ...}` in the order given; raises `UsageProblem`."""
    grouped: dict[str, list[str]] = {}
    for target in targets:
        platform, colon, identifier = target.partition(":")
        if not colon or not identifier:
            raise UsageProblem(f"a target is PLATFORM:ID (e.g. ziti:abc123), not {target!r}")
        if platform not in PLATFORMS:
            raise UsageProblem(f"unknown platform {platform!r} in {target!r}")
        if platform not in SESSION_PLATFORMS:
            raise UsageProblem(NO_SESSION_API)
        grouped.setdefault(platform, []).append(identifier)
    return grouped
