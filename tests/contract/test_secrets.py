"""No credential of any registered API appears in its client's reprs, debug logs or errors.

A client authenticated with the simulator's credentials makes its probe call, is refused once
with a 429 it may not wait for, and a client whose credentials merely extend the real ones (so
any leak of them leaks the real ones too) is refused with a 401; every logger runs at DEBUG.
API-specific credentials (cookies, session tokens, minted JWTs) are covered in `tests/<key>/`.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from sessionward.core import AuthenticationError, RateLimitError
from sessionward.testing import Simulator
from tests._support import Maker
from tests.contract._hooks import AnyTwin, Contract

pytestmark = pytest.mark.anyio


async def test_no_credential_appears_in_reprs_logs_or_errors(
    contract: Contract,
    build: Maker[AnyTwin],
    sim: Simulator[Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = contract.secrets(sim)
    probe = contract.probe
    good = build(own_pool=True)
    wrong_credentials: dict[str, Any] = contract.wrong_credentials(sim)
    wrong = build(own_pool=True, **wrong_credentials)

    await probe.call(good)
    sim.inject_fault(probe.method, probe.path, status=429, headers={"Retry-After": "99"})
    with pytest.raises(RateLimitError) as limited:
        await probe.call(good)
    with pytest.raises(AuthenticationError) as refused:
        await probe.call(wrong)

    texts = [caplog.text, repr(good.client), repr(wrong.client), repr(good.client.with_options())]
    for error in (limited.value, refused.value):
        texts += [str(error), repr(error), *getattr(error, "__notes__", [])]
    assert secrets
    for secret in secrets:
        for text in texts:
            assert secret not in text
    # The debug log did describe the requests, with the credential masked.
    assert probe.method in caplog.text
