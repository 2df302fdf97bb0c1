"""The public surfaces of sessionward.docspace, .ziti and .authress: public module names, twins.

Each exported class shows the module it is public from (the generated models, the core, or the
overlay), and each client and resource has the same public methods as its async twin.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

import sessionward.core

# (overlay, generated package, client, async client, resource, async resource)
OVERLAYS = [
    (
        "docspace",
        "docspace_api",
        "DocSpace",
        "AsyncDocSpace",
        "ActiveConnections",
        "AsyncActiveConnections",
    ),
    ("ziti", "ziti_api", "Ziti", "AsyncZiti", "ApiSessions", "AsyncApiSessions"),
    ("authress", "authress_api", "Authress", "AsyncAuthress", "Connections", "AsyncConnections"),
]
KEYS = pytest.mark.parametrize(
    ("key", "generated", "client", "aclient", "resource", "aresource"), OVERLAYS, ids=lambda v: v
)


def methods(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


@KEYS
def test_each_name_shows_where_it_is_public(
    key: str, generated: str, client: str, aclient: str, resource: str, aresource: str
) -> None:
    overlay = importlib.import_module(f"sessionward.{key}")
    models = importlib.import_module(f"{generated}.models")
    for name in overlay.__all__:
        member = getattr(overlay, name)
        if not inspect.isclass(member):
            continue
        if member.__module__.startswith(generated):
            assert getattr(models, name) is member, name
        elif member.__module__ == "sessionward.core":
            assert getattr(sessionward.core, name) is member, name
        else:
            assert member.__module__ == f"sessionward.{key}", name


@KEYS
def test_the_twins_have_the_same_public_methods(
    key: str, generated: str, client: str, aclient: str, resource: str, aresource: str
) -> None:
    overlay = importlib.import_module(f"sessionward.{key}")
    sync, asynchronous = getattr(overlay, client), getattr(overlay, aclient)
    assert methods(sync) - {"close"} == methods(asynchronous) - {"aclose"}
    assert methods(getattr(overlay, resource)) == methods(getattr(overlay, aresource))
