"""The generated models tolerate what real servers send and the specs did not foresee.

Unknown fields are kept, unknown enum values are preserved, vendors' nulls are accepted, and .NET
and Go date-times (7 fractional digits, any offset) parse. Each case starts from a spec example.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

from tests.generated._models import models_module
from tests.specs._documents import load_spec, resolve


def _example(key: str, method: str, path: str, code: str = "200") -> Any:
    """A deep copy of the example body a spec documents for one response."""
    document = load_spec(key)
    response = resolve(document, document["paths"][path][method]["responses"][code])
    (media,) = response["content"].values()
    return copy.deepcopy(media["example"])


def test_unknown_fields_are_kept_and_sent_back() -> None:
    models = models_module("ziti")
    session = _example("ziti", "get", "/api-sessions/{id}")["data"]
    session["identity"]["urlName"] = "identities"  # seen in upstream examples instead of `entity`
    session["someFutureField"] = {"nested": [1, 2]}
    parsed = models.ApiSessionDetail.from_dict(session)
    assert parsed.additional_properties == {"someFutureField": {"nested": [1, 2]}}
    assert parsed.identity.additional_properties == {"urlName": "identities"}
    assert parsed.to_dict()["someFutureField"] == {"nested": [1, 2]}
    assert parsed.to_dict()["identity"]["urlName"] == "identities"


def test_an_unknown_authress_connection_type_is_preserved() -> None:
    models = models_module("authress")
    connection = _example("authress", "get", "/v1/connections/{connectionId}")
    connection["type"] = "PASSKEY-FEDERATION"
    parsed = models.Connection.from_dict(connection)
    assert parsed.type_ == "PASSKEY-FEDERATION"
    assert parsed.type_.is_known is False
    assert parsed.to_dict()["type"] == "PASSKEY-FEDERATION"
    assert models.ConnectionType("OAUTH2").is_known is True


def test_an_unknown_dynatrace_login_type_is_preserved() -> None:
    models = models_module("dynatrace")
    (session, *_) = _example("dynatrace", "get", "/userSessions")
    session["loginType"] = "PASSKEY"
    parsed = models.UserSession.from_dict(session)
    assert parsed.login_type == "PASSKEY"
    assert parsed.login_type.is_known is False
    assert parsed.to_dict()["loginType"] == "PASSKEY"


def test_docspace_nulls_and_dotnet_timestamps_parse() -> None:
    models = models_module("docspace")
    body = _example("docspace", "get", "/api/2.0/security/activeconnections")
    item = body["response"]["items"][0]
    for field in ("ip", "country", "city", "browser", "platform", "page"):
        item[field] = None
    item["date"] = "2024-05-01T12:34:56.1234567+03:00"
    parsed = models.ActiveConnectionsWrapper.from_dict(body)
    first = parsed.response.items[0]
    assert first.ip is None and first.city is None and first.page is None
    assert first.date == datetime.datetime(
        2024, 5, 1, 12, 34, 56, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )


def test_ziti_seven_digit_and_offset_timestamps_parse() -> None:
    models = models_module("ziti")
    session = _example("ziti", "get", "/api-sessions/{id}")["data"]
    session["createdAt"] = "2020-03-09T19:03:49.1883693Z"
    session["updatedAt"] = "2020-03-09T14:03:49.1883693-05:00"
    parsed = models.ApiSessionDetail.from_dict(session)
    assert parsed.created_at == parsed.updated_at
    assert parsed.created_at.microsecond == 188369


def test_ziti_error_cause_may_be_empty_or_null() -> None:
    models = models_module("ziti")
    envelope = _example("ziti", "get", "/api-sessions/{id}", "404")
    for cause in ("", None):
        envelope["error"]["cause"] = cause
        parsed = models.ApiErrorEnvelope.from_dict(envelope)
        assert parsed.error.cause == cause
        assert parsed.to_dict()["error"]["cause"] == cause
