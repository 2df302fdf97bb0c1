"""`sessionward policy get | set | check`: the Dynatrace cluster's session policy.

The policy is shown flat: `user_limit`, `admin_limit` (0: no limit), `logout_inactive_users_enabled`
and `user_inactivity_timeout` (seconds). `set` changes only what is given, after showing the
change and asking (or `--yes`), and records it in the audit log; `check` compares with a baseline
file (JSON or TOML, any subset of the four settings) and exits 1 on drift.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sessionward.cli import _audit
from sessionward.cli._clients import open_client
from sessionward.cli._command import Change
from sessionward.cli._confirm import confirmed
from sessionward.cli._context import Invocation
from sessionward.cli._errors import UsageProblem
from sessionward.cli._exit import ExitCode
from sessionward.cli._output import emit
from sessionward.cli._platforms.dynatrace import PLATFORM

if TYPE_CHECKING:
    from sessionward.dynatrace import DynatraceCluster, UserSessionsConfig

SETTINGS = (
    "user_limit",
    "admin_limit",
    "logout_inactive_users_enabled",
    "user_inactivity_timeout",
)
CHANGE_FIELDS = ("setting", "current", "new")
CHECK_FIELDS = ("setting", "baseline", "current")


def flat(config: UserSessionsConfig) -> dict[str, Any]:
    """The policy as four plain settings."""
    limits, logout = config.concurrent_session_policy_dto, config.automatic_logout_dto
    return {
        "user_limit": limits.user_limit,
        "admin_limit": limits.admin_limit,
        "logout_inactive_users_enabled": logout.logout_inactive_users_enabled,
        "user_inactivity_timeout": logout.user_inactivity_timeout,
    }


def _cluster(invocation: Invocation) -> DynatraceCluster:
    settings = invocation.settings()
    from sessionward.dynatrace import DynatraceCluster

    (config,) = settings.select((PLATFORM.key,))
    return open_client(DynatraceCluster, config, settings.timeout)


def get(invocation: Invocation) -> ExitCode:
    """Print the current policy as one record."""
    fmt = invocation.fmt()
    with _cluster(invocation) as cluster:
        policy = flat(cluster.session_policy.get())
    emit([policy], SETTINGS, fmt, title="Session policy")
    return ExitCode.OK


def set_(
    invocation: Invocation,
    *,
    changes: Mapping[str, Any],
    options: Change,
) -> ExitCode:
    """Show the change, ask, apply it with `update_partial`, audit it, print the new policy."""
    from sessionward.dynatrace import InvalidArgumentError

    given = {name: value for name, value in changes.items() if value is not None}
    if not given:
        raise UsageProblem("give at least one setting to change (e.g. --user-limit 1)")
    settings = invocation.settings()
    fmt = invocation.fmt()
    with _cluster(invocation) as cluster:
        current = flat(cluster.session_policy.get())
        rows = [
            {"setting": name, "current": current[name], "new": given.get(name, current[name])}
            for name in SETTINGS
        ]
        invocation.note("Change:")
        for row in rows:
            marker = "*" if row["setting"] in given else " "
            invocation.note(f"  {marker} {row['setting']}: {row['current']} -> {row['new']}")
        if options.dry_run:
            emit(rows, CHANGE_FIELDS, fmt, title="Session policy (dry run)")
            return ExitCode.OK
        if not confirmed(invocation, "Change the Dynatrace session policy?", yes=options.yes):
            return ExitCode.ABORTED
        _audit.check_writable(settings.audit_log)
        outcome: dict[str, Any] = {"platform": PLATFORM.key, "target": "session-policy"}
        try:
            updated = flat(cluster.session_policy.update_partial(**given))
        except InvalidArgumentError as error:
            raise UsageProblem(f"the policy would break a rule: {error}") from None
        except Exception as error:
            error_type, message = invocation.redactor().describe(error)
            outcome |= {"outcome": "failed", "error_type": error_type, "message": message}
            _record(invocation, given, outcome, options, ExitCode.FAILURE, current)
            raise
        outcome |= {"outcome": "changed", "before": current, "after": updated}
        _record(invocation, given, outcome, options, ExitCode.OK, current)
    emit([updated], SETTINGS, fmt, title="Session policy")
    return ExitCode.OK


def _record(
    invocation: Invocation,
    given: Mapping[str, Any],
    outcome: dict[str, Any],
    options: Change,
    code: ExitCode,
    before: Mapping[str, Any],
) -> None:
    _audit.append(
        invocation.settings().audit_log,
        command="policy set",
        targets=[f"{PLATFORM.key}:{name}={value}" for name, value in given.items()],
        reason=options.reason,
        ticket=options.ticket,
        outcomes=[outcome],
        exit_code=int(code),
        redactor=invocation.redactor(),
    )


def load_baseline(path: Path) -> dict[str, Any]:
    """The settings of a baseline file (JSON or TOML); raises `UsageProblem` if unusable."""
    text = path.read_text(encoding="utf-8")
    try:
        document = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageProblem(f"cannot read the baseline {path}: {error}") from None
    if not isinstance(document, dict):
        raise UsageProblem(f"the baseline {path} must be an object of settings")
    unknown = sorted(set(document) - set(SETTINGS))
    if unknown:
        raise UsageProblem(f"unknown settings in {path}: {', '.join(unknown)}")
    if not document:
        raise UsageProblem(f"the baseline {path} names no setting")
    return document


def check(invocation: Invocation, baseline: Path) -> ExitCode:
    """Print every setting that differs from the baseline; exit 1 if any does, else 0."""
    expected = load_baseline(baseline)
    fmt = invocation.fmt()
    with _cluster(invocation) as cluster:
        current = flat(cluster.session_policy.get())
    drift = [
        {"setting": name, "baseline": value, "current": current[name]}
        for name, value in expected.items()
        if current[name] != value
    ]
    emit(drift, CHECK_FIELDS, fmt, title="Drift from the baseline")
    if drift:
        invocation.note(f"{len(drift)} setting(s) differ from {baseline}")
        return ExitCode.FAILURE
    invocation.note(f"The policy matches {baseline}.")
    return ExitCode.OK
