"""The one mapping from the clients' revoke results to outcomes, and the exit code it gives."""

from __future__ import annotations

import httpx

from sessionward.cli import ExitCode
from sessionward.cli._outcomes import Outcome, TargetOutcome, exit_code, failed, verified
from sessionward.cli._platforms.docspace._adapter import answer as from_docspace_answer
from sessionward.cli._platforms.ziti._adapter import outcomes_of as from_ziti_result
from sessionward.cli._redact import Redactor
from sessionward.core import APIConnectionError, NotFoundError
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


def test_errors_and_docspace_answers() -> None:
    item = _planned("x")
    request = httpx.Request("DELETE", "http://127.0.0.1/api-sessions/x")
    gone = NotFoundError("gone", response=httpx.Response(404, request=request))
    assert failed(item, gone, REDACTOR).outcome is Outcome.ALREADY_GONE
    assert failed(item, ValueError("bad id"), REDACTOR).error_type == "ValueError"
    assert from_docspace_answer(item, True).outcome is Outcome.REVOKED
    assert from_docspace_answer(item, False).outcome is Outcome.ALREADY_GONE


def test_verification() -> None:
    revoked = _planned("x").becomes(Outcome.REVOKED)
    assert verified(revoked, False, None).outcome is Outcome.REVOKED
    assert verified(revoked, True, None).outcome is Outcome.FAILED
    assert verified(revoked, None, "cannot list").outcome is Outcome.UNVERIFIED
    gone = _planned("x").becomes(Outcome.ALREADY_GONE)
    assert verified(gone, True, None).outcome is Outcome.FAILED
    assert verified(gone, False, None).outcome is Outcome.ALREADY_GONE


def test_exit_codes_of_outcomes() -> None:
    ok, bad = _planned("a").becomes(Outcome.REVOKED), _planned("b").becomes(Outcome.FAILED)
    assert exit_code([]) is ExitCode.NOTHING_MATCHED
    assert exit_code([ok, _planned("c").becomes(Outcome.UNVERIFIED)]) is ExitCode.OK
    assert exit_code([ok, bad]) is ExitCode.PARTIAL
    assert exit_code([bad]) is ExitCode.FAILURE


def test_redactor_scrubs_plain_and_json_forms_and_bounds_length() -> None:
    quoted = Redactor(['pa"ss\\word'])
    assert quoted.scrub('{"m": "pa\\"ss\\\\word"}', limit=None) == '{"m": "[REDACTED]"}'
    assert len(REDACTOR.scrub("x" * 1000)) == 300
    assert SECRET not in repr(REDACTOR)
