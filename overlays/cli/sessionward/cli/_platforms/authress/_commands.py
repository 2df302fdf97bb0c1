"""Authress's `connections` commands (list, get, export, diff, apply) as click declares them.

The bodies live in `_connections` and load the Authress client; this module stays as light as
`_main`, which adds the group to `sessionward` through `Platform.commands`.
"""

from __future__ import annotations

from pathlib import Path

import click

from sessionward.cli._command import Change, command, with_change
from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode


@click.group()
def connections() -> None:
    """Authress SSO connections."""


@connections.command("get")
@click.argument("connection_id")
@command
def connections_get(invocation: Invocation, connection_id: str) -> ExitCode:
    """One connection in full (never a client secret)."""
    from sessionward.cli._platforms.authress import _connections

    return _connections.get(invocation, connection_id)


@connections.command("list")
@command
def connections_list(invocation: Invocation) -> ExitCode:
    """One row per SSO connection."""
    from sessionward.cli._platforms.authress import _connections

    return _connections.list_(invocation)


@connections.command("export")
@command
def connections_export(invocation: Invocation) -> ExitCode:
    """Every connection as a JSON array, for `diff` and `apply`."""
    from sessionward.cli._platforms.authress import _connections

    return _connections.export(invocation)


@connections.command("diff")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@command
def connections_diff(invocation: Invocation, file: Path) -> ExitCode:
    """Compare an exported FILE with the live connections; exit 1 when they differ."""
    from sessionward.cli._platforms.authress import _connections

    return _connections.diff(invocation, file)


@connections.command("apply")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_change(
    dry_run="Show the changes; send nothing.", ticket="Change ticket (recorded in the audit log)."
)
@command
def connections_apply(invocation: Invocation, file: Path, change: Change) -> ExitCode:
    """Create and update connections to match FILE (never deletes one)."""
    from sessionward.cli._platforms.authress import _connections

    return _connections.apply(invocation, file, change)
