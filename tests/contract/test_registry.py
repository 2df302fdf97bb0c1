"""Every registered API has every part: a fifth API that forgets one fails here, naming it.

The registry (`apis.toml` in sessionward-testing) is the one list of APIs; each entry's parts live
in the API's own folders (`specs/<key>`, `generated/<key>`, `overlays/<key>`, `tests/<key>`, the
simulator module `sessionward.testing._<key>`, the demo workflow `demo/_<key>.py`, the benchmarks'
workload `bench/_<key>.py`), plus its row in the README's table of APIs, its release records, and
the type checker's search path. The README's "Adding a fifth API" lists the same parts in the order
they are made.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench._workload import Workload
from sessionward.testing import APIS, RegisteredAPI, Simulator, pytest_plugin, registered_apis
from sessionward.testing._registry import plugin_class, spec_file
from tests.contract._hooks import contract_of
from tests.generated._bodies import PAYLOADS

ROOT = Path(__file__).resolve().parents[2]


def test_the_registry_lists_each_api_once_in_the_simulators_order() -> None:
    keys = [api.key for api in registered_apis()]
    assert keys == list(APIS)
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    "part",
    [
        "specs/{key}/openapi.yaml",
        "specs/{key}/config.yaml",
        "generated/{key}/pyproject.toml",
        "generated/{key}/{key}_api/__init__.py",
        "generated/{key}/generation-stamp.json",
        "overlays/{key}/pyproject.toml",
        "overlays/{key}/README.md",
        "overlays/{key}/CHANGELOG.md",
        "overlays/{key}/sessionward/{key}/__init__.py",
        "overlays/testing/sessionward/testing/_{key}.py",
        "tests/{key}/__init__.py",
        "tests/{key}/contract.py",
        "tests/{key}/seed.yaml",
        "demo/_{key}.py",
        "bench/_{key}.py",
        "releases/sessionward-{key}/release.json",
        "releases/sessionward-{key}-api/release.json",
    ],
)
def test_each_api_has_its_files(api: RegisteredAPI, part: str) -> None:
    assert (ROOT / part.format(key=api.key)).is_file(), part.format(key=api.key)


def test_the_generator_config_names_the_generated_distribution(api: RegisteredAPI) -> None:
    config = yaml.safe_load((ROOT / "specs" / api.key / "config.yaml").read_text(encoding="utf-8"))
    assert config["package_name_override"] == api.generated
    assert config["project_name_override"] == api.generated_distribution


def test_the_distributions_are_named_after_the_key(api: RegisteredAPI) -> None:
    for folder, name in (("overlays", api.distribution), ("generated", api.generated_distribution)):
        pyproject = tomllib.loads((ROOT / folder / api.key / "pyproject.toml").read_text("utf-8"))
        assert pyproject["project"]["name"] == name


def test_the_packages_import_and_export_the_clients(api: RegisteredAPI) -> None:
    importlib.import_module(api.generated)
    overlay = importlib.import_module(api.overlay)
    assert {api.client, api.async_client} <= set(overlay.__all__)


def test_the_simulator_is_the_registered_class_on_the_registered_spec(api: RegisteredAPI) -> None:
    plugin = plugin_class(api.key)
    assert f"{plugin.__module__}:{plugin.__qualname__}" == api.simulator
    assert plugin.key == api.key
    assert spec_file(plugin) == ROOT / api.spec


def test_the_simulator_hands_out_the_registered_credentials(
    api: RegisteredAPI, sim: Simulator[Any]
) -> None:
    assert tuple(sim.credentials) == api.credentials


def test_the_plugin_has_the_fixture(api: RegisteredAPI) -> None:
    assert callable(getattr(pytest_plugin, api.fixture, None)), api.fixture


def test_the_api_tests_tell_the_contract_suite_what_it_needs(api: RegisteredAPI) -> None:
    contract_of(api)


def test_the_demo_has_a_workflow_for_the_api(api: RegisteredAPI) -> None:
    assert callable(importlib.import_module(f"demo._{api.key}").workflow)


def test_the_benchmarks_have_a_workload_for_the_api(api: RegisteredAPI) -> None:
    assert isinstance(importlib.import_module(f"bench._{api.key}").WORKLOAD, Workload)


def test_the_api_tests_name_a_list_body_that_exists(api: RegisteredAPI) -> None:
    assert (PAYLOADS / contract_of(api).list_body.payload).is_file()


def test_the_readme_table_has_a_row_for_the_api(api: RegisteredAPI) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `{api.key}` | {api.title} |" in readme


def test_the_type_checker_searches_the_api_folders(api: RegisteredAPI) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert {f"generated/{api.key}", f"overlays/{api.key}"} <= set(
        pyproject["tool"]["mypy"]["mypy_path"]
    )
