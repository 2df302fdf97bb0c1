"""Debug logging: request line, status, elapsed time, retry decisions and the retry count."""

from __future__ import annotations

import logging

import pytest

from sessionward.core import InternalServerError
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio


def core_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sessionward.core"]


async def test_the_request_log_shows_the_retry_count(
    make_twin: MakeTwin, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sessionward")
    twin = make_twin(max_retries=2)
    server.plan(Reply(status=503), Reply(action="drop"), json_reply({"ok": True}))

    await twin.request("GET", "/x", params={"limit": "2"})

    lines = core_lines(caplog)
    url = f"{server.base_url}/x?limit=2"
    assert [line.split(" headers=")[0] for line in lines if line.startswith("request ")] == [
        f"request GET {url} (attempt 1 of 3)",
        f"request GET {url} (attempt 2 of 3)",
        f"request GET {url} (attempt 3 of 3)",
    ]
    retries = [line for line in lines if line.startswith("retrying ")]
    assert len(retries) == 2
    assert retries[0].startswith(f"retrying GET {url} in ")
    assert "(retry 1 of 2) after status 503" in retries[0]
    assert "(retry 2 of 2) after RemoteProtocolError" in retries[1]
    responses = [line for line in lines if line.startswith("response ")]
    assert responses[0].startswith(f"response 503 Service Unavailable for GET {url} in ")
    assert "(attempt 1 of 3)" in responses[0]
    assert responses[1].startswith(f"response 200 OK for GET {url} in 0.000s (attempt 3 of 3)")
    assert any(line.startswith(f"no response for GET {url} after") for line in lines)


async def test_giving_up_and_refusing_are_logged(
    make_twin: MakeTwin, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="sessionward")
    twin = make_twin(max_retries=1)
    server.plan(Reply(status=500), Reply(status=500), Reply(status=503))

    with pytest.raises(InternalServerError):
        await twin.request("GET", "/x")
    with pytest.raises(InternalServerError):
        await twin.request("POST", "/y")

    lines = core_lines(caplog)
    assert (
        f"giving up on GET {server.base_url}/x after 2 attempts (1 retries): "
        "InternalServerError" in lines
    )
    assert any(
        line.startswith(f"not retrying POST {server.base_url}/y: POST is not idempotent")
        for line in lines
    )


async def one_request(make_twin: MakeTwin, caplog: pytest.LogCaptureFixture, level: int) -> None:
    """Capture the suite's logs at `level` while a new client sends one GET."""
    caplog.set_level(level, logger="sessionward")
    await make_twin().request("GET", "/x")


async def test_nothing_is_formatted_above_debug(
    make_twin: MakeTwin, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    await one_request(make_twin, caplog, logging.INFO)

    assert core_lines(caplog) == []


async def test_logs_go_under_the_sessionward_logger(
    make_twin: MakeTwin, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    await one_request(make_twin, caplog, logging.DEBUG)

    names = {r.name for r in caplog.records if r.name.startswith("sessionward")}
    assert names == {"sessionward.core"}
    assert logging.getLogger("sessionward.core").parent is logging.getLogger("sessionward")
