"""DocSpace's generated models: the portal's nulls and .NET date-times parse; bools are no ints.

Unit checks of the models alone (no HTTP), each starting from a spec example.
"""

from __future__ import annotations

import datetime

import pytest

from tests.generated._models import models_module, spec_example


def test_docspace_nulls_and_dotnet_timestamps_parse() -> None:
    models = models_module("docspace")
    body = spec_example("docspace", "get", "/api/2.0/security/activeconnections")
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


def test_a_bool_is_not_an_int_and_an_int_is_not_a_bool() -> None:
    models = models_module("docspace")
    body = spec_example("docspace", "get", "/api/2.0/security/activeconnections")
    body["response"]["loginEvent"] = False
    with pytest.raises(ValueError, match=r"response\.loginEvent: expected int, got boolean"):
        models.ActiveConnectionsWrapper.from_dict(body)
    body = spec_example("docspace", "get", "/api/2.0/security/activeconnections")
    body["response"]["items"][0]["mobile"] = 1
    with pytest.raises(ValueError, match=r"items\[0\]\.mobile: expected boolean, got int"):
        models.ActiveConnectionsWrapper.from_dict(body)
