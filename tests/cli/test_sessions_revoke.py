"""`sessions revoke`: the selections that are usage errors on any platform.

What a revoke does on each platform is tested in that platform's folder (`tests/cli/<key>/`).
"""

from __future__ import annotations

import pytest

from sessionward.cli import ExitCode
from sessionward.cli._platforms import platforms
from tests.cli._support import Cli


def _bad_selections() -> list[tuple[str, ...]]:
    # The example platform (PLATFORM:ID in the messages) and one without a session API.
    example = next(p.key for p in platforms() if p.example_id)
    no_sessions = next(p.key for p in platforms() if not p.has_sessions)
    return [
        ("sessions", "revoke"),
        ("sessions", "revoke", example),
        ("sessions", "revoke", "mars:abc"),
        ("sessions", "revoke", f"{no_sessions}:abc"),
        ("sessions", "revoke", f"{example}:a", "--user", "b"),
    ]


@pytest.mark.parametrize("arguments", _bad_selections())
def test_bad_selections_are_usage_errors(cli: Cli, arguments: tuple[str, ...]) -> None:
    run = cli.run(*arguments)
    assert run.returncode == ExitCode.USAGE
    assert run.stderr.startswith("error: ")
