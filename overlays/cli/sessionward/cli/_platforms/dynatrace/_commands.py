"""The `policy` group of Dynatrace's own commands, `get`, `set` and `check`: options and help.

Read at `sessionward --help` with the platform table, so only click and the small shared modules
are imported here; `_policy`, which does the work with the cluster's client, waits for a run.
"""

from __future__ import annotations

from pathlib import Path

import click

from sessionward.cli._command import Change, command, with_change
from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode


@click.group()
def policy() -> None:
    """The Dynatrace cluster's session policy."""


@policy.command("get")
@command
def policy_get(invocation: Invocation) -> ExitCode:
    """Print the session policy."""
    from sessionward.cli._platforms.dynatrace import _policy

    return _policy.get(invocation)


@policy.command("set")
@click.option("--user-limit", type=click.IntRange(min=0), help="Sessions per user (0: no limit).")
@click.option("--admin-limit", type=click.IntRange(min=0), help="Sessions per admin (0: no limit).")
@click.option(
    "--logout-inactive/--no-logout-inactive", default=None, help="Log out inactive users."
)
@click.option("--inactivity-timeout", type=click.IntRange(min=1), help="Seconds until logout.")
@with_change(
    dry_run="Show the change; send nothing.",
    ticket="Incident or change ticket (recorded in the audit log).",
)
@command
def policy_set(
    invocation: Invocation,
    user_limit: int | None,
    admin_limit: int | None,
    logout_inactive: bool | None,
    inactivity_timeout: int | None,
    change: Change,
) -> ExitCode:
    """Change the given settings of the policy, after showing the change."""
    from sessionward.cli._platforms.dynatrace import _policy

    return _policy.set_(
        invocation,
        changes={
            "user_limit": user_limit,
            "admin_limit": admin_limit,
            "logout_inactive_users_enabled": logout_inactive,
            "user_inactivity_timeout": inactivity_timeout,
        },
        options=change,
    )


@policy.command("check")
@click.option(
    "--baseline",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON or TOML file with the expected settings.",
)
@command
def policy_check(invocation: Invocation, baseline: Path) -> ExitCode:
    """Compare the policy with a baseline; exit 1 and list the differences on drift."""
    from sessionward.cli._platforms.dynatrace import _policy

    return _policy.check(invocation, baseline)
