"""What every overlay package's public surface must be, checked once for every registered API.

Each `sessionward.<key>` has an `__all__` that is exactly its public names: its own, sorted, then
the core's error list whole (declared once, in `sessionward.core._exceptions`). It exports the
registry's client classes, re-exports every core error as the same class, shows each exported
class under the module it is public from (the generated models, the core, or the overlay), and
leaves the async, retry and JWT machinery unloaded until a client uses it. Reaching the client
class leaves the generated client, its operations and models (and attrs with them) unloaded too:
they load with the first client and its first resource, whose classes still show the public names.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import typing
from types import ModuleType
from typing import Any

import sessionward.core as core
from sessionward.core import _exceptions as core_exceptions
from sessionward.testing import RegisteredAPI, Simulator
from tests._support import export_order

HEAVY = ("tenacity", "jwt", "cryptography", "anyio", "asyncio")


def test_all_is_exactly_the_public_names(overlay: ModuleType) -> None:
    # The packages load their names on first use (PEP 562), so `dir()` is the surface; every name
    # it lists must resolve.
    public = {name for name in dir(overlay) if not name.startswith("_")}
    assert set(overlay.__all__) == public | {"__version__"}
    for name in overlay.__all__:
        assert getattr(overlay, name) is not None, name


def test_all_is_sorted(overlay: ModuleType) -> None:
    # The package's own names in the isort-style order ruff enforces, then the core's error list
    # as the core declares (and sorts) it: the re-export is written once, not once per overlay.
    errors = core_exceptions.__all__
    own = overlay.__all__[: len(overlay.__all__) - len(errors)]
    assert own == sorted(own, key=export_order)
    assert overlay.__all__[len(own) :] == errors
    assert errors == sorted(errors, key=export_order)


def test_the_registered_clients_are_exported(overlay: ModuleType, api: RegisteredAPI) -> None:
    for name in (api.client, api.async_client):
        assert name in overlay.__all__
        assert inspect.isclass(getattr(overlay, name)), name


def test_every_core_error_is_re_exported_as_the_same_class(overlay: ModuleType) -> None:
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, core.SessionwardError):
            assert getattr(overlay, name) is member, name


def test_each_name_shows_where_it_is_public(overlay: ModuleType, api: RegisteredAPI) -> None:
    models = importlib.import_module(f"{api.generated}.models")
    for name in overlay.__all__:
        member = getattr(overlay, name)
        if not inspect.isclass(member):
            continue
        if member.__module__.startswith(api.generated):
            assert getattr(models, name) is member, name
        elif member.__module__ == "sessionward.core":
            assert getattr(core, name) is member, name
        else:
            assert member.__module__ == api.overlay, name


def test_importing_leaves_heavy_modules_unloaded(overlay: ModuleType) -> None:
    script = (
        f"import sys, {overlay.__name__}; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_client_class_loads_nothing_generated(api: RegisteredAPI) -> None:
    # The generated package itself may load (the package looks a name up among the models first,
    # which its lazy `models` module answers without importing one).
    script = (
        f"import sys; from {api.overlay} import {api.client}; "
        f"print(sorted(m for m in sys.modules if m.startswith(('attr', '{api.generated}.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"['{api.generated}.models']"


def test_resources_load_on_first_use_under_their_public_names(
    api: RegisteredAPI, sim: Simulator[Any]
) -> None:
    # Nothing is sent: building a client and reaching its resources makes no request.
    script = (
        f"from {api.overlay} import {api.client}; "
        f"client = {api.client}({sim.base_url!r}, **{dict(sim.credentials)!r}); "
        "import inspect, sessionward.core as core; "
        "resources = [getattr(client, name) for name in dir(type(client)) "
        "if isinstance(inspect.getattr_static(type(client), name), core.resource)]; "
        "print(sorted({type(r).__module__ for r in resources}), len(resources) > 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"['{api.overlay}'] True"


def test_each_resource_names_the_classes_its_annotation_declares(
    api: RegisteredAPI, overlay: ModuleType
) -> None:
    # A resource named by strings is typed by its annotation only: a typo or a swapped pair
    # would pass the type checker, so the two are compared here.
    namespace = {"core": core, **{name: getattr(overlay, name) for name in overlay.__all__}}
    checked = 0
    for klass in getattr(overlay, api.client).__mro__:
        for name, annotation in inspect.get_annotations(klass).items():
            member = vars(klass).get(name)
            if isinstance(member, core.resource):
                declared = typing.get_args(eval(annotation, namespace))
                assert declared == (member._class(0), member._class(1)), name
                # Built with the narrow context the client hands out, never the client itself.
                assert all(
                    isinstance(twin, type) and issubclass(twin, core.APIResource)
                    for twin in declared
                ), name
                checked += 1
    assert checked > 0
