"""Ziti's entry in the registry of APIs: the names derived from its key, and what it declares.

`tests/contract/test_registry.py` checks that every registered API has each part; this pins the
exact names of one entry, so a change to how parts are derived from a key shows here.
"""

from __future__ import annotations

from sessionward.testing import registered_apis


def test_a_registered_api_derives_its_parts_from_its_key() -> None:
    (ziti,) = [api for api in registered_apis() if api.key == "ziti"]
    assert (ziti.overlay, ziti.generated, ziti.fixture) == (
        "sessionward.ziti",
        "ziti_api",
        "ziti_sim",
    )
    assert (ziti.distribution, ziti.generated_distribution) == (
        "sessionward-ziti",
        "sessionward-ziti-api",
    )
    assert ziti.simulator == "sessionward.testing._ziti:ZitiAPI"
    assert ziti.spec == "specs/ziti/openapi.yaml"
    assert (ziti.client, ziti.async_client, ziti.credentials) == (
        "Ziti",
        "AsyncZiti",
        ("username", "password"),
    )
