"""What the Ziti tests of the command line need: a client of the simulator, its identities.

`live_secrets` lists the live API session tokens, which `tests.cli._support.Cli` checks no run
prints; `identity` and `left` find an identity's sessions and what is left of them.
"""

from __future__ import annotations

from sessionward.testing import Simulator
from sessionward.ziti import Ziti, ZitiFilter
from tests.cli._support import Cli


def client(sim: Simulator) -> Ziti:
    """A Ziti client of the simulator's admin, to check what the command did."""
    credentials = sim.credentials
    return Ziti(sim.base_url, username=credentials["username"], password=credentials["password"])


def live_secrets(sim: Simulator) -> list[str]:
    """The token of every live API session."""
    with client(sim) as ziti:
        found = [session.token for session in ziti.api_sessions.list()]
        ziti.logout()  # leave the simulator's sessions as they were
    return found


def identity(cli: Cli, name: str = "laptop-bob") -> tuple[str, list[str]]:
    """The id of the identity called `name` and the ids of its API sessions."""
    sim = cli.sims["ziti"]
    with client(sim) as ziti:
        sessions = [s for s in ziti.api_sessions.list() if s.identity.name == name]
        ziti.logout()
    assert sessions
    return sessions[0].identity_id, [s.id for s in sessions]


def left(cli: Cli, identity: str) -> list[str]:
    """The ids of the API sessions `identity` still has."""
    sim = cli.sims["ziti"]
    with client(sim) as ziti:
        found = [s.id for s in ziti.api_sessions.list(filter=ZitiFilter.eq("identityId", identity))]
        ziti.logout()
    return found
