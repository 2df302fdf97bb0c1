"""Ziti's generated models: what real controllers send that they accept, and what they refuse.

Unit checks of the models alone (no HTTP), each starting from a spec example: unknown fields are
kept, .NET and Go date-times parse, an error's cause may be empty; a type-broken body raises a
`ValueError` naming the field's path and the problem, never the value.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.generated._models import models_module, spec_example


def test_unknown_fields_are_kept_and_sent_back() -> None:
    models = models_module("ziti")
    session = spec_example("ziti", "get", "/api-sessions/{id}")["data"]
    session["identity"]["urlName"] = "identities"  # seen in upstream examples instead of `entity`
    session["someFutureField"] = {"nested": [1, 2]}
    parsed = models.ApiSessionDetail.from_dict(session)
    assert parsed.additional_properties == {"someFutureField": {"nested": [1, 2]}}
    assert parsed.identity.additional_properties == {"urlName": "identities"}
    assert parsed.to_dict()["someFutureField"] == {"nested": [1, 2]}
    assert parsed.to_dict()["identity"]["urlName"] == "identities"


def test_ziti_seven_digit_and_offset_timestamps_parse() -> None:
    models = models_module("ziti")
    session = spec_example("ziti", "get", "/api-sessions/{id}")["data"]
    session["createdAt"] = "2020-03-09T19:03:49.1883693Z"
    session["updatedAt"] = "2020-03-09T14:03:49.1883693-05:00"
    parsed = models.ApiSessionDetail.from_dict(session)
    assert parsed.created_at == parsed.updated_at
    assert parsed.created_at.microsecond == 188369


def test_ziti_error_cause_may_be_empty_or_null() -> None:
    models = models_module("ziti")
    envelope = spec_example("ziti", "get", "/api-sessions/{id}", "404")
    for cause in ("", None):
        envelope["error"]["cause"] = cause
        parsed = models.ApiErrorEnvelope.from_dict(envelope)
        assert parsed.error.cause == cause
        assert parsed.to_dict()["error"]["cause"] == cause


def _session() -> dict[str, Any]:
    session: dict[str, Any] = spec_example("ziti", "get", "/api-sessions/{id}")["data"]
    return session


def test_the_error_is_a_value_error_with_the_path_and_the_problem() -> None:
    models = models_module("ziti")
    body = spec_example("ziti", "get", "/api-sessions")
    body["data"] = [copy.deepcopy(body["data"][0]) for _ in range(4)]
    body["data"][3]["identity"]["id"] = 7
    with pytest.raises(ValueError) as caught:
        models.ListApiSessionsEnvelope.from_dict(body)
    error: Any = caught.value
    assert type(error).__name__ == "ResponseShapeError"
    assert error.path == "data[3].identity.id"
    assert error.problem == "expected string, got int"
    assert str(error) == "data[3].identity.id: expected string, got int"


def test_a_body_that_is_not_an_object_is_named_as_the_body() -> None:
    models = models_module("ziti")
    with pytest.raises(ValueError, match=r"^body: expected object, got array$"):
        models.ListApiSessionsEnvelope.from_dict([])


def test_the_value_never_appears_in_the_message() -> None:
    models = models_module("ziti")
    session = _session()
    session["isMfaRequired"] = "s3cr3t-session-token"
    session["createdAt"] = "s3cr3t-not-a-date"
    for field in ("isMfaRequired", "createdAt"):
        broken = _session()
        broken[field] = session[field]
        with pytest.raises(ValueError) as caught:
            models.ApiSessionDetail.from_dict(broken)
        assert "s3cr3t" not in str(caught.value)
        assert "s3cr3t" not in repr(caught.value)
        assert str(caught.value).startswith(f"{field}: expected ")


def test_unknown_fields_are_kept_whichever_optional_fields_are_absent() -> None:
    models = models_module("ziti")
    session = _session()
    for optional in ("tags", "lastActivityAt", "cachedLastActivityAt", "isCertExtendRequested"):
        session.pop(optional, None)
    session["futureField"] = 1
    parsed = models.ApiSessionDetail.from_dict(session)
    assert parsed.additional_properties == {"futureField": 1}
    assert "futureField" not in models.ApiSessionDetail.from_dict(_session()).additional_properties


def test_null_is_refused_where_the_field_is_not_nullable() -> None:
    models = models_module("ziti")
    session = _session()
    session["identityId"] = None
    with pytest.raises(ValueError, match=r"^identityId: expected string, got null$"):
        models.ApiSessionDetail.from_dict(session)


def test_a_required_field_that_is_missing_is_named() -> None:
    models = models_module("ziti")
    session = _session()
    del session["_links"]["self"]["href"]  # a link inside the map of named links
    with pytest.raises(ValueError, match=r"^_links\.self\.href: required field is missing$"):
        models.ApiSessionDetail.from_dict(session)
