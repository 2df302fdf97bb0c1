"""The generated `from_dict` checks: paths, wording, what is kept, and what never reaches a message.

Unit checks of the models alone (no HTTP); `test_shape_errors` proves the same errors reach users
as `APIResponseValidationError` over real sockets.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.generated._models import models_module
from tests.generated.test_tolerance import _example


def _session() -> dict[str, Any]:
    session: dict[str, Any] = _example("ziti", "get", "/api-sessions/{id}")["data"]
    return session


def test_the_error_is_a_value_error_with_the_path_and_the_problem() -> None:
    models = models_module("ziti")
    body = _example("ziti", "get", "/api-sessions")
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


def test_a_bool_is_not_an_int_and_an_int_is_not_a_bool() -> None:
    models = models_module("docspace")
    body = _example("docspace", "get", "/api/2.0/security/activeconnections")
    body["response"]["loginEvent"] = False
    with pytest.raises(ValueError, match=r"response\.loginEvent: expected int, got boolean"):
        models.ActiveConnectionsWrapper.from_dict(body)
    body = _example("docspace", "get", "/api/2.0/security/activeconnections")
    body["response"]["items"][0]["mobile"] = 1
    with pytest.raises(ValueError, match=r"items\[0\]\.mobile: expected boolean, got int"):
        models.ActiveConnectionsWrapper.from_dict(body)


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


def test_known_and_unknown_enum_values_parse_to_members() -> None:
    models = models_module("authress")
    connection = _example("authress", "get", "/v1/connections/{connectionId}")
    connection["type"] = "OAUTH2"
    assert models.Connection.from_dict(connection).type_ is models.ConnectionType.OAUTH2
    connection["type"] = "SOMETHING-NEW"
    parsed = models.Connection.from_dict(connection).type_
    assert parsed == "SOMETHING-NEW" and parsed.is_known is False
    connection["type"] = 3
    with pytest.raises(ValueError, match=r"^type: expected string, got int$"):
        models.Connection.from_dict(connection)
