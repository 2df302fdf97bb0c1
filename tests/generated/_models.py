"""Test helpers for the generated models: class names, spec examples, JSON up to date-time form."""

from __future__ import annotations

import copy
import datetime
import importlib
import re
from types import ModuleType
from typing import Any

import yaml

from tests.specs._documents import SPECS_DIR, load_spec, resolve

_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:?\d{2})")


def models_module(key: str) -> ModuleType:
    """The ``<key>_api.models`` package of a generated client."""
    return importlib.import_module(f"{key}_api.models")


def spec_example(key: str, method: str, path: str, code: str = "200") -> Any:
    """A deep copy of the example body a spec documents for one response (to change in a test)."""
    document = load_spec(key)
    response = resolve(document, document["paths"][path][method]["responses"][code])
    (media,) = response["content"].values()
    return copy.deepcopy(media["example"])


def class_name(key: str, schema_name: str) -> str:
    """The class the generator makes for a component schema (honouring the config's overrides)."""
    with (SPECS_DIR / key / "config.yaml").open(encoding="utf-8") as handle:
        config: dict[str, Any] = yaml.safe_load(handle) or {}
    override = (config.get("class_overrides") or {}).get(schema_name, {}).get("class_name")
    if override:
        return str(override)
    words = re.split(r"[^A-Za-z0-9]+", schema_name)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def normalise(value: Any) -> Any:
    """A JSON value with every ISO date-time string replaced by its aware datetime (to the µs)."""
    if isinstance(value, dict):
        return {name: normalise(item) for name, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and _DATE_TIME.fullmatch(value):
        return datetime.datetime.fromisoformat(value)
    return value
