"""Property-based check of the DocSpace simulator against its spec, with schemathesis.

Schemathesis generates valid and invalid requests for every operation of
`specs/docspace/openapi.yaml` and runs its default checks on each answer (no server error,
documented status, content type, headers and body schema, invalid data refused, valid data
accepted, missing auth refused). Every example starts from the seeded state, so a generated
"log out everywhere" cannot starve the examples after it; the run is derandomized.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case

from sessionward.testing import Simulator

SPEC = Path(__file__).resolve().parents[3] / "specs" / "docspace" / "openapi.yaml"

schema = schemathesis.openapi.from_path(SPEC)
# Security parameters come from the simulator's credentials below, not from generated values.
schema.config.generation.update(with_security_parameters=False, deterministic=True)


@schema.parametrize()
@pytest.mark.parametrize("credential", ["bearer", "cookie"])
@settings(
    max_examples=25,
    deadline=2000,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_simulator_conforms_to_its_spec(
    case: Case[Any], credential: str, docspace_sim: Simulator
) -> None:
    docspace_sim.reset()
    token = docspace_sim.credentials["token"]
    if credential == "bearer":
        case.call_and_validate(
            base_url=docspace_sim.base_url, headers={"Authorization": f"Bearer {token}"}
        )
    else:
        case.call_and_validate(base_url=docspace_sim.base_url, cookies={"asc_auth_key": token})
