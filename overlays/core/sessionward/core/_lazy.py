"""PEP 562 lazy loading for an overlay's package `__init__`, written once for every overlay.

An overlay's `__init__` keeps its curated, sorted `__all__` and its `TYPE_CHECKING` imports (what
type checkers and editors read), and gets its module `__getattr__` and `__dir__` from
`lazy_package`: each public name is imported when first asked for. The package's own classes load
together and take the package as their `__module__`, so reprs and tracebacks show the public names
(as httpx does); the core errors and the generated models keep their own modules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sessionward.core import _exceptions


def lazy_package(
    namespace: dict[str, Any], own: tuple[str, ...], models: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return the `__getattr__` and `__dir__` of an overlay package whose globals are `namespace`.

    `own` names the package's private modules (`"_client"`); a name of `__all__` defined in one
    of them is the package's own, and they load together (after the models: a model is found
    without importing the clients). The core errors (`sessionward.core._exceptions.__all__`,
    each listed in the package's `__all__`) come from `sessionward.core`; every other name of
    `__all__` comes from the generated `models` module. An unknown name raises
    `AttributeError`, as a module does.
    """
    package = namespace["__name__"]
    errors = frozenset(_exceptions.__all__)
    owned: dict[str, Any] = {}

    def load_own() -> dict[str, Any]:
        if not owned:
            public = set(namespace["__all__"])
            for suffix in own:
                module = importlib.import_module(f"{package}.{suffix}")
                for name, value in vars(module).items():
                    if name in public and getattr(value, "__module__", None) == module.__name__:
                        owned[name] = value
            for name, value in owned.items():
                value.__module__ = package
                namespace[name] = value
        return owned

    def getattr_(name: str) -> Any:
        if name not in namespace["__all__"] or name.startswith("_"):
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        if name in errors:
            value = getattr(importlib.import_module("sessionward.core"), name)
        else:
            # A model is looked up first, so reading one does not import the clients.
            value = getattr(importlib.import_module(models), name, None)
            if value is None:
                value = load_own()[name]
        namespace[name] = value  # later lookups skip this function
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *namespace["__all__"]})

    return getattr_, dir_
