"""What the Authress tests of the command line need: a client of the simulator."""

from __future__ import annotations

from sessionward.authress import Authress
from sessionward.testing import Simulator


def client(sim: Simulator) -> Authress:
    """An Authress client of the simulator, to check what the command did."""
    key = sim.credentials["service_client_access_key"]
    return Authress(sim.base_url, service_client_access_key=key)
