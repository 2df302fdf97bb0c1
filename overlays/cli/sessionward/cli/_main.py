"""The `sessionward` command: its options, subcommands and help, and nothing heavy.

This module imports click and the command line's small modules only, the platform table among
them: its choices, help texts and `contain` options come from there, and each platform's own
commands (`Platform.commands`) are added to the group. Each command's body imports its
implementation (and so the overlays and httpx) when it runs, so that `sessionward --help` starts
fast. Every command returns an `ExitCode` (`_command.command`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sessionward.cli import _help
from sessionward.cli._command import Decorator, change_options, command
from sessionward.cli._context import Invocation
from sessionward.cli._exit import EXIT_CODES_HELP, ExitCode
from sessionward.cli._platforms import keys, platforms
from sessionward.cli._version import __version__

if TYPE_CHECKING:
    from sessionward.cli._revoking import RevokeOptions

FORMATS = ("table", "json", "jsonl", "csv")
PLATFORM_CHOICE = click.Choice(keys())


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    help=_help.summary(),
    epilog=f"{_help.configuration()}\n\n{EXIT_CODES_HELP}",
)
@click.option(
    "--platform",
    "platforms",
    multiple=True,
    type=PLATFORM_CHOICE,
    help="Only this platform (repeatable); default: every configured one.",
)
@click.option(
    "-o",
    "--output",
    type=click.Choice(FORMATS),
    help="Output format; default: table on a terminal, json otherwise.",
)
@click.option("--profile", help="Profile of the profile file (env SESSIONWARD_PROFILE).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds per request (env SESSIONWARD_TIMEOUT; default 30).",
)
@click.option("--no-input", is_flag=True, help="Never prompt; mutate only with --yes.")
@click.option(
    "--audit-log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Audit log file (env SESSIONWARD_AUDIT_LOG; default in the user's state directory).",
)
@click.option("-q", "--quiet", is_flag=True, help="Errors only on stderr.")
@click.option("-v", "--verbose", count=True, help="Log requests on stderr (-vv: debug).")
@click.version_option(__version__, prog_name="sessionward")
@click.pass_context
def cli(
    context: click.Context,
    platforms: tuple[str, ...],
    output: str | None,
    profile: str | None,
    timeout: float | None,
    no_input: bool,
    audit_log: Path | None,
    quiet: bool,
    verbose: int,
) -> None:
    context.obj = Invocation(
        platforms=platforms,
        output=output,
        profile=profile,
        timeout=timeout,
        no_input=no_input,
        audit_log=audit_log,
        verbosity=-1 if quiet else verbose,
    )


@cli.group()
def sessions() -> None:
    """List and revoke signed-in sessions."""


@sessions.command("list", help=_help.sessions_list())
@click.option("--user", help="Only this user (the `user` value the listing shows).")
@click.option("--ip", help="Only sessions from this address or CIDR block.")
@click.option("--since", help="Only sessions started within this long (e.g. 24h).")
@click.option("--idle-over", help="Only sessions idle for longer than this (e.g. 8h).")
@command
def sessions_list(
    invocation: Invocation,
    user: str | None,
    ip: str | None,
    since: str | None,
    idle_over: str | None,
) -> ExitCode:
    # The help is `_help.sessions_list()`: it names what the platforms mask.
    from sessionward.cli import _list_command
    from sessionward.cli._filters import SessionFilter

    selection = SessionFilter.parse(user=user, ip=ip, since=since, idle_over=idle_over)
    return _list_command.run(invocation, selection)


def _revoke_options(function: Callable[..., None]) -> Callable[..., None]:
    """Add the options `sessions revoke` and `contain` share; the body gets them as `revoke`."""

    @functools.wraps(function)
    def bundled(**values: Any) -> None:
        # Imported when the command runs, like the command bodies, so that --help stays light.
        from sessionward.cli._revoking import RevokeOptions

        names = [field.name for field in dataclasses.fields(RevokeOptions)]
        shared = {name: values.pop(name) for name in names}
        function(revoke=RevokeOptions(**shared), **values)

    options: list[Decorator] = [
        click.option("--keep-current", is_flag=True, help="Keep this command's own session."),
        *change_options(
            dry_run="Show the plan; revoke nothing.",
            ticket="Incident or change ticket (recorded in the audit log).",
        ),
        click.option(
            "--verify/--no-verify", default=True, help="List again afterwards (default: yes)."
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(min=1),
            default=8,
            show_default=True,
            help="Revoke calls in flight per platform.",
        ),
    ]
    decorated: Callable[..., None] = bundled
    for option in reversed(options):
        decorated = option(decorated)
    return decorated


@sessions.command("revoke", help=_help.sessions_revoke())
@click.argument("targets", nargs=-1, metavar="[PLATFORM:ID]...")
@click.option("--user", help="Every session of this user (a dry run unless --yes).")
@_revoke_options
@command
def sessions_revoke(
    invocation: Invocation, targets: tuple[str, ...], user: str | None, revoke: RevokeOptions
) -> ExitCode:
    # The help is `_help.sessions_revoke()`: it says what a target names where that differs.
    from sessionward.cli import _revoke_command

    return _revoke_command.run(invocation, targets=targets, user=user, options=revoke)


def _person_options(function: Callable[..., None]) -> Callable[..., None]:
    """Add `contain`'s option for the person on each session platform, named by its key."""
    for platform in reversed(platforms()):
        if platform.contain_option is not None:
            flag, text = platform.contain_option
            function = click.option(flag, platform.key, help=text)(function)
    return function


@cli.command()
@_person_options
@_revoke_options
@command
def contain(invocation: Invocation, /, revoke: RevokeOptions, **people: str | None) -> ExitCode:
    """End one person's sessions on every platform named: plan, confirm, revoke, verify.

    A failure on one platform never stops the others; one summary row per platform.
    """
    from sessionward.cli import _contain_command

    # In the platforms' order, whatever the order of the options on the command line.
    named = {p.key: value for p in platforms() if (value := people.get(p.key))}
    return _contain_command.run(invocation, users=named, options=revoke)


@cli.group()
def audit() -> None:
    """The audit log of mutating commands."""


@audit.command("tail")
@click.option("-n", "count", type=click.IntRange(min=1), default=10, show_default=True)
@command
def audit_tail(invocation: Invocation, count: int) -> ExitCode:
    """The last N entries of the audit log."""
    from sessionward.cli import _audit_command

    return _audit_command.tail(invocation, count)


@cli.command(context_settings={"ignore_unknown_options": True}, help=_help.sim())
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the simulated data.")
@click.argument("command_line", nargs=-1, type=click.UNPROCESSED, metavar="[-- COMMAND...]")
@command
def sim(invocation: Invocation, seed: int, command_line: tuple[str, ...]) -> int:
    # The help is `_help.sim()`: it counts the platforms whose simulators it serves.
    from sessionward.cli import _sim_command

    return _sim_command.run(invocation, seed=seed, command_line=command_line)


def _add_platform_commands() -> None:
    """Add each platform's own commands (such as a settings group of its own) to the shared ones."""
    for each in platforms():
        for platform_command in each.commands:
            cli.add_command(platform_command)


_add_platform_commands()


def main() -> None:
    """The console script `sessionward`."""
    cli(prog_name="sessionward")
