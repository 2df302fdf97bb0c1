"""Which plug-in simulates which API, and where its spec lives.

The suite's APIs come from the registry (`apis.toml`, see `_apis`): each is simulated by the class
it names in `sessionward.testing._<key>`, imported on first use. Any other plug-in is named by
import path, `"package.module:ClassName"`, which is how tests and third parties serve their own.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from sessionward.testing._apis import registered_apis
from sessionward.testing._errors import SimulatorError
from sessionward.testing._plugin import SimulatedAPI

BUILTIN: dict[str, str] = {api.key: api.simulator for api in registered_apis()}
APIS: tuple[str, ...] = tuple(BUILTIN)

_PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the specs here; an editable install finds them in the checkout's specs/.
_BUNDLED_SPECS = _PACKAGE_DIR / "_specs"


def plugin_class(api: str | type[SimulatedAPI]) -> type[SimulatedAPI]:
    """Return the plug-in class for an API key, an import path `"module:Class"`, or a class.

    Raises `SimulatorError` for an unknown key, an import path that does not resolve, or an
    object that is not a `SimulatedAPI` subclass.
    """
    if isinstance(api, type):
        return _checked(api, api.__qualname__)
    target = BUILTIN.get(api, api)
    module_name, _, attribute = target.partition(":")
    if not attribute:
        known = ", ".join(APIS)
        raise SimulatorError(f"unknown API {api!r}: use one of {known}, or 'package.module:Class'")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if api in BUILTIN and exc.name == module_name:
            raise SimulatorError(f"the {api} simulator is not implemented yet ({target})") from exc
        raise SimulatorError(f"cannot import {module_name} for API {api!r}: {exc}") from exc
    found = getattr(module, attribute, None)
    if not isinstance(found, type):
        raise SimulatorError(f"{target} is not a class")
    return _checked(found, target)


def _checked(found: type, name: str) -> type[SimulatedAPI]:
    if not issubclass(found, SimulatedAPI):
        raise SimulatorError(f"{name} is not a SimulatedAPI subclass")
    for attribute in ("key", "base_path"):
        if not isinstance(getattr(found, attribute, None), str):
            raise SimulatorError(f"{name} does not set the class attribute {attribute} (a str)")
    return found


def spec_file(plugin: type[SimulatedAPI]) -> Path:
    """Locate a plug-in's OpenAPI document: its `spec_path`, else `specs/<key>/openapi.yaml`.

    The latter is looked up in the specs bundled with a wheel, then in the `specs/` directory of
    the checkout this package runs from. Raises `SimulatorError` when there is none.
    """
    if plugin.spec_path is not None:
        return plugin.spec_path
    relative = Path(plugin.key) / "openapi.yaml"
    candidates = [_BUNDLED_SPECS / relative]
    candidates += [parent / "specs" / relative for parent in _PACKAGE_DIR.parents]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SimulatorError(
        f"no spec for {plugin.key!r}: expected specs/{relative.as_posix()} in the checkout "
        "(or set spec_path on the plug-in class)"
    )
