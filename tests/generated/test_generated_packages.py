"""Every generated client imports, is typed and versioned, and exposes every operation.

Each package carries the suite's own version for it (its config's ``package_version_override``)
and keeps the spec's version as metadata; it names every model after a component schema, and has the
four call styles (sync, sync_detailed, asyncio, asyncio_detailed) for every operation of its spec.
"""

from __future__ import annotations

import importlib
import tomllib
from importlib.resources import files

import pytest
import yaml

from tests.generated._models import class_name, models_module
from tests.specs._documents import REPO_ROOT, api_keys, load_spec, operations

KEYS = api_keys()
CALL_STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _operation_cases() -> list[tuple[str, str, str]]:
    return [
        (key, operation["tags"][0], operation["operationId"])
        for key in KEYS
        for _, _, operation in operations(load_spec(key))
    ]


@pytest.mark.parametrize(("key", "tag", "operation_id"), _operation_cases())
def test_operation_module_exposes_sync_and_async_calls(
    key: str, tag: str, operation_id: str
) -> None:
    module = importlib.import_module(f"{key}_api.api.{tag}.{operation_id}")
    for style in CALL_STYLES:
        assert callable(getattr(module, style)), f"{module.__name__}.{style}"


@pytest.mark.parametrize("key", KEYS)
def test_package_is_typed_and_versioned_by_the_suite(key: str) -> None:
    assert files(f"{key}_api").joinpath("py.typed").is_file()
    pyproject = tomllib.loads((REPO_ROOT / "generated" / key / "pyproject.toml").read_text())
    config = yaml.safe_load((REPO_ROOT / "specs" / key / "config.yaml").read_text())
    assert pyproject["project"]["version"] == config["package_version_override"]
    assert pyproject["tool"]["sessionward"]["api-version"] == load_spec(key)["info"]["version"]
    assert pyproject["project"]["name"] == f"sessionward-{key}-api"


@pytest.mark.parametrize("key", KEYS)
def test_readme_describes_the_package_and_its_overlay(key: str) -> None:
    readme = (REPO_ROOT / "generated" / key / "README.md").read_text()
    assert f"sessionward-{key}" in readme
    assert f"import sessionward.{key}" in readme
    for _, _, operation in operations(load_spec(key)):
        assert f".{operation['operationId']}`" in readme
    assert "MyDataModel" not in readme


@pytest.mark.parametrize("key", KEYS)
def test_every_model_class_is_a_named_schema(key: str) -> None:
    module = models_module(key)
    schema_classes = {class_name(key, name) for name in load_spec(key)["components"]["schemas"]}
    exported = set(module.__all__)
    # No synthesised names (FooItem, FooType0, GetXResponse200): every class is a schema of ours.
    assert exported <= schema_classes, sorted(exported - schema_classes)
    # Every object or enum schema became a class (arrays and scalars need none).
    assert exported, f"{key}_api exports no models"
