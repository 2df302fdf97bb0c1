"""What every overlay package's public surface must be, checked once for all four.

Each `sessionward.<key>` has an `__all__` that is exactly its public names and sorted, re-exports
every core error as the same class, and leaves the async, retry and JWT machinery unloaded until a
client uses it. Package-specific checks (contract names, twins) live in `tests/<key>/`.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from types import ModuleType

import pytest

import sessionward.core as core

PACKAGES = ("docspace", "dynatrace", "ziti", "authress")
HEAVY = ("tenacity", "jwt", "cryptography", "anyio", "asyncio")


@pytest.fixture(params=PACKAGES)
def package(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(f"sessionward.{request.param}")


def test_all_is_exactly_the_public_names(package: ModuleType) -> None:
    # The packages load their names on first use (PEP 562), so `dir()` is the surface; every name
    # it lists must resolve.
    public = {name for name in dir(package) if not name.startswith("_")}
    assert set(package.__all__) == public | {"__version__"}
    for name in package.__all__:
        assert getattr(package, name) is not None, name


def test_all_is_sorted(package: ModuleType) -> None:
    # The isort-style order ruff enforces: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name.lower())

    assert package.__all__ == sorted(package.__all__, key=key)


def test_every_core_error_is_re_exported_as_the_same_class(package: ModuleType) -> None:
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, core.SessionwardError):
            assert getattr(package, name) is member, name


def test_importing_leaves_heavy_modules_unloaded(package: ModuleType) -> None:
    script = (
        f"import sys, {package.__name__}; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
