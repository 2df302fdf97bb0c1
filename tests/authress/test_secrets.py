"""No access key, private key or minted token in reprs, log output or error messages."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from sessionward.authress import AuthenticationError, Authress, NotFoundError
from sessionward.authress._access_key import ServiceClientKey
from sessionward.testing import Simulator
from tests.authress._support import Recorder
from tests.authress.conftest import MakeTwin

pytestmark = pytest.mark.anyio


def key_parts(access_key: str) -> list[str]:
    """The secret pieces of an access key that must never be shown."""
    if "." in access_key:
        return [access_key, access_key.rsplit(".", 1)[1]]
    document = json.loads(base64.b64decode(access_key))
    return [access_key, document["privateKey"].splitlines()[1]]


@pytest.mark.parametrize("credential", ["default", "legacy_access_key"])
def test_reprs_show_no_key(authress_sim: Simulator, credential: str) -> None:
    credentials = (
        authress_sim.credentials
        if credential == "default"
        else authress_sim.other_credentials[credential]
    )
    access_key = credentials["service_client_access_key"]
    with Authress(authress_sim.base_url, service_client_access_key=access_key) as authress:
        shown = " ".join(
            repr(item)
            for item in (
                authress,
                authress.with_options(timeout=2),
                authress.connections,
                authress.auth,
                ServiceClientKey.parse(access_key),
            )
        )
    for part in key_parts(access_key):
        assert part not in shown
    assert "JWTAuth" in shown


def test_an_access_token_is_not_shown(authress_sim: Simulator) -> None:
    token = authress_sim.other_credentials["access_token"]["access_token"]
    with Authress(authress_sim.base_url, access_token=token) as authress:
        assert token not in repr(authress)


async def test_logs_and_errors_show_no_key_or_token(
    make: MakeTwin, authress_sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    access_key = authress_sim.credentials["service_client_access_key"]
    recorder = Recorder()
    authress = make(recorder=recorder)

    await authress.call("connections.get", "google")
    with pytest.raises(NotFoundError) as missing:
        await authress.call("connections.get", "no-such-connection")
    stranger = make(access_token=recorder.tokens()[0] + "tampered")
    with pytest.raises(AuthenticationError) as refused:
        await stranger.call("connections.get", "google")

    assert caplog.records
    text = caplog.text + str(missing.value) + str(refused.value) + repr(refused.value)
    for secret in [*key_parts(access_key), recorder.tokens()[0]]:
        assert secret not in text
    assert "request GET" in caplog.text  # the requests were logged, without their credential
