"""The specs are valid OpenAPI 3.1 documents that follow the suite's conventions.

They carry the real auth schemes and templated servers, name every model, and every response
example validates against its schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.specs._documents import api_keys, load_spec, operations
from tests.specs.seed_operations import EXPECTED_SECURITY

KEYS = api_keys()


def _security_schemes(key: str) -> set[tuple[str, str, str, str]]:
    schemes = load_spec(key)["components"]["securitySchemes"]
    found = set()
    for name, scheme in schemes.items():
        where = scheme.get("in", scheme.get("scheme", ""))
        found.add((name, scheme["type"], where, scheme.get("name", "")))
    return found


def _pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _examples(key: str) -> Iterator[tuple[str, str, Any]]:
    """Yield ``(label, JSON pointer of the media schema, example)`` for every response body."""
    document = load_spec(key)
    for method, path, operation in operations(document):
        for code, raw_response in operation["responses"].items():
            if "$ref" in raw_response:
                continue  # a shared component response: checked where it is defined, below
            for media_type, media in raw_response.get("content", {}).items():
                label = f"{method.upper()} {path} {code} {media_type}"
                pointer = _pointer("paths", path, method, "responses", code, "content", media_type)
                yield label, pointer + "/schema", media.get("example")
    for name, response in document.get("components", {}).get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            pointer = _pointer("components", "responses", name, "content", media_type)
            yield f"response {name} {media_type}", pointer + "/schema", media.get("example")


def _inline_models(node: Any, where: str, top_level: bool) -> Iterator[str]:
    """Yield the places where an object or enum schema is written inline instead of named."""
    if isinstance(node, dict):
        is_schema_like = "properties" in node or "enum" in node
        if is_schema_like and not top_level:
            yield where
        for name, child in node.items():
            yield from _inline_models(child, f"{where}/{name}", top_level=False)
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _inline_models(child, f"{where}/{index}", top_level=False)


@pytest.mark.parametrize("key", KEYS)
def test_spec_is_valid_openapi_3_1(key: str) -> None:
    document = load_spec(key)
    assert document["openapi"] == "3.1.0"
    validate(document)


@pytest.mark.parametrize("key", KEYS)
def test_spec_declares_the_real_auth_schemes(key: str) -> None:
    assert EXPECTED_SECURITY[key] <= _security_schemes(key)


@pytest.mark.parametrize("key", KEYS)
def test_servers_are_templated_for_real_deployments(key: str) -> None:
    servers = load_spec(key)["servers"]
    assert servers, "a spec needs at least one server"
    for server in servers:
        assert server["url"].startswith(("https://", "{protocol}://"))
        variables = server.get("variables", {})
        assert variables, f"{server['url']} has no variables"
        for name, variable in variables.items():
            assert "{" + name + "}" in server["url"]
            assert variable["default"] and variable.get("description")


@pytest.mark.parametrize("key", KEYS)
def test_every_model_is_a_named_component_schema(key: str) -> None:
    document = load_spec(key)
    inline = [
        *_inline_models(document["paths"], "#/paths", top_level=False),
        *(
            place
            for name, schema in document["components"]["schemas"].items()
            for place in _inline_models(schema, f"#/components/schemas/{name}", top_level=True)
        ),
    ]
    # A named schema may itself be an allOf of named parts with one object of its own fields.
    inline = [place for place in inline if "/allOf/" not in place]
    assert inline == []


@pytest.mark.parametrize("key", KEYS)
def test_every_operation_is_named_tagged_and_described(key: str) -> None:
    for method, path, operation in operations(load_spec(key)):
        assert operation.get("operationId"), f"{method} {path}"
        assert len(operation.get("tags", [])) == 1, f"{method} {path}"
        assert operation.get("summary") or operation.get("description"), f"{method} {path}"


@pytest.mark.parametrize("key", KEYS)
def test_every_response_body_has_an_example_that_validates(key: str) -> None:
    document = load_spec(key)
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    checked = 0
    for label, pointer, example in _examples(key):
        assert example is not None, f"{label} has no example"
        schema = {"$ref": "urn:spec#" + pointer}
        validator = jsonschema.Draft202012Validator(
            schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        errors = [error.message for error in validator.iter_errors(example)]
        assert errors == [], f"{label}: {errors}"
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("key", KEYS)
def test_spec_version_is_its_own(key: str) -> None:
    version = load_spec(key)["info"]["version"]
    assert version.count(".") == 2 and all(part.isdigit() for part in version.split("."))
