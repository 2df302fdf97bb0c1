"""Finding plug-ins by key or import path, and their specs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import sessionward.testing
from sessionward.testing import APIS, SimulatedAPI, SimulatorError
from sessionward.testing._registry import BUILTIN, plugin_class, spec_file
from tests.specs._documents import REPO_ROOT, api_keys
from tests.testing._example import EXAMPLE_SPEC, ExampleAPI

REGISTRY_DIR = Path(sessionward.testing.__file__).parent


def test_the_suite_apis_are_the_registry_tables_in_order() -> None:
    declared = tomllib.loads((REGISTRY_DIR / "apis.toml").read_text(encoding="utf-8"))["api"]
    assert list(APIS) == api_keys() == list(declared)


@pytest.mark.parametrize("key", APIS)
def test_each_suite_api_lives_in_a_private_module_named_after_it(key: str) -> None:
    module, _, attribute = BUILTIN[key].partition(":")
    assert module == f"sessionward.testing._{key}"
    assert attribute.endswith("API")


def test_import_path_and_class_resolve_to_the_class() -> None:
    assert plugin_class("tests.testing._example:ExampleAPI") is ExampleAPI
    assert plugin_class(ExampleAPI) is ExampleAPI


@pytest.mark.parametrize(
    ("api", "complaint"),
    [
        ("nothing", f"unknown API 'nothing': use one of {', '.join(APIS)}"),
        ("tests.testing.no_such_module:X", "cannot import tests.testing.no_such_module"),
        ("tests.testing._example:Missing", "is not a class"),
        ("tests.testing._example:WORDS", "is not a class"),
        ("collections:OrderedDict", "is not a SimulatedAPI subclass"),
    ],
)
def test_unresolvable_apis_are_simulator_errors(api: str, complaint: str) -> None:
    with pytest.raises(SimulatorError, match=complaint):
        plugin_class(api)


def test_a_plugin_without_key_or_base_path_is_refused() -> None:
    class Keyless(SimulatedAPI):
        def reset(self) -> None:
            pass

        credentials = ExampleAPI.credentials
        reject = ExampleAPI.reject

    with pytest.raises(SimulatorError, match="does not set the class attribute key"):
        plugin_class(Keyless)


def test_spec_path_wins_over_the_key() -> None:
    assert spec_file(ExampleAPI) == EXAMPLE_SPEC


def _keyed(key: str) -> type[SimulatedAPI]:
    return type("Keyed", (ExampleAPI,), {"key": key, "spec_path": None})


@pytest.mark.parametrize("key", APIS)
def test_a_suite_spec_is_found_in_the_checkout(key: str) -> None:
    assert spec_file(_keyed(key)) == REPO_ROOT / "specs" / key / "openapi.yaml"


def test_a_missing_spec_is_a_simulator_error() -> None:
    with pytest.raises(SimulatorError, match=r"no spec for 'unheard-of'"):
        spec_file(_keyed("unheard-of"))
