"""Test helpers: the hand-written specs, one parsed document per API key, with $ref lookup."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from sessionward.testing import registered_apis

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO_ROOT / "specs"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def api_keys() -> list[str]:
    """The API keys of the suite's registry, in its order."""
    return [api.key for api in registered_apis()]


@functools.cache
def load_spec(key: str) -> dict[str, Any]:
    """Parse ``specs/<key>/openapi.yaml`` (cached; callers must not mutate it)."""
    with (SPECS_DIR / key / "openapi.yaml").open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (repeatedly) to the node it names."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` for every operation of a spec."""
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def response_examples() -> Iterator[tuple[str, str, str, bool, Any]]:
    """Yield ``(label, key, schema name, is a list, example)`` for every response example.

    The schema name is the model's (a list body's items' model, with ``is a list`` true); a body
    whose schema is neither a named model nor a list of one is left out, as is one without an
    example. The label reads ``<key> <METHOD> <path> <status>``.
    """
    for key in api_keys():
        document = load_spec(key)
        for method, path, operation in operations(document):
            for code, raw_response in operation["responses"].items():
                response = resolve(document, raw_response)
                for media in response.get("content", {}).values():
                    if "example" not in media:
                        continue
                    label = f"{key} {method.upper()} {path} {code}"
                    schema = resolve(document, media["schema"])
                    if schema.get("type") == "array":
                        item = schema["items"]["$ref"].rsplit("/", 1)[1]
                        yield label, key, item, True, media["example"]
                    elif "$ref" in media["schema"]:
                        name = media["schema"]["$ref"].rsplit("/", 1)[1]
                        yield label, key, name, False, media["example"]
