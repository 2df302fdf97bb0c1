"""The revoke workflow that `sessions revoke` and `contain` share: plan, confirm, revoke, verify.

1. Every platform builds its plan at the same time (`PlatformPlan`: targets and limits).
2. The plan goes to stderr. A dry run stops here and prints the planned targets as data.
3. Without `--yes` the operator is asked on a terminal; with `--no-input` or no terminal nothing
   is revoked (exit 5). The audit log is checked before anything changes.
4. The platforms revoke at the same time, each target's failure recorded, never raised.
5. Each platform lists again and every target becomes revoked / already gone / failed /
   unverified (`_outcomes.verified`); one audit entry records it all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from sessionward.cli import _audit
from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode
from sessionward.cli._outcomes import Outcome, TargetOutcome, exit_code
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms._adapter import AnyAdapter

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class RevokeOptions:
    """The options `sessions revoke` and `contain` share, as `_main` hands them to the command."""

    keep_current: bool
    dry_run: bool
    yes: bool
    reason: str | None
    ticket: str | None
    verify: bool
    concurrency: int


@dataclass(frozen=True)
class Request:
    """What the operator asked for, as the workflow and the audit log need it."""

    command: str
    targets: tuple[str, ...]
    dry_run_unless_yes: bool
    options: RevokeOptions


@dataclass
class Result:
    """How the workflow ended: the exit code and every target's outcome (empty if aborted)."""

    code: ExitCode
    outcomes: list[TargetOutcome]
    plans: list[PlatformPlan]
    executed: bool


def _parallel(items: Sequence[T], work: Callable[[T], R]) -> list[R]:
    if len(items) <= 1:
        return [work(item) for item in items]
    with ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(work, items))


def show_plan(invocation: Invocation, plans: Sequence[PlatformPlan], dry: bool) -> None:
    """Print the plan on stderr: per platform, its limits and every target."""
    heading = "Plan (dry run, nothing will be revoked):" if dry else "Plan:"
    invocation.note(heading)
    for plan in plans:
        skipped = sum(item.outcome is Outcome.SKIPPED for item in plan.items)
        failed = sum(item.outcome is Outcome.FAILED for item in plan.items)
        count = f"{plan.to_revoke} to revoke"
        if skipped:
            count += f", {skipped} skipped"
        if failed:
            count += f", {failed} could not be planned"
        invocation.note(f"  {plan.platform}: {count}")
        for note in dict.fromkeys(plan.notes):
            invocation.note(f"    note: {note}")
        for item in plan.items:
            what = item.session or f"every session of {item.user}"
            extra = f"  ({item.message})" if item.message else ""
            user = f"  user {item.user}" if item.user and item.session else ""
            invocation.note(f"    {item.outcome.value:<8} {what}{user}{extra}")


def run(
    invocation: Invocation,
    request: Request,
    adapters: Sequence[AnyAdapter],
    build: Callable[[AnyAdapter], list[PlatformPlan]],
) -> Result:
    """Run the workflow over `adapters`, each planning with `build`; see the module docstring."""
    import click

    planned = _parallel(list(adapters), build)
    pairs = [
        (adapter, plan) for adapter, plans in zip(adapters, planned, strict=True) for plan in plans
    ]
    plans = [plan for _, plan in pairs]
    items = [item for plan in plans for item in plan.items]
    if not items:
        invocation.note("Nothing matched: no session to revoke.")
        return Result(ExitCode.NOTHING_MATCHED, [], plans, executed=False)
    options = request.options
    dry = options.dry_run or (request.dry_run_unless_yes and not options.yes)
    show_plan(invocation, plans, dry)
    if dry:
        if not options.dry_run:
            invocation.note("Dry run: a selection by user is revoked only with --yes.")
        code = exit_code(items) if any(i.outcome is Outcome.FAILED for i in items) else ExitCode.OK
        return Result(code, items, plans, executed=False)
    total = sum(plan.to_revoke for plan in plans)
    if total == 0:
        invocation.note("Nothing to revoke.")
        return Result(exit_code(items), items, plans, executed=False)
    if not options.yes:
        if not invocation.can_prompt():
            invocation.error(
                "not revoking without --yes: there is no terminal to ask (or --no-input)"
            )
            return Result(ExitCode.ABORTED, [], plans, executed=False)
        where = ", ".join(dict.fromkeys(plan.platform for plan in plans if plan.to_revoke))
        try:
            confirmed = click.confirm(f"Revoke {total} target(s) on {where}?", err=True)
        except click.Abort:
            confirmed = False
        if not confirmed:
            invocation.error("aborted: nothing was revoked")
            return Result(ExitCode.ABORTED, [], plans, executed=False)
    settings = invocation.settings()
    _audit.check_writable(settings.audit_log)
    invocation.note(f"Revoking {total} target(s)...")

    def execute(pair: tuple[AnyAdapter, PlatformPlan]) -> list[TargetOutcome]:
        adapter, plan = pair
        done = adapter.execute(plan, options.concurrency)
        if not options.verify:
            return [
                o.becomes(Outcome.UNVERIFIED, "not verified (--no-verify)")
                if o.outcome is Outcome.REVOKED
                else o
                for o in done
            ]
        invocation.note(f"Verifying {plan.platform}...")
        return adapter.verify(plan, done)

    outcomes = [o for done in _parallel(pairs, execute) for o in done]
    code = exit_code(outcomes)
    _audit.append(
        settings.audit_log,
        command=request.command,
        targets=request.targets,
        reason=options.reason,
        ticket=options.ticket,
        outcomes=[o.as_row() for o in outcomes],
        exit_code=int(code),
        redactor=invocation.redactor(),
    )
    return Result(code, outcomes, plans, executed=True)
