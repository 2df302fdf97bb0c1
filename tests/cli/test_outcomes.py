"""The shared mapping from errors and verification to outcomes, and the exit code it gives."""

from __future__ import annotations

import httpx

from sessionward.cli import ExitCode
from sessionward.cli._outcomes import Outcome, TargetOutcome, exit_code, failed, verified
from sessionward.cli._redact import Redactor
from sessionward.core import NotFoundError

SECRET = "s3cr3t-password-value"
REDACTOR = Redactor([SECRET])


def _planned(session: str) -> TargetOutcome:
    return TargetOutcome("platform", "user:u1", session, "u1", Outcome.PLANNED)


def test_errors_become_outcomes() -> None:
    item = _planned("x")
    request = httpx.Request("DELETE", "http://127.0.0.1/api-sessions/x")
    gone = NotFoundError("gone", response=httpx.Response(404, request=request))
    assert failed(item, gone, REDACTOR).outcome is Outcome.ALREADY_GONE
    assert failed(item, ValueError("bad id"), REDACTOR).error_type == "ValueError"


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
