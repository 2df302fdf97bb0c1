"""Every operationId of specs/authress/openapi.yaml is reached by a public method."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sessionward.authress import Connection, ConnectionType
from sessionward.testing import Simulator
from tests.authress._support import Twin, operations
from tests.authress.test_connections import credential_pairs

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).resolve().parents[2] / "specs" / "authress" / "openapi.yaml"


def spec_operations() -> set[str]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


async def test_the_public_methods_reach_every_operation(
    authress: Twin, authress_sim: Simulator
) -> None:
    created = await authress.call(
        "connections.create",
        Connection(type_=ConnectionType.OAUTH2, authentication_url="https://idp.example/a"),
    )
    await authress.list()
    await authress.call("connections.get", created.connection_id)
    await authress.call("connections.update", created.connection_id, created)
    await authress.call("connections.get_user_credentials", *credential_pairs()[0])
    await authress.call("connections.delete", created.connection_id)

    assert set(operations(authress_sim)) == spec_operations()
    assert len(spec_operations()) == 6
