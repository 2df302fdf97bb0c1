"""The platform table: every platform package in this folder, found by walking it.

`platforms()` imports each sub-package whose name does not start with `_` (a platform's key) and
reads its `PLATFORM`, in the order they declare; `platform(key)` is one of them. A new platform is
a new sub-package here and nothing else: no list in a shared module names the platforms. The
walk uses `pkgutil` over this package's own folder, so it sees what the wheel installed, and the
`order` field (not the folder names) fixes the order of the help, the listings and `sim`.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from sessionward.cli._platforms._platform import Platform

__all__ = ["Platform", "keys", "platform", "platforms"]


@functools.cache
def platforms() -> tuple[Platform, ...]:
    """Every platform, in their declared order; raises `TypeError` for a package without one."""
    found: list[Platform] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_"):
            continue
        package = f"{__name__}.{module.name}"
        declared = getattr(importlib.import_module(package), "PLATFORM", None)
        if not isinstance(declared, Platform) or declared.key != module.name:
            raise TypeError(f"{package} must set PLATFORM = Platform(key={module.name!r}, ...)")
        found.append(declared)
    return tuple(sorted(found, key=lambda item: item.order))


def keys() -> tuple[str, ...]:
    """The platform keys, in order (the choices of `--platform`)."""
    return tuple(item.key for item in platforms())


def platform(key: str) -> Platform:
    """The platform `key`; raises `KeyError` for an unknown one."""
    for item in platforms():
        if item.key == key:
            return item
    raise KeyError(key)
