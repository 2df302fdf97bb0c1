"""What happened to each revoke target, and the one mapping from outcomes to an exit code.

Every target of `sessions revoke` and `contain` ends in exactly one `Outcome`: revoked, already
gone, failed (with the error's class and a scrubbed message), unverified (the platform said yes
but it could not be checked), skipped (the command's own session) or planned (a dry run). A
raised error becomes an outcome here (`failed`); a client's own revoke result is read by its
platform's package alone, so a change to one client's result types is adapted there. This module
is the only place that turns outcomes into an exit code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from sessionward.cli._exit import ExitCode

if TYPE_CHECKING:
    from sessionward.cli._redact import Redactor

OUTCOME_FIELDS = ("platform", "target", "session", "user", "outcome", "error_type", "message")


class Outcome(StrEnum):
    """How one target ended."""

    REVOKED = "revoked"
    ALREADY_GONE = "already_gone"
    FAILED = "failed"
    UNVERIFIED = "unverified"
    SKIPPED = "skipped"
    PLANNED = "planned"


DONE = frozenset({Outcome.REVOKED, Outcome.ALREADY_GONE, Outcome.UNVERIFIED, Outcome.SKIPPED})


@dataclass(frozen=True)
class TargetOutcome:
    """One target's outcome: `session` is None when the target is a whole user, unseen."""

    platform: str
    target: str
    session: str | None
    user: str | None
    outcome: Outcome
    error_type: str | None = None
    message: str | None = None

    def as_row(self) -> dict[str, str | None]:
        """The outcome as the output formats and the audit log print it."""
        # The fields in their order (OUTCOME_FIELDS), the outcome as its plain string.
        return {**vars(self), "outcome": self.outcome.value}

    def becomes(self, outcome: Outcome, message: str | None = None) -> TargetOutcome:
        """A copy of this outcome changed to `outcome` (by the verification), with a note."""
        return replace(self, outcome=outcome, message=message)


def failed(planned: TargetOutcome, error: BaseException, redactor: Redactor) -> TargetOutcome:
    """The outcome of a target whose revoke raised `error`; a 404 means it was already gone."""
    from sessionward.core import NotFoundError

    if isinstance(error, NotFoundError):
        return planned.becomes(Outcome.ALREADY_GONE)
    error_type, message = redactor.describe(error)
    return replace(planned, outcome=Outcome.FAILED, error_type=error_type, message=message)


def verified(outcome: TargetOutcome, still_listed: bool | None, note: str | None) -> TargetOutcome:
    """Apply the re-listing after the revoke to one outcome.

    `still_listed` is True or False from the re-listing, None when the platform could not be
    asked (the note says why). A session reported revoked but still listed has failed.
    """
    if outcome.outcome is not Outcome.REVOKED:
        if outcome.outcome is Outcome.ALREADY_GONE and still_listed:
            return outcome.becomes(Outcome.FAILED, "reported gone but still listed")
        return outcome
    if still_listed is None:
        return outcome.becomes(Outcome.UNVERIFIED, note)
    if still_listed:
        return replace(
            outcome,
            outcome=Outcome.FAILED,
            error_type="StillActive",
            message="still listed after the revoke",
        )
    return outcome


def exit_code(outcomes: Iterable[TargetOutcome]) -> ExitCode:
    """The exit code of a revoke: OK, PARTIAL, FAILURE, or NOTHING_MATCHED with no target."""
    states = [outcome.outcome for outcome in outcomes]
    if not states:
        return ExitCode.NOTHING_MATCHED
    failures = sum(state is Outcome.FAILED for state in states)
    if not failures:
        return ExitCode.OK
    return ExitCode.FAILURE if failures == len(states) else ExitCode.PARTIAL
