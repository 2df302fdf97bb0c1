"""Every operation of the seed pages is in its spec, as documented.

Method, path, name, parameters (location, type, format, required), bodies and response codes are
checked against the hand-transcribed table in ``seed_operations.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.specs._documents import load_spec, operations, resolve
from tests.specs.seed_operations import (
    LOGIN_OPERATIONS,
    SEED_OPERATIONS,
    UNSEEDED_OPERATIONS,
    SeedOperation,
)

ALL_OPERATIONS = SEED_OPERATIONS + LOGIN_OPERATIONS


def _find(seed: SeedOperation) -> dict[str, Any]:
    document = load_spec(seed.api)
    operation: dict[str, Any] = document["paths"][seed.path][seed.method]
    return operation


def _parameters(seed: SeedOperation) -> dict[tuple[str, str], dict[str, Any]]:
    document = load_spec(seed.api)
    path_item = document["paths"][seed.path]
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *_find(seed).get("parameters", [])]:
        parameter = resolve(document, raw)
        found[(parameter["in"], parameter["name"])] = parameter
    return found


@pytest.mark.parametrize("seed", ALL_OPERATIONS, ids=lambda s: f"{s.api}.{s.operation_id}")
def test_operation_is_at_its_documented_method_and_path(seed: SeedOperation) -> None:
    document = load_spec(seed.api)
    assert seed.path in document["paths"], f"{seed.path} missing from specs/{seed.api}"
    assert seed.method in document["paths"][seed.path]
    assert _find(seed)["operationId"] == seed.operation_id


@pytest.mark.parametrize("seed", ALL_OPERATIONS, ids=lambda s: f"{s.api}.{s.operation_id}")
def test_parameters_match_the_seed_page(seed: SeedOperation) -> None:
    document = load_spec(seed.api)
    found = _parameters(seed)
    expected = seed.parameters + seed.extra_parameters
    for parameter in expected:
        spec_parameter = found.get((parameter.location, parameter.name))
        assert spec_parameter is not None, f"{parameter.location} {parameter.name} is missing"
        schema = resolve(document, spec_parameter["schema"])
        assert schema.get("type") == parameter.type
        assert bool(spec_parameter.get("required", False)) is parameter.required
        if parameter.format is not None:
            assert schema.get("format") == parameter.format
    # Nothing beyond what the pages (and the issue) document.
    assert set(found) == {(p.location, p.name) for p in expected}


@pytest.mark.parametrize("seed", ALL_OPERATIONS, ids=lambda s: f"{s.api}.{s.operation_id}")
def test_documented_responses_are_all_declared(seed: SeedOperation) -> None:
    declared = set(_find(seed)["responses"])
    assert seed.responses <= declared, f"undeclared: {sorted(seed.responses - declared)}"


@pytest.mark.parametrize("seed", ALL_OPERATIONS, ids=lambda s: f"{s.api}.{s.operation_id}")
def test_request_and_success_bodies_match_the_seed_page(seed: SeedOperation) -> None:
    operation = _find(seed)
    assert ("requestBody" in operation) is seed.has_request_body
    success = min(code for code in operation["responses"] if code.startswith("2"))
    response = resolve(load_spec(seed.api), operation["responses"][success])
    assert ("content" in response) is seed.success_has_body


@pytest.mark.parametrize("api", sorted({s.api for s in ALL_OPERATIONS}))
def test_every_operation_of_a_spec_is_documented_somewhere(api: str) -> None:
    # The spec carries no operation that neither a seed page nor the issue asks for.
    documented = {s.operation_id for s in ALL_OPERATIONS if s.api == api}
    allowed_extras = UNSEEDED_OPERATIONS.get(api, set())
    in_spec = {op["operationId"] for _, _, op in operations(load_spec(api))}
    assert in_spec - documented <= allowed_extras
    assert documented <= in_spec
