"""Authress's generated models: connection types, known and unknown, parse to enum members.

Unit checks of the models alone (no HTTP), starting from a spec example: a type the spec does not
list yet is kept and sent back as it came, a value of the wrong JSON type is refused.
"""

from __future__ import annotations

import pytest

from tests.generated._models import models_module, spec_example


def test_an_unknown_authress_connection_type_is_preserved() -> None:
    models = models_module("authress")
    connection = spec_example("authress", "get", "/v1/connections/{connectionId}")
    connection["type"] = "PASSKEY-FEDERATION"
    parsed = models.Connection.from_dict(connection)
    assert parsed.type_ == "PASSKEY-FEDERATION"
    assert parsed.type_.is_known is False
    assert parsed.to_dict()["type"] == "PASSKEY-FEDERATION"
    assert models.ConnectionType("OAUTH2").is_known is True


def test_known_and_unknown_enum_values_parse_to_members() -> None:
    models = models_module("authress")
    connection = spec_example("authress", "get", "/v1/connections/{connectionId}")
    connection["type"] = "OAUTH2"
    assert models.Connection.from_dict(connection).type_ is models.ConnectionType.OAUTH2
    connection["type"] = "SOMETHING-NEW"
    parsed = models.Connection.from_dict(connection).type_
    assert parsed == "SOMETHING-NEW" and parsed.is_known is False
    connection["type"] = 3
    with pytest.raises(ValueError, match=r"^type: expected string, got int$"):
        models.Connection.from_dict(connection)
