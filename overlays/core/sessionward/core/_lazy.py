"""PEP 562 lazy loading for an overlay's package `__init__`, written once for every overlay.

An overlay's `__init__` keeps its curated `__all__` (its own names sorted, then the core's error
list added whole) and its `TYPE_CHECKING` imports (what type checkers and editors read), and gets
its module `__getattr__` and `__dir__` from `lazy_package`: each public name is imported when
first asked for. The package's own classes take the package as their `__module__`, so reprs and
tracebacks show the public names (as httpx does); the core errors and the generated models keep
their own modules. `Named` is the same idea for one object: a `"package.module:name"` imported on
first use.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

from sessionward.core import _exceptions


class Named:
    """An object named as `"package.module:name"`, imported on first use and then kept.

    Use it where a class should load on first use rather than with its user's module (a client's
    resources, its generated client, an overlay's error model). The constructor raises
    `ValueError` for a spec of another form; `get()` raises `ImportError` or `AttributeError` for
    one that names nothing.
    """

    __slots__ = ("_value", "spec")

    def __init__(self, spec: str) -> None:
        module, colon, name = spec.partition(":")
        if not colon or not module or not name.isidentifier():
            raise ValueError(f"expected 'package.module:name', got {spec!r}")
        self.spec = spec
        self._value: Any = None

    def get(self) -> Any:
        """The named object (imported by the first call; two threads at once get the same)."""
        value = self._value
        if value is None:
            module, _, name = self.spec.partition(":")
            value = self._value = getattr(importlib.import_module(module), name)
        return value

    def __repr__(self) -> str:
        return f"Named({self.spec!r})"


def lazy_package(
    namespace: dict[str, Any], own: tuple[str, ...], models: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return the `__getattr__` and `__dir__` of an overlay package whose globals are `namespace`.

    `own` names the package's private modules (`"_client"`), light ones first: a name of
    `__all__` defined in one of them is the package's own, and they are imported in that order
    until one defines the name. List the resource modules last, so that asking for the client
    does not import them (nor the generated operations and models they need). Every public class
    of an own module loaded by then takes the package as its `__module__`. The core errors
    (`sessionward.core._exceptions.__all__`, which the package's `__all__` adds whole after its
    own sorted names: `__all__ += _core_errors.__all__`) come from `sessionward.core`; every
    other name of `__all__` comes from the generated `models` module. An unknown name raises
    `AttributeError`, as a module does.
    """
    package = namespace["__name__"]
    errors = frozenset(_exceptions.__all__)

    def own_value(name: str) -> Any:
        for suffix in own:
            module = importlib.import_module(f"{package}.{suffix}")
            if name in vars(module):
                break
        # Modules imported on the way (or by each other) show their public classes here too.
        public = set(namespace["__all__"])
        for suffix in own:
            loaded = sys.modules.get(f"{package}.{suffix}")
            if loaded is None:
                continue
            for member, value in vars(loaded).items():
                if member in public and getattr(value, "__module__", None) == loaded.__name__:
                    # Published first: a thread that finds the class relabelled finds it here too.
                    namespace[member] = value
                    value.__module__ = package
        if name not in namespace:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return namespace[name]

    def getattr_(name: str) -> Any:
        if name not in namespace["__all__"] or name.startswith("_"):
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        if name in errors:
            value = getattr(importlib.import_module("sessionward.core"), name)
        else:
            # A model is looked up first, so reading one does not import the clients.
            value = getattr(importlib.import_module(models), name, None)
            if value is None:
                value = own_value(name)
        namespace[name] = value  # later lookups skip this function
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *namespace["__all__"]})

    return getattr_, dir_
