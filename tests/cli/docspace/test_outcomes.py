"""DocSpace's answer to closing a connection, as an outcome; its client and credential keywords."""

from __future__ import annotations

from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._platforms._adapter import adapter_class
from sessionward.cli._platforms.docspace import PLATFORM
from sessionward.cli._platforms.docspace._adapter import answer as from_docspace_answer
from sessionward.docspace import DocSpace


def test_docspace_answers() -> None:
    item = TargetOutcome("docspace", "docspace:1", "1", "u1", Outcome.PLANNED)
    assert from_docspace_answer(item, True).outcome is Outcome.REVOKED
    assert from_docspace_answer(item, False).outcome is Outcome.ALREADY_GONE


def test_the_client_and_its_credential_keywords() -> None:
    assert adapter_class(PLATFORM).client_class is DocSpace
    assert PLATFORM.credentials == (("token",), ("auth_cookie",))
