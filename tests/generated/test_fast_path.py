"""The compiled fast path of `from_json` gives exactly what `from_dict(json.loads(raw))` gives.

Every real-shaped body of the suite (each registered API's list payloads, copied from upstream,
and every response example of the specs) goes through both paths and must give equal models:
`==`, `to_dict()`, the Python types of every value, `additional_properties`. Each type-broken body
of `test_shape_errors`, which the fast path must hand to `from_dict`, must give the same error.
Other tests prove the fast path is really taken for a clean body, and that importing a client
does not import msgspec. The edge cases of JSON itself (7-digit fractions, unknown enum values,
nulls, uuid spellings, big integers, duplicate names) are tried on the models that have such
fields, in the tests of their API (`tests/<key>/test_fast_path.py`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from sessionward.testing import RegisteredAPI, Simulator, registered_apis
from tests.generated._bodies import CASES, LIST_BODIES, PAYLOADS, Case, broken_body
from tests.generated._fast_path import assert_same, fast, model_class, refuse, shape, slow
from tests.generated._models import class_name, models_module
from tests.specs._documents import REPO_ROOT, api_keys, response_examples


def _payload_models() -> dict[Path, tuple[str, str, bool]]:
    """The model (or list of models, for an array body) of each payload file."""
    found = {}
    for api, body in LIST_BODIES.values():
        for path in (PAYLOADS / body.payload, *(REPO_ROOT / p for p in body.more_payloads)):
            found[path] = (api.key, body.model, body.as_list)
    return found


PAYLOAD_MODELS = _payload_models()


def _declared_only(value: Any) -> None:
    """Drop the undeclared fields of a freshly parsed model's models, in place (recursively).

    Free-form maps (models without declared fields, such as tags) keep their entries. No copy:
    a deep copy would duplicate the UNSET singleton that to_dict tests by identity.
    """
    pending = [value]
    while pending:
        current = pending.pop()
        if attrs.has(type(current)):
            names = [a.name for a in attrs.fields(type(current))]
            if names != ["additional_properties"] and "additional_properties" in names:
                current.additional_properties.clear()
            pending.extend(getattr(current, name) for name in names)
        elif isinstance(current, dict):
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)


def _example_bodies() -> list[tuple[str, str, str, bool, Any]]:
    return [
        (label, key, class_name(key, name), is_list, example)
        for label, key, name, is_list, example in response_examples()
    ]


EXAMPLES = _example_bodies()
PAYLOAD_FILES = sorted(PAYLOAD_MODELS, key=str)


@pytest.mark.parametrize("path", PAYLOAD_FILES, ids=lambda p: p.name)
def test_a_payload_parses_alike_both_ways(path: Path) -> None:
    key, name, as_list = PAYLOAD_MODELS[path]
    assert_same(model_class(key, name), path.read_bytes(), as_list)


@pytest.mark.parametrize("path", PAYLOAD_FILES, ids=lambda p: p.name)
def test_a_payload_with_declared_fields_only_takes_the_fast_path(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The payloads carry fields the specs do not declare, which send them to from_dict; the same
    # bodies without those fields must be read by the fast path, and equally.
    key, name, as_list = PAYLOAD_MODELS[path]
    model = model_class(key, name)
    reference = slow(model, path.read_bytes(), as_list)
    items = reference if as_list else [reference]
    for item in items:
        _declared_only(item)
    body = [item.to_dict() for item in items] if as_list else reference.to_dict()
    raw = json.dumps(body).encode()
    expected = slow(model, raw, as_list)
    with monkeypatch.context() as patched:
        patched.setattr(json, "loads", refuse)
        parsed = fast(model, raw, as_list)
    assert parsed == expected
    assert shape(parsed) == shape(expected)


@pytest.mark.parametrize(
    ("label", "key", "name", "as_list", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_a_spec_example_parses_alike_both_ways(
    label: str, key: str, name: str, as_list: bool, example: Any
) -> None:
    assert_same(model_class(key, name), json.dumps(example).encode(), as_list)


def _has_undeclared(value: Any) -> bool:
    """Whether a parsed model holds an undeclared field in one of its models (not a map entry)."""
    pending = [value]
    while pending:
        current = pending.pop()
        if attrs.has(type(current)):
            names = [a.name for a in attrs.fields(type(current))]
            if names != ["additional_properties"] and getattr(current, "additional_properties", {}):
                return True
            pending.extend(getattr(current, name) for name in names)
        elif isinstance(current, dict):
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)
    return False


@pytest.mark.parametrize(
    ("label", "key", "name", "as_list", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_a_spec_example_takes_the_fast_path_unless_it_has_undeclared_fields(
    label: str, key: str, name: str, as_list: bool, example: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without undeclared fields no fallback may be needed, or the fast path could silently be
    # always off; with them (some error examples keep extra fields) the fallback must be taken.
    model = model_class(key, name)
    raw = json.dumps(example).encode()
    expected = slow(model, raw, as_list)
    undeclared = _has_undeclared(expected)
    monkeypatch.setattr(json, "loads", refuse)
    if undeclared:
        with pytest.raises(AssertionError, match="fell back"):
            fast(model, raw, as_list)
    else:
        assert fast(model, raw, as_list) == expected


def test_every_2xx_example_is_read_by_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = [e for e in EXAMPLES if e[0].split()[-1].startswith("2")]
    assert len(examples) >= 10
    monkeypatch.setattr(json, "loads", refuse)
    for _, key, name, as_list, example in examples:
        fast(model_class(key, name), json.dumps(example).encode(), as_list)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_shape_error_body_gives_the_same_error_both_ways(case: Case) -> None:
    model = model_class(case.api.key, case.body.model)
    kind, failure = assert_same(model, broken_body(case), case.body.as_list)
    assert kind == "error"
    assert case.broken.message in str(failure)


FAST_CALL = r"\.(list_)?from_json\(response\.content\)|cast\(Any, None\)"


def test_every_2xx_json_body_of_the_endpoints_goes_through_the_fast_path() -> None:
    checked = 0
    for key in api_keys():
        for module in sorted((REPO_ROOT / "generated" / key / f"{key}_api" / "api").rglob("*.py")):
            source = module.read_text(encoding="utf-8")
            for body in re.findall(r"status_code == 2\d\d:\n\s+(.*)\n", source):
                checked += 1
                assert "response.json()" not in body, (module, body)
                assert re.search(FAST_CALL, body), (module, body)
    assert checked >= 20


PROBE = """
import importlib, json, pkgutil, sys
{statement}
assert "msgspec" not in sys.modules, {label!r} + " imported msgspec"
"""


def _import_statements(api: RegisteredAPI) -> dict[str, str]:
    """What a user of the API may import or build, each of which must leave msgspec unloaded."""
    return {
        "package": f"import {api.generated}",
        "models": f"import {api.generated}.models",
        "operations": (
            f"import {api.generated}.api as operations\n"
            "for found in pkgutil.walk_packages(operations.__path__, operations.__name__ + '.'):\n"
            "    importlib.import_module(found.name)"
        ),
        # A client built, with its resources (and so the operations and models) loaded; the
        # credentials come on standard input, out of the command line a failure would show.
        "client": (
            f"from {api.overlay} import {api.client}\n"
            f"client = {api.client}('http://127.0.0.1:9', **json.load(sys.stdin))\n"
            "[getattr(client, name) for name in dir(client) if not name.startswith('_')]"
        ),
    }


IMPORTS = [
    pytest.param(api, kind, id=f"{api.key}-{kind}")
    for api in registered_apis()
    for kind in _import_statements(api)
]


@pytest.mark.parametrize(("api", "kind"), IMPORTS)
def test_importing_a_client_does_not_import_msgspec(
    api: RegisteredAPI, kind: str, request: pytest.FixtureRequest
) -> None:
    sim: Simulator = request.getfixturevalue(api.fixture)
    statement = _import_statements(api)[kind]
    probe = PROBE.format(statement=statement, label=f"{api.key} {kind}")
    subprocess.run(
        [sys.executable, "-c", probe], input=json.dumps(sim.credentials), text=True, check=True
    )


def test_every_models_wire_type_builds() -> None:
    # A type msgspec cannot decode (say, a union of two objects) fails when its struct is built,
    # which the models do on their first from_json: build every one here instead.
    built = 0
    for key in api_keys():
        models = models_module(key)
        for name in models.__all__:
            model = getattr(models, name)
            if hasattr(model, "_wire"):
                model._wire.struct_type()
                built += 1
    assert built > 40
