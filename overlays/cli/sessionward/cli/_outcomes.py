"""What happened to each revoke target, and the one mapping from the clients' results to it.

Every target of `sessions revoke` and `contain` ends in exactly one `Outcome`: revoked, already
gone, failed (with the error's class and a scrubbed message), unverified (the platform said yes
but it could not be checked), skipped (the command's own session) or planned (a dry run). This
module is the only place that reads the clients' revoke results (`ziti.RevokeResult`, DocSpace's
`True`/`False`, a raised error) and the only place that turns outcomes into an exit code, so a
change to the clients' result types is adapted here alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from sessionward.cli._exit import ExitCode

if TYPE_CHECKING:
    from sessionward.cli._redact import Redactor
    from sessionward.ziti import RevokeResult

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


def from_docspace_answer(planned: TargetOutcome, closed: bool) -> TargetOutcome:
    """DocSpace's answer to closing one connection: `False` means none was open."""
    return planned.becomes(Outcome.REVOKED if closed else Outcome.ALREADY_GONE)


def from_ziti_result(
    planned: Mapping[str, TargetOutcome], result: RevokeResult, redactor: Redactor
) -> list[TargetOutcome]:
    """Map a Ziti bulk revoke onto the planned sessions (keyed by session id).

    A planned session the result does not mention (it vanished between the preview and the
    revoke's own listing) is already gone; a session the result names but the preview had not
    seen (it appeared meanwhile) is reported too, so nothing revoked goes unrecorded.
    """
    outcomes = dict(planned)
    template = next(iter(planned.values()), None)

    def slot(session_id: str) -> TargetOutcome:
        known = outcomes.get(session_id)
        if known is not None:
            return known
        if template is None:
            raise LookupError(session_id)
        return replace(template, session=session_id)

    for session_id in result.revoked:
        outcomes[session_id] = slot(session_id).becomes(Outcome.REVOKED)
    for session_id in result.already_gone:
        outcomes[session_id] = slot(session_id).becomes(Outcome.ALREADY_GONE)
    for session_id in result.skipped:
        outcomes[session_id] = slot(session_id).becomes(
            Outcome.SKIPPED, "the command's own session (--keep-current)"
        )
    for session_id, error in result.failed.items():
        outcomes[session_id] = failed(slot(session_id), error, redactor)
    for session_id, outcome in outcomes.items():
        if outcome.outcome is Outcome.PLANNED:
            outcomes[session_id] = outcome.becomes(
                Outcome.ALREADY_GONE, "no longer listed when the revoke ran"
            )
    return list(outcomes.values())


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
