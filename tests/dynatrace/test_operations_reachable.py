"""Every operationId of specs/dynatrace/openapi.yaml is reached by a public overlay method."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sessionward.testing import Simulator
from tests.dynatrace._support import OPERATIONS, Seeded, Twin

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).resolve().parents[2] / "specs" / "dynatrace" / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def spec_operation_ids() -> set[str]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }


async def test_the_public_methods_reach_every_operation_of_the_spec(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded
) -> None:
    for operation in OPERATIONS:
        await operation.call(twin, seeded)

    reached = {record.operation for record in dynatrace_sim.requests()}
    assert reached == spec_operation_ids()
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids()
