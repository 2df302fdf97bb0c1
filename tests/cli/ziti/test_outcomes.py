"""The mapping of a Ziti bulk revoke's `RevokeResult` onto the planned targets."""

from __future__ import annotations

from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._platforms.ziti._adapter import outcomes_of as from_ziti_result
from sessionward.cli._redact import Redactor
from sessionward.core import APIConnectionError
from sessionward.ziti import RevokeResult

SECRET = "s3cr3t-password-value"


REDACTOR = Redactor([SECRET])


def _planned(session: str) -> TargetOutcome:
    return TargetOutcome("ziti", "user:u1", session, "u1", Outcome.PLANNED)


def test_every_planned_session_of_a_ziti_bulk_revoke_is_accounted_for() -> None:
    planned = {s: _planned(s) for s in ("a", "b", "c", "d", "e")}
    result = RevokeResult(
        revoked=("a", "f"),
        already_gone=("b",),
        failed={"c": APIConnectionError(f"dropped, password {SECRET}")},
        skipped=("d",),
    )
    outcomes = {o.session: o for o in from_ziti_result(planned, result, REDACTOR)}
    assert {s: o.outcome for s, o in outcomes.items()} == {
        "a": Outcome.REVOKED,
        "b": Outcome.ALREADY_GONE,
        "c": Outcome.FAILED,
        "d": Outcome.SKIPPED,
        "e": Outcome.ALREADY_GONE,  # not in the revoke's own listing: it went meanwhile
        "f": Outcome.REVOKED,  # appeared after the preview, revoked and reported too
    }
    assert outcomes["c"].error_type == "APIConnectionError"
    assert SECRET not in (outcomes["c"].message or "") and "[REDACTED]" in (
        outcomes["c"].message or ""
    )
