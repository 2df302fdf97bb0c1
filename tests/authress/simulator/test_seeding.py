"""The Authress simulator's seeded state: deterministic per seed, sized by `size`, realistic."""

from __future__ import annotations

import datetime

from sessionward.testing._authress import AuthressAPI


def _snapshot(api: AuthressAPI) -> list[dict[str, object]]:
    return [connection.to_json() for connection in api.connections.values()]


def test_the_same_seed_gives_the_same_connections_and_user_credentials() -> None:
    assert _snapshot(AuthressAPI(seed=4)) == _snapshot(AuthressAPI(seed=4))
    assert AuthressAPI(seed=4).user_credentials == AuthressAPI(seed=4).user_credentials
    assert _snapshot(AuthressAPI(seed=4)) != _snapshot(AuthressAPI(seed=5))


def test_reset_restores_the_seeded_state() -> None:
    api = AuthressAPI(seed=4)
    seeded, credentials = _snapshot(api), dict(api.user_credentials)
    api.connections.clear()
    api.user_credentials.clear()
    api.reset()
    assert _snapshot(api) == seeded
    assert api.user_credentials == credentials


def test_size_sets_the_number_of_connections() -> None:
    assert AuthressAPI(size=0).connections == {}
    assert len(AuthressAPI(size=3).connections) == 3
    assert len(AuthressAPI().connections) == AuthressAPI.default_size == 20
    big = AuthressAPI(size=100_000)
    assert len(big.connections) == 100_000
    assert len(set(big.connections)) == 100_000


def test_seeded_connections_look_real() -> None:
    api = AuthressAPI(size=300)
    epoch = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC).timestamp()
    types = {connection.body["type"] for connection in api.connections.values()}
    assert types == {"OAUTH2", "SAML2", "WebAuthN", "PASSWORD", "OPENID-LEGACY"}
    for connection in api.connections.values():
        assert connection.created <= connection.updated <= epoch
        assert connection.client_secret is None
        if connection.body["type"] == "SAML2":
            assert connection.body["authenticationUrl"].startswith("https://")
            assert connection.body["issuerUrl"]
    customers = [c for c in api.connections.values() if c.connection_id.startswith("saml-")]
    assert customers
    assert all(c.body["tags"]["customer"] in c.connection_id for c in customers)
    assert {pair[0] for pair in api.user_credentials} <= {
        c.connection_id for c in api.connections.values() if c.body["type"] != "SAML2"
    }
