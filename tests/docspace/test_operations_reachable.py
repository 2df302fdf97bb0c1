"""Every operationId of specs/docspace/openapi.yaml is reached by a public method of the overlay."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sessionward.testing import Simulator
from tests.docspace._support import OPERATIONS
from tests.docspace.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).resolve().parents[2] / "specs" / "docspace" / "openapi.yaml"
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
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    # The administrator's API key survives logging out of every session.
    twin = make_twin(**docspace_sim.other_credentials["api_key"])

    for operation in OPERATIONS:
        await operation.call(twin)

    reached = {record.operation for record in docspace_sim.requests()}
    assert reached == spec_operation_ids()
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids()
