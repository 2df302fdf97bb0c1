"""No password or session token in reprs, log output or error messages."""

from __future__ import annotations

import logging

import pytest

from sessionward.testing import Simulator
from sessionward.ziti import AuthenticationError, NotFoundError, Ziti
from tests.ziti._support import Twin
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio


def test_reprs_show_no_credential(ziti_sim: Simulator) -> None:
    username, password = ziti_sim.credentials["username"], ziti_sim.credentials["password"]
    with (
        Ziti(ziti_sim.base_url, username=username, password=password) as by_password,
        Ziti(ziti_sim.base_url, session_token="tok-3f9a1c") as by_token,
    ):
        shown = " ".join(
            repr(item)
            for item in (
                by_password,
                by_password.with_options(timeout=3),
                by_password.api_sessions,
                by_password.auth,
                by_password._login_state,
                by_token,
                by_token.auth,
            )
        )
    assert password not in shown
    assert "tok-3f9a1c" not in shown
    assert "zt-session" in shown


async def test_logs_and_errors_show_no_credential(
    make: MakeTwin, ziti_sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    password = ziti_sim.credentials["password"]
    ziti = make()

    current = await ziti.call("current_session")
    with pytest.raises(NotFoundError) as missing:
        await ziti.call("api_sessions.get", "no-such-session")
    wrong = make(username=ziti_sim.credentials["username"], password=password + "-wrong")
    with pytest.raises(AuthenticationError) as refused:
        await wrong.call("current_session")

    assert caplog.records  # the client did log its requests
    text = caplog.text + str(missing.value) + str(refused.value) + repr(refused.value)
    assert password not in text
    assert current.token not in text
    assert "[REDACTED]" in caplog.text


async def test_a_session_repr_hides_its_token(ziti: Twin) -> None:
    session = (await ziti.first_page(page_size=1))[0]
    current = await ziti.call("current_session")
    assert session.token not in repr(session)
    assert current.token not in repr(current)
