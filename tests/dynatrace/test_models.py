"""Dynatrace's generated models: a login type the spec does not list yet is kept.

A unit check of the models alone (no HTTP), starting from a spec example.
"""

from __future__ import annotations

from tests.generated._models import models_module, spec_example


def test_an_unknown_dynatrace_login_type_is_preserved() -> None:
    models = models_module("dynatrace")
    (session, *_) = spec_example("dynatrace", "get", "/userSessions")
    session["loginType"] = "PASSKEY"
    parsed = models.UserSession.from_dict(session)
    assert parsed.login_type == "PASSKEY"
    assert parsed.login_type.is_known is False
    assert parsed.to_dict()["loginType"] == "PASSKEY"
