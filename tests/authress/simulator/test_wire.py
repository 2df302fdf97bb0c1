"""The Authress simulator answers on the wire as the real server does, where clients care.

Authress answers `GET /v1/connections/` (as authress-sdk.js requests it) like `/v1/connections`.
"""

from __future__ import annotations

import httpx

from sessionward.testing import serve


def test_authress_answers_a_trailing_slash_like_the_bare_path() -> None:
    with serve("authress") as sim:
        token = sim.other_credentials["access_token"]["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=sim.base_url, headers=headers) as client:
            bare = client.get("/v1/connections")
            slashed = client.get("/v1/connections/")
        assert sim.violations() == []
    assert bare.status_code == slashed.status_code == 200
    assert slashed.json() == bare.json()
