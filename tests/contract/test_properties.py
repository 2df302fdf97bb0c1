"""Every simulator against its spec, property-based (schemathesis), with no failure allowed.

For each registered API, schemathesis generates requests for every operation of
`specs/<key>/openapi.yaml` (valid ones and invalid ones) and runs its default checks on each
answer: no server error, a declared status, the declared content type, a body and headers that
match the spec, and refusals of bad data and of missing credentials. How an API's requests carry
their credentials, and which rules its spec cannot express, its `CONTRACT.properties` says
(`tests/<key>/contract.py`). Runs are bounded (examples per operation) and derandomized, so a
failure reproduces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case

from sessionward.testing import RegisteredAPI, Simulator, registered_apis, serve
from tests._support import ROOT
from tests.contract._hooks import contract_of

Served = Callable[[str], Simulator[Any]]


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    """Each API's simulator, started on first use and stopped after the module."""
    running: dict[str, Simulator[Any]] = {}
    with ExitStack() as stack:

        def get(key: str) -> Simulator[Any]:
            if key not in running:
                running[key] = stack.enter_context(serve(key))
            return running[key]

        yield get


def _suite(api: RegisteredAPI) -> Callable[..., None]:
    properties = contract_of(api).properties
    schema = schemathesis.openapi.from_path(ROOT / "specs" / api.key / "openapi.yaml")
    if not properties.generated_security:
        # The check adds the simulator's credentials; generated ones would only replace them.
        schema.config.generation.update(with_security_parameters=False, deterministic=True)

    @schema.parametrize()
    @pytest.mark.parametrize("variant", properties.variants)
    @settings(
        max_examples=25,
        deadline=properties.deadline,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def test(case: Case[Any], variant: str, served: Served) -> None:
        sim = served(api.key)
        if properties.reset:
            sim.reset()
        properties.check(case, sim, variant)

    suite: Callable[..., None] = test
    suite.__name__ = suite.__qualname__ = f"test_the_{api.key}_simulator_conforms_to_its_spec"
    return suite


for _api in registered_apis():
    globals()[f"test_the_{_api.key}_simulator_conforms_to_its_spec"] = _suite(_api)
