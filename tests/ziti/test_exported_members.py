"""The public surface of sessionward.ziti: `__all__` exact and sorted, public module names."""

from __future__ import annotations

import inspect
import subprocess
import sys

import ziti_api.models

import sessionward.core
import sessionward.ziti as ziti


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(ziti) if not name.startswith("_")}
    assert set(ziti.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    # The isort-style order ruff enforces: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name.lower())

    assert ziti.__all__ == sorted(ziti.__all__, key=key)


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


def test_every_core_error_is_reexported() -> None:
    errors = {
        name
        for name in sessionward.core.__all__
        if inspect.isclass(getattr(sessionward.core, name))
        and issubclass(getattr(sessionward.core, name), sessionward.core.SessionwardError)
    }
    assert errors <= set(ziti.__all__)


def test_the_twins_have_the_same_public_methods() -> None:
    def methods(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert methods(ziti.Ziti) - {"close"} == methods(ziti.AsyncZiti) - {"aclose"}
    assert methods(ziti.ApiSessions) == methods(ziti.AsyncApiSessions)


def test_importing_leaves_heavy_modules_unloaded() -> None:
    script = (
        "import sys, sessionward.ziti; "
        "print(sorted(m for m in ('tenacity', 'jwt', 'cryptography', 'anyio', 'asyncio') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
