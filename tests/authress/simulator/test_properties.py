"""The Authress simulator against its spec, property-based (schemathesis), with no failure allowed.

Schemathesis generates requests for every operation of `specs/authress/openapi.yaml` (valid ones
and invalid ones) and runs its default checks on each answer: no server error, a declared status,
the declared content type, a body and headers that match the spec, and refusals of bad data and of
missing credentials. Requests carry a service-client JWT minted from the simulator's access key.
Runs are bounded (examples per operation, no deadline per example) and derandomized.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.parameters import ParameterLocation

from sessionward.testing import AuthressCredentials, Simulator, serve
from tests.authress.simulator.test_auth import mint

SPEC = Path(__file__).resolve().parents[3] / "specs" / "authress" / "openapi.yaml"
schema = schemathesis.openapi.from_path(SPEC)


@pytest.fixture(scope="module")
def authress_served() -> Iterator[Simulator[AuthressCredentials]]:
    with serve("authress") as sim:
        yield sim


def _beyond_the_schema(case: Case[Any]) -> bool:
    """Whether a schema-valid request may still be refused for a rule the spec cannot express.

    A create may name a `connectionId` already in use (generated ids repeat), and a `cursor` is
    opaque: only the ones the simulator issued are valid. The simulator refuses those with a 400,
    rightly, so `positive_data_acceptance` does not apply to them; every other check still does.
    """
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if operation_id == "create_connection":
        return isinstance(case.body, dict) and bool(case.body.get("connectionId"))
    if operation_id == "get_connections":
        return bool(case.query and "cursor" in case.query)
    return False


def _credentials(case: Case[Any], headers: dict[str, str]) -> dict[str, str]:
    """The credential headers to add: none when the case itself takes its headers out of spec.

    The only header parameter is the credential (the security scheme); a case whose headers are
    deliberately wrong leaves it out, and adding it back would turn a case meant to be refused
    into a valid request.
    """
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER):
        return {}
    return headers


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_the_authress_simulator_conforms_to_its_spec(
    case: Case[Any], authress_served: Simulator
) -> None:
    sim = authress_served
    token = mint(sim.credentials["service_client_access_key"], sim.base_url)
    excluded = [positive_data_acceptance] if _beyond_the_schema(case) else []
    case.call_and_validate(
        base_url=sim.base_url,
        headers=_credentials(case, {"Authorization": f"Bearer {token}"}),
        excluded_checks=excluded,
    )
