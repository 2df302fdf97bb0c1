"""The `sessionward` command: its options, subcommands and help, and nothing heavy.

This module imports click and the command line's small modules only. Each command's body
imports its implementation (and so the overlays and httpx) when it runs, so that
`sessionward --help` starts fast. Every command returns an `ExitCode`; configuration and usage
problems become exit code 2 with one line on stderr, and no traceback is ever shown for an error
a platform reported.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

import click

from sessionward.cli._context import Invocation
from sessionward.cli._exit import EXIT_CODES_HELP, ExitCode
from sessionward.cli._version import __version__

if TYPE_CHECKING:
    from sessionward.cli._revoking import RevokeOptions

P = ParamSpec("P")

FORMATS = ("table", "json", "jsonl", "csv")
PLATFORM_CHOICE = click.Choice(["docspace", "dynatrace", "ziti", "authress"])
CONFIGURATION_HELP = (
    "Configuration: SESSIONWARD_<PLATFORM>_URL and one variable per credential: "
    "SESSIONWARD_DOCSPACE_TOKEN (or _AUTH_COOKIE), SESSIONWARD_DYNATRACE_API_TOKEN, "
    "SESSIONWARD_ZITI_USERNAME and _PASSWORD (or _SESSION_TOKEN), "
    "SESSIONWARD_AUTHRESS_SERVICE_CLIENT_ACCESS_KEY (or _ACCESS_TOKEN); a platform without a URL "
    "is not configured. Flags win over the environment, the environment over the profile file "
    "(profiles.toml in the user's config directory, refused unless only its owner can read it). "
    "`sessionward sim` serves simulators of all four platforms to try every command."
)

pass_invocation = click.make_pass_decorator(Invocation)


def command(
    function: Callable[Concatenate[Invocation, P], int],
) -> Callable[P, None]:
    """Run a command body with the invocation, turning its result and problems into exit codes."""

    @functools.wraps(function)
    @pass_invocation
    def wrapper(invocation: Invocation, /, *args: P.args, **kwargs: P.kwargs) -> None:
        from sessionward.cli._errors import UsageProblem

        try:
            code: int = function(invocation, *args, **kwargs)
        except UsageProblem as problem:
            invocation.error(str(problem))
            code = ExitCode.USAGE
        except Exception as error:
            code = _unexpected(invocation, error)
        click.get_current_context().exit(int(code))

    return wrapper


def _unexpected(invocation: Invocation, error: Exception) -> ExitCode:
    from sessionward.cli._audit import AuditLogError
    from sessionward.core import SessionwardError

    if isinstance(error, AuditLogError):
        invocation.error(f"{error}; nothing was changed")
        return ExitCode.FAILURE
    if isinstance(error, SessionwardError):
        error_type, message = invocation.redactor().describe(error)
        invocation.error(f"{error_type}: {message}")
        return ExitCode.FAILURE
    raise error


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=f"{CONFIGURATION_HELP}\n\n{EXIT_CODES_HELP}",
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
    """Who is signed in to DocSpace, Dynatrace and OpenZiti, and revoke it; Authress SSO too."""
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


@sessions.command("list")
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
    """One record per session: platform, id, user, ip, started_at, last_active_at, client.

    Session tokens are never shown; Dynatrace session ids, which are credentials, are masked to
    their last four characters.
    """
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

    options = [
        click.option("--keep-current", is_flag=True, help="Keep this command's own session."),
        click.option("--dry-run", is_flag=True, help="Show the plan; revoke nothing."),
        click.option("--yes", "-y", is_flag=True, help="Do not ask; needed without a terminal."),
        click.option("--reason", help="Why (recorded in the audit log)."),
        click.option("--ticket", help="Incident or change ticket (recorded in the audit log)."),
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
    for option in reversed(options):
        bundled = option(bundled)
    return bundled


@sessions.command("revoke")
@click.argument("targets", nargs=-1, metavar="[PLATFORM:ID]...")
@click.option("--user", help="Every session of this user (a dry run unless --yes).")
@_revoke_options
@command
def sessions_revoke(
    invocation: Invocation, targets: tuple[str, ...], user: str | None, revoke: RevokeOptions
) -> ExitCode:
    """Revoke sessions: PLATFORM:ID targets (dynatrace:USER_ID, per user), or --user.

    Shows the plan first and asks (named targets; --yes skips it); a --user selection is a dry run
    unless --yes. Then lists again and reports each target as revoked, already_gone, failed or
    unverified. Every revoke is recorded in the audit log.
    """
    from sessionward.cli import _revoke_command

    return _revoke_command.run(invocation, targets=targets, user=user, options=revoke)


@cli.command()
@click.option("--docspace-user", help="The person's DocSpace user id.")
@click.option("--dynatrace-user", help="The person's Dynatrace user id.")
@click.option("--ziti-identity", help="The person's Ziti identity id.")
@_revoke_options
@command
def contain(
    invocation: Invocation,
    docspace_user: str | None,
    dynatrace_user: str | None,
    ziti_identity: str | None,
    revoke: RevokeOptions,
) -> ExitCode:
    """End one person's sessions on every platform named: plan, confirm, revoke, verify.

    A failure on one platform never stops the others; one summary row per platform.
    """
    from sessionward.cli import _contain_command

    users = {"docspace": docspace_user, "dynatrace": dynatrace_user, "ziti": ziti_identity}
    named = {key: value for key, value in users.items() if value}
    return _contain_command.run(invocation, users=named, options=revoke)


@cli.group()
def policy() -> None:
    """The Dynatrace cluster's session policy."""


@policy.command("get")
@command
def policy_get(invocation: Invocation) -> ExitCode:
    """Print the session policy."""
    from sessionward.cli import _policy_command

    return _policy_command.get(invocation)


@policy.command("set")
@click.option("--user-limit", type=click.IntRange(min=0), help="Sessions per user (0: no limit).")
@click.option("--admin-limit", type=click.IntRange(min=0), help="Sessions per admin (0: no limit).")
@click.option(
    "--logout-inactive/--no-logout-inactive", default=None, help="Log out inactive users."
)
@click.option("--inactivity-timeout", type=click.IntRange(min=1), help="Seconds until logout.")
@click.option("--dry-run", is_flag=True, help="Show the change; send nothing.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask; needed without a terminal.")
@click.option("--reason", help="Why (recorded in the audit log).")
@click.option("--ticket", help="Incident or change ticket (recorded in the audit log).")
@command
def policy_set(
    invocation: Invocation,
    user_limit: int | None,
    admin_limit: int | None,
    logout_inactive: bool | None,
    inactivity_timeout: int | None,
    dry_run: bool,
    yes: bool,
    reason: str | None,
    ticket: str | None,
) -> ExitCode:
    """Change the given settings of the policy, after showing the change."""
    from sessionward.cli import _policy_command

    return _policy_command.set_(
        invocation,
        changes={
            "user_limit": user_limit,
            "admin_limit": admin_limit,
            "logout_inactive_users_enabled": logout_inactive,
            "user_inactivity_timeout": inactivity_timeout,
        },
        dry_run=dry_run,
        yes=yes,
        reason=reason,
        ticket=ticket,
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
    from sessionward.cli import _policy_command

    return _policy_command.check(invocation, baseline)


@cli.group()
def connections() -> None:
    """Authress SSO connections."""


@connections.command("list")
@command
def connections_list(invocation: Invocation) -> ExitCode:
    """One row per SSO connection."""
    from sessionward.cli import _connections_command

    return _connections_command.list_(invocation)


@connections.command("get")
@click.argument("connection_id")
@command
def connections_get(invocation: Invocation, connection_id: str) -> ExitCode:
    """One connection in full (never a client secret)."""
    from sessionward.cli import _connections_command

    return _connections_command.get(invocation, connection_id)


@connections.command("export")
@command
def connections_export(invocation: Invocation) -> ExitCode:
    """Every connection as a JSON array, for `diff` and `apply`."""
    from sessionward.cli import _connections_command

    return _connections_command.export(invocation)


@connections.command("diff")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@command
def connections_diff(invocation: Invocation, file: Path) -> ExitCode:
    """Compare an exported FILE with the live connections; exit 1 when they differ."""
    from sessionward.cli import _connections_command

    return _connections_command.diff(invocation, file)


@connections.command("apply")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show the changes; send nothing.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask; needed without a terminal.")
@click.option("--reason", help="Why (recorded in the audit log).")
@click.option("--ticket", help="Change ticket (recorded in the audit log).")
@command
def connections_apply(
    invocation: Invocation,
    file: Path,
    dry_run: bool,
    yes: bool,
    reason: str | None,
    ticket: str | None,
) -> ExitCode:
    """Create and update connections to match FILE (never deletes one)."""
    from sessionward.cli import _connections_command

    return _connections_command.apply(
        invocation, file, dry_run=dry_run, yes=yes, reason=reason, ticket=ticket
    )


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


@cli.command(context_settings={"ignore_unknown_options": True})
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the simulated data.")
@click.argument("command_line", nargs=-1, type=click.UNPROCESSED, metavar="[-- COMMAND...]")
@command
def sim(invocation: Invocation, seed: int, command_line: tuple[str, ...]) -> int:
    """Serve simulators of the four platforms on loopback and print the environment for them.

    Prints `export SESSIONWARD_...` lines, then serves until interrupted; with a COMMAND, runs it
    in that environment instead and exits with its status. Needs sessionward-cli[sim].
    """
    from sessionward.cli import _sim_command

    return _sim_command.run(invocation, seed=seed, command_line=command_line)


def main() -> None:
    """The console script `sessionward`."""
    cli(prog_name="sessionward")
