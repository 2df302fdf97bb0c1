"""No credential in debug logs, reprs or error text, whichever way the client authenticates."""

from __future__ import annotations

import logging

import pytest

from sessionward.docspace import AuthenticationError, RateLimitError
from sessionward.testing import Simulator
from tests.docspace._support import PREFIX
from tests.docspace.conftest import MakeTwin

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("credential", ["token", "auth_cookie"])
async def test_no_credential_appears_in_logs_reprs_or_errors(
    make_twin: MakeTwin,
    docspace_sim: Simulator,
    caplog: pytest.LogCaptureFixture,
    credential: str,
) -> None:
    secret = docspace_sim.credentials["token"]
    # Every logger, at DEBUG: sessionward's own lines and those of httpx and httpcore.
    caplog.set_level(logging.DEBUG)
    good = make_twin(own_pool=True, **{credential: secret})
    # A wrong credential that contains the real one: any leak of it leaks the real one too.
    wrong = make_twin(own_pool=True, **{credential: secret + "0"})
    docspace_sim.inject_fault("GET", PREFIX, status=429, headers={"Retry-After": "0"})
    docspace_sim.inject_fault(
        "PUT", f"{PREFIX}/logout/*", status=429, headers={"Retry-After": "99"}
    )

    await good.list()
    with pytest.raises(RateLimitError) as limited:
        await good.log_out(1)
    with pytest.raises(AuthenticationError) as refused:
        await wrong.list()

    texts = [caplog.text, repr(good.client), repr(wrong.client), repr(good.client.with_options())]
    for error in (limited.value, refused.value):
        texts += [str(error), repr(error), *getattr(error, "__notes__", [])]
    for text in texts:
        assert secret not in text
    # The debug log did describe the requests and the retry, with the credential masked.
    assert "GET" in caplog.text
    assert "[REDACTED]" in caplog.text or "**********" in caplog.text
