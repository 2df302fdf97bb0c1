"""Every operationId of specs/ziti/openapi.yaml is reached by a public method, sync and async."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sessionward.testing import Simulator
from tests.ziti._support import Twin, operations

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).resolve().parents[2] / "specs" / "ziti" / "openapi.yaml"


def spec_operations() -> set[str]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


async def test_the_public_methods_reach_every_operation(ziti: Twin, ziti_sim: Simulator) -> None:
    await ziti.call("login")
    await ziti.call("current_session")
    first = (await ziti.first_page(page_size=1))[0]
    await ziti.call("api_sessions.get", first.id)
    await ziti.call("api_sessions.delete", first.id)
    await ziti.call("logout")

    assert set(operations(ziti_sim)) == spec_operations()
    assert len(spec_operations()) == 6
