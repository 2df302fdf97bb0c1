"""No API token in debug logs, reprs or error text."""

from __future__ import annotations

import logging

import pytest

from sessionward.dynatrace import AuthenticationError, InvalidArgumentError, RateLimitError
from sessionward.testing import Simulator
from tests.dynatrace._support import POLICY, SESSIONS
from tests.dynatrace.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_no_token_appears_in_logs_reprs_or_errors(
    make_twin: MakeTwin, dynatrace_sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    token = dynatrace_sim.credentials["api_token"]
    # Every logger, at DEBUG: sessionward's own lines and those of httpx and httpcore.
    caplog.set_level(logging.DEBUG)
    good = make_twin(own_pool=True)
    # A wrong token that contains the real one: any leak of it leaks the real one too.
    wrong = make_twin(own_pool=True, api_token=token + "0")
    dynatrace_sim.inject_fault("GET", SESSIONS, status=429, headers={"Retry-After": "0"})
    dynatrace_sim.inject_fault("GET", POLICY, status=429, headers={"Retry-After": "99"})

    await good.list()
    with pytest.raises(RateLimitError) as limited:
        await good.get()
    with pytest.raises(AuthenticationError) as refused:
        await wrong.list()
    with pytest.raises(InvalidArgumentError) as invalid:
        await good.remove("")

    texts = [caplog.text, repr(good.client), repr(wrong.client), repr(good.client.with_options())]
    for error in (limited.value, refused.value, invalid.value):
        texts += [str(error), repr(error), *getattr(error, "__notes__", [])]
    for text in texts:
        assert token not in text
    # The debug log did describe the requests and the retry, with the credential masked.
    assert "GET" in caplog.text
    assert "[REDACTED]" in caplog.text or "**********" in caplog.text
