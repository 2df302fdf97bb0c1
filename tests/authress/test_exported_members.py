"""The public surface of sessionward.authress: `__all__` exact and sorted, public module names."""

from __future__ import annotations

import inspect
import subprocess
import sys

import authress_api.models

import sessionward.authress as authress
import sessionward.core


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(authress) if not name.startswith("_")}
    assert set(authress.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    # The isort-style order ruff enforces: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name.lower())

    assert authress.__all__ == sorted(authress.__all__, key=key)


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


def test_every_core_error_is_reexported() -> None:
    errors = {
        name
        for name in sessionward.core.__all__
        if inspect.isclass(getattr(sessionward.core, name))
        and issubclass(getattr(sessionward.core, name), sessionward.core.SessionwardError)
    }
    assert errors <= set(authress.__all__)


def test_the_twins_have_the_same_public_methods() -> None:
    def methods(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert methods(authress.Authress) - {"close"} == methods(authress.AsyncAuthress) - {"aclose"}
    assert methods(authress.Connections) == methods(authress.AsyncConnections)


def test_importing_leaves_heavy_modules_unloaded() -> None:
    script = (
        "import sys, sessionward.authress; "
        # PyJWT and cryptography load when a client parses its key, not on import.
        "print(sorted(m for m in ('tenacity', 'jwt', 'cryptography', 'anyio', 'asyncio') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
