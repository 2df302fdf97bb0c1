"""`sessionward sessions revoke`: named sessions (`PLATFORM:ID...`) or every session of `--user`.

Named targets are revoked after confirmation (or `--yes`); a `--user` selection is a dry run
unless `--yes`. The outcome of every target is printed as data on stdout; the plan, progress and
notes go to stderr. See `_revoking` for the workflow and `_outcomes` for the exit code.
"""

from __future__ import annotations

from sessionward.cli import _revoking
from sessionward.cli._context import Invocation
from sessionward.cli._errors import UsageProblem
from sessionward.cli._exit import ExitCode
from sessionward.cli._outcomes import OUTCOME_FIELDS
from sessionward.cli._output import emit
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms._adapter import AnyAdapter, adapters, note_no_sessions
from sessionward.cli._revoking import RevokeOptions
from sessionward.cli._targets import group_targets


def run(
    invocation: Invocation, *, targets: tuple[str, ...], user: str | None, options: RevokeOptions
) -> ExitCode:
    """Plan, confirm, revoke, verify and print; raises `UsageProblem` for a bad selection."""
    if bool(targets) == bool(user):
        raise UsageProblem("name PLATFORM:ID targets or --user USER (one of them)")
    if options.concurrency < 1:
        raise UsageProblem("--concurrency must be at least 1")
    settings = invocation.settings()
    fmt = invocation.fmt()
    grouped = group_targets(targets)
    if targets:
        configs = settings.select(tuple(grouped))
    else:
        configs = settings.select(invocation.platforms)
        note_no_sessions(invocation, configs)

    def build(adapter: AnyAdapter) -> list[PlatformPlan]:
        if targets:
            return [adapter.plan_ids(grouped[adapter.key], keep_current=options.keep_current)]
        assert user is not None
        return [adapter.plan_user(user, keep_current=options.keep_current)]

    request = _revoking.Request(
        command="sessions revoke",
        targets=targets or (f"user:{user}",),
        dry_run_unless_yes=user is not None,
        options=options,
    )
    with adapters(configs, settings.timeout, invocation.redactor()) as opened:
        result = _revoking.run(invocation, request, opened, build)
    if result.code is not ExitCode.ABORTED:
        emit([o.as_row() for o in result.outcomes], OUTCOME_FIELDS, fmt, title="Revoke")
    return result.code
