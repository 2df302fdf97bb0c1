"""What the Dynatrace tests of the command line need: a client of the simulator, its users.

`live_secrets` lists the full web session ids (credentials the command masks), which
`tests.cli._support.Cli` checks no run prints; `a_user` and `left` find a user and count what is
left of their sessions; `policy` reads the two limits of the session policy.
"""

from __future__ import annotations

from sessionward.dynatrace import DynatraceCluster
from sessionward.testing import Simulator
from tests.cli._support import Cli


def client(sim: Simulator) -> DynatraceCluster:
    """A Dynatrace client of the simulator, to check what the command did."""
    return DynatraceCluster(sim.base_url, api_token=sim.credentials["api_token"])


def live_secrets(sim: Simulator) -> list[str]:
    """The full id of every live web UI session."""
    with client(sim) as cluster:
        return [session.session_id for session in cluster.user_sessions.list()]


def a_user(cli: Cli) -> str:
    """The user of the first listed session."""
    with client(cli.sims["dynatrace"]) as cluster:
        return cluster.user_sessions.list()[0].user_id


def left(cli: Cli, user: str) -> int:
    """How many sessions `user` still has."""
    with client(cli.sims["dynatrace"]) as cluster:
        return len(cluster.user_sessions.list(user))


def policy(cli: Cli) -> dict[str, object]:
    """The user and admin limits of the session policy."""
    with client(cli.sims["dynatrace"]) as cluster:
        config = cluster.session_policy.get()
    return {
        "user_limit": config.concurrent_session_policy_dto.user_limit,
        "admin_limit": config.concurrent_session_policy_dto.admin_limit,
    }
