"""The Ziti simulator against its spec, property-based (schemathesis), with zero failures allowed.

Schemathesis generates requests for every operation of `specs/ziti/openapi.yaml` (valid ones and
invalid ones) and runs its default checks on each answer: no server error, a declared status, the
declared content type, a body and headers that match the spec, and refusals of bad data and of
missing credentials. Runs are bounded (examples per operation, no deadline per example) and
derandomized, so a failure reproduces.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import positive_data_acceptance
from schemathesis.core.parameters import ParameterLocation

from sessionward.testing import Simulator, ZitiCredentials, serve

SPEC = Path(__file__).resolve().parents[3] / "specs" / "ziti" / "openapi.yaml"
schema = schemathesis.openapi.from_path(SPEC)
# Deleting sessions (the caller's own included) ends the caller's login: log in again after those.
_LOGS_OUT = frozenset({"delete_current_api_session", "delete_api_sessions"})


class Login:
    """The admin's current session token, renewed after calls that may have ended it."""

    def __init__(self, sim: Simulator[ZitiCredentials]) -> None:
        self.sim = sim
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            response = httpx.post(
                f"{self.sim.base_url}/authenticate",
                params={"method": "password"},
                json=self.sim.credentials,
            )
            response.raise_for_status()
            self._token = str(response.json()["data"]["token"])
        return self._token

    def forget(self) -> None:
        self._token = None


def _beyond_the_schema(case: Case[Any]) -> bool:
    """Whether a schema-valid request may still be refused for a rule the spec cannot express.

    A `filter` is a ZitiQL expression (an arbitrary string is rarely one), and the body fields
    `authenticate` needs depend on `method`. The simulator refuses those with a 400, rightly, so
    `positive_data_acceptance` does not apply to such requests; every other check still does.
    """
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if operation_id == "list_api_sessions":
        return bool(case.query and "filter" in case.query)
    return operation_id == "authenticate"


@pytest.fixture(scope="module")
def login() -> Iterator[Login]:
    with serve("ziti") as sim:
        yield Login(sim)


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
def test_the_ziti_simulator_conforms_to_its_spec(case: Case[Any], login: Login) -> None:
    excluded = []
    if _beyond_the_schema(case):
        excluded.append(positive_data_acceptance)
    try:
        case.call_and_validate(
            base_url=login.sim.base_url,
            headers=_credentials(case, {"zt-session": login.token()}),
            excluded_checks=excluded,
        )
    finally:
        if str(case.operation.definition.raw.get("operationId")) in _LOGS_OUT:
            login.forget()
