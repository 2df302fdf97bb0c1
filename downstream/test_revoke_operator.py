"""A downstream test module on the `ziti_sim` fixture of sessionward-testing's pytest plugin."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator, ZitiCredentials
from sessionward.ziti import NotFoundError, Ziti


def test_a_deleted_session_is_gone(ziti_sim: Simulator[ZitiCredentials]) -> None:
    with Ziti(ziti_sim.base_url, **ziti_sim.credentials) as ziti:
        mine = ziti.current_session().id
        victim = next(s.id for s in ziti.api_sessions.list() if s.id != mine)
        ziti.api_sessions.delete(victim)
        with pytest.raises(NotFoundError):
            ziti.api_sessions.get(victim)


def test_the_program_revokes_the_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    from revoke_operator import main

    assert main() == 0
    assert "0 left" in capsys.readouterr().out
