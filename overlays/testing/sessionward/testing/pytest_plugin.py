"""pytest fixtures for the simulators, registered through the `pytest11` entry point.

`docspace_sim`, `dynatrace_sim`, `ziti_sim` and `authress_sim` each give a test a `Simulator`
handle in the seeded state, with no fault armed and an empty request log. Each API's server starts
on first use and serves the whole session (starting one costs far more than a reset); the
fixture resets it before the test and fails the test if the simulator broke its spec during it.
`simulator_fixture()` makes the same kind of fixture for any other plug-in. Every API of the
registry (`apis.toml`) gets its `<key>_sim` fixture; the four above are also named here, so that
they are part of the plugin's typed surface.

Nothing heavy is imported until a fixture is used, so the plugin costs nothing to test runs that
do not use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from sessionward.testing._apis import registered_apis

if TYPE_CHECKING:
    from sessionward.testing._handle import Simulator
    from sessionward.testing._plugin import SimulatedAPI
    from sessionward.testing._server import SimulatorServer

__all__ = [
    "SimulatorPool",
    "authress_sim",
    "docspace_sim",
    "dynatrace_sim",
    "sessionward_simulators",
    "simulator_fixture",
    "ziti_sim",
]


class SimulatorPool:
    """The simulators of one test session, started on first request, stopped at session end."""

    def __init__(self) -> None:
        self._servers: dict[object, SimulatorServer] = {}

    def server(self, api: str | type[SimulatedAPI]) -> SimulatorServer:
        """Return the running server of `api` (default seed and size), starting it if need be."""
        server = self._servers.get(api)
        if server is None:
            from sessionward.testing._server import SimulatorServer

            server = SimulatorServer(api)
            server.start()
            self._servers[api] = server
        return server

    def close(self) -> None:
        """Stop every server (their violations were already reported test by test)."""
        servers, self._servers = list(self._servers.values()), {}
        for server in servers:
            server.stop()


@pytest.fixture(scope="session")
def sessionward_simulators() -> Iterator[SimulatorPool]:
    """Provide the session's pool of running simulators (used by the per-API fixtures)."""
    pool = SimulatorPool()
    try:
        yield pool
    finally:
        pool.close()


def simulator_fixture(
    api: str | type[SimulatedAPI], *, name: str
) -> Callable[..., Iterator[Simulator]]:
    """Make a function-scoped fixture called `name` that yields a reset simulator of `api`.

    Assign the result in a conftest (or a plugin) module, e.g.
    `example_sim = simulator_fixture("tests.example:ExampleAPI", name="example_sim")`.
    After the test, the fixture raises `SpecViolationError` if the simulator broke its spec.
    """

    @pytest.fixture(name=name)
    def fixture(sessionward_simulators: SimulatorPool) -> Iterator[Simulator]:
        from sessionward.testing._errors import SpecViolationError

        server = sessionward_simulators.server(api)
        handle = server.handle
        assert handle is not None  # a started server has its handle
        handle.reset()
        seen = len(server.violations)
        yield handle
        broken = server.violations[seen:]
        if broken:
            raise SpecViolationError(broken)

    fixture.__doc__ = f"A reset simulator of {api!r} for one test, served for the whole session."
    return fixture


docspace_sim = simulator_fixture("docspace", name="docspace_sim")
dynatrace_sim = simulator_fixture("dynatrace", name="dynatrace_sim")
ziti_sim = simulator_fixture("ziti", name="ziti_sim")
authress_sim = simulator_fixture("authress", name="authress_sim")

# An API added to the registry gets its fixture without an edit here.
for _api in registered_apis():
    globals().setdefault(_api.fixture, simulator_fixture(_api.key, name=_api.fixture))
del _api
