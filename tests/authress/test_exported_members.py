"""The public surface of sessionward.authress: public module names and twins."""

from __future__ import annotations

import inspect

import authress_api.models

import sessionward.authress as authress
import sessionward.core


def test_each_name_shows_where_it_is_public() -> None:
    for name in authress.__all__:
        member = getattr(authress, name)
        if not inspect.isclass(member):
            continue
        if member.__module__.startswith("authress_api"):
            assert getattr(authress_api.models, name) is member, name
        elif member.__module__ == "sessionward.core":
            assert getattr(sessionward.core, name) is member, name
        else:
            assert member.__module__ == "sessionward.authress", name


def test_the_twins_have_the_same_public_methods() -> None:
    def methods(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert methods(authress.Authress) - {"close"} == methods(authress.AsyncAuthress) - {"aclose"}
    assert methods(authress.Connections) == methods(authress.AsyncConnections)
