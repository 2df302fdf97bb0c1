"""Every operationId of specs/authress/openapi.yaml is reached by a public method."""

from __future__ import annotations

import pytest

from sessionward.authress import Connection, ConnectionType
from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.authress._support import Twin, operations
from tests.authress.test_connections import credential_pairs

pytestmark = pytest.mark.anyio


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

    assert set(operations(authress_sim)) == spec_operation_ids("authress")
    assert len(spec_operation_ids("authress")) == 6
