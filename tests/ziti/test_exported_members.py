"""The public surface of sessionward.ziti: public module names and twins."""

from __future__ import annotations

import inspect

import ziti_api.models

import sessionward.core
import sessionward.ziti as ziti


def test_each_name_shows_where_it_is_public() -> None:
    for name in ziti.__all__:
        member = getattr(ziti, name)
        if not inspect.isclass(member):
            continue
        if member.__module__.startswith("ziti_api"):
            assert getattr(ziti_api.models, name) is member, name
        elif member.__module__ == "sessionward.core":
            assert getattr(sessionward.core, name) is member, name
        else:
            assert member.__module__ == "sessionward.ziti", name


def test_the_twins_have_the_same_public_methods() -> None:
    def methods(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert methods(ziti.Ziti) - {"close"} == methods(ziti.AsyncZiti) - {"aclose"}
    assert methods(ziti.ApiSessions) == methods(ziti.AsyncApiSessions)
