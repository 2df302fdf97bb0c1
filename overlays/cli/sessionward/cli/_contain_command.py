"""`sessionward contain`: one person's sessions on every platform named, in one go.

Each platform plans the revoke of its user (its `Platform.contain_option`, such as
`--<key>-user`); the plan is confirmed once (or `--yes`), then every platform revokes and
verifies at the same time, a failure on one never stopping the others. Stdout gets one summary
row per platform: how many sessions were found, revoked, already gone, failed, unverified,
skipped; the audit log gets every target.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from sessionward.cli import _revoking
from sessionward.cli._context import Invocation
from sessionward.cli._errors import UsageProblem
from sessionward.cli._exit import ExitCode
from sessionward.cli._outcomes import Outcome
from sessionward.cli._output import emit
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms import platforms
from sessionward.cli._platforms._adapter import AnyAdapter, adapters
from sessionward.cli._revoking import RevokeOptions

SUMMARY_FIELDS = (
    "platform",
    "user",
    "found",
    "revoked",
    "already_gone",
    "failed",
    "unverified",
    "skipped",
    "errors",
)


def run(invocation: Invocation, *, users: Mapping[str, str], options: RevokeOptions) -> ExitCode:
    """Plan, confirm, revoke and verify per platform; print one summary row per platform."""
    if not users:
        raise UsageProblem(f"name the person on at least one platform ({example_option()}, ...)")
    settings = invocation.settings()
    fmt = invocation.fmt()
    configs = settings.select(tuple(users))

    def build(adapter: AnyAdapter) -> list[PlatformPlan]:
        return [adapter.plan_user(users[adapter.key], keep_current=options.keep_current)]

    request = _revoking.Request(
        command="contain",
        targets=tuple(f"{key}:user:{value}" for key, value in users.items()),
        dry_run_unless_yes=False,
        options=options,
    )
    with adapters(configs, settings.timeout, invocation.redactor()) as opened:
        result = _revoking.run(invocation, request, opened, build)
    if result.code is ExitCode.ABORTED:
        return result.code
    rows: list[dict[str, object]] = []
    for key, user in users.items():
        mine = [o for o in result.outcomes if o.platform == key]
        counts = Counter(o.outcome for o in mine)
        errors = sorted({f"{o.error_type}: {o.message}" for o in mine if o.error_type})
        rows.append(
            {
                "platform": key,
                "user": user,
                "found": sum(1 for o in mine if o.session is not None),
                **{
                    state.value: counts[state] for state in Outcome if state.value in SUMMARY_FIELDS
                },
                "errors": "; ".join(errors) or None,
            }
        )
    emit(rows, SUMMARY_FIELDS, fmt, title="Containment")
    return result.code


def example_option() -> str:
    """The option the usage message shows: that of the platform the examples come from.

    Raises `StopIteration` when no platform with a `contain` option declares an `example_id`.
    """
    return next(p.contain_option[0] for p in platforms() if p.example_id and p.contain_option)
