"""`command`: how every command body runs, with the invocation and its result as the exit code.

A body takes the `Invocation` first and returns an `ExitCode`. `command` hands it the invocation,
turns a `UsageProblem` into exit code 2 with one line on stderr, an audit log that cannot be
written or an error a platform reported into exit code 1 without a traceback, and exits with the
code. `_main` and the platforms' own commands (`Platform.commands`) use it alike, and the
options of every command that changes something (`change_options`, bundled as `Change` by
`with_change`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec

import click

from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode

P = ParamSpec("P")

pass_invocation = click.make_pass_decorator(Invocation)
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


@dataclass(frozen=True)
class Change:
    """The options of a command that changes a platform: a dry run, `--yes`, why, the ticket."""

    dry_run: bool
    yes: bool
    reason: str | None
    ticket: str | None


def change_options(*, dry_run: str, ticket: str) -> list[Decorator]:
    """The `--dry-run`, `--yes`, `--reason` and `--ticket` options, with the command's own help."""
    return [
        click.option("--dry-run", is_flag=True, help=dry_run),
        click.option("--yes", "-y", is_flag=True, help="Do not ask; needed without a terminal."),
        click.option("--reason", help="Why (recorded in the audit log)."),
        click.option("--ticket", help=ticket),
    ]


def with_change(*, dry_run: str, ticket: str) -> Decorator:
    """Add `change_options` to a command; its body gets them as one `change: Change`."""

    def decorate(function: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(function)
        def bundled(
            dry_run: bool, yes: bool, reason: str | None, ticket: str | None, **values: Any
        ) -> None:
            function(change=Change(dry_run, yes, reason, ticket), **values)

        decorated: Callable[..., Any] = bundled
        for option in reversed(change_options(dry_run=dry_run, ticket=ticket)):
            decorated = option(decorated)
        return decorated

    return decorate


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
