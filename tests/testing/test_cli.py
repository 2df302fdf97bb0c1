"""`python -m sessionward.testing serve`: one JSON line once ready, serves until SIGINT/SIGTERM."""

from __future__ import annotations

import json
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from sessionward.testing import APIS
from tests.testing._example import ExampleAPI

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "tests.testing._example:ExampleAPI"
BROKEN = "tests.testing._example:BrokenExampleAPI"
# A bound for a hang, not a speed check: how fast the line comes is measured by `nox -s bench`
# (a timed assertion on a loaded two-core machine would only be flaky).
READY_WITHIN = 30.0
EXIT_WITHIN = 10.0


def _start(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sessionward.testing", *arguments],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=EXIT_WITHIN)


def _first_line(process: subprocess.Popen[str], within: float = READY_WITHIN) -> dict[str, Any]:
    assert process.stdout is not None
    deadline = time.monotonic() + within
    readable: list[IO[str]] = []
    while not readable and time.monotonic() < deadline:
        readable, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
    assert readable, f"no JSON line on stdout within {within} s"
    line: dict[str, Any] = json.loads(process.stdout.readline())
    return line


def _stop(process: subprocess.Popen[str], signum: int) -> tuple[int, str, str]:
    process.send_signal(signum)
    out, err = process.communicate(timeout=EXIT_WITHIN)
    return process.returncode, out, err


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_prints_one_json_line_serves_and_exits_0_on_signal(
    processes: list[subprocess.Popen[str]], signum: int
) -> None:
    process = _start("serve", EXAMPLE, "--seed", "3", "--size", "7")
    processes.append(process)
    line = _first_line(process)
    assert set(line) == {"api", "base_url", "credentials"}
    assert line["api"] == "example"
    assert line["base_url"].startswith("http://127.0.0.1:")
    assert line["base_url"].endswith("/example/v1")
    assert line["credentials"] == ExampleAPI(seed=3).credentials()
    headers = {"X-Api-Key": line["credentials"]["api_key"]}
    assert httpx.get(f"{line['base_url']}/notes", headers=headers).json()["total"] == 7
    returncode, rest, _ = _stop(process, signum)
    assert returncode == 0
    assert rest == ""


def test_exits_1_and_reports_when_the_simulator_broke_its_spec(
    processes: list[subprocess.Popen[str]],
) -> None:
    process = _start("serve", BROKEN)
    processes.append(process)
    line = _first_line(process)
    assert httpx.get(f"{line['base_url']}/notes/n-1").status_code == 500
    returncode, _, err = _stop(process, signal.SIGINT)
    assert returncode == 1
    assert "get_note" in err


def test_unknown_api_exits_2_with_a_message(processes: list[subprocess.Popen[str]]) -> None:
    process = _start("serve", "nothing-like-it")
    processes.append(process)
    _, err = process.communicate(timeout=EXIT_WITHIN)
    assert process.returncode == 2
    assert "unknown API 'nothing-like-it'" in err


def test_serve_all_refuses_a_fixed_port(processes: list[subprocess.Popen[str]]) -> None:
    process = _start("serve", "all", "--port", "8080")
    processes.append(process)
    _, err = process.communicate(timeout=EXIT_WITHIN)
    assert process.returncode == 2
    assert "no --port" in err


def test_response_validation_can_be_turned_off(processes: list[subprocess.Popen[str]]) -> None:
    process = _start("serve", BROKEN, "--no-response-validation")
    processes.append(process)
    line = _first_line(process)
    assert httpx.get(f"{line['base_url']}/notes/n-1").json() == {"id": 7, "text": ""}
    returncode, _, _ = _stop(process, signal.SIGINT)
    assert returncode == 0


def test_serve_all_prints_one_line_per_api_and_each_answers(
    processes: list[subprocess.Popen[str]],
) -> None:
    process = _start("serve", "all")
    processes.append(process)
    lines = [_first_line(process) for _ in APIS]
    assert sorted(line["api"] for line in lines) == sorted(APIS)
    for line in lines:
        # Every simulator answers its health check on the origin of its base URL.
        origin = "/".join(line["base_url"].split("/")[:3])
        health = httpx.get(f"{origin}/_sim/health", timeout=10.0)
        assert health.json()["api"] == line["api"]
        assert line["credentials"]
    code, _, _ = _stop(process, signal.SIGINT)
    assert code == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--size", "-5"), "-5 is negative"),
        (("--size", "many"), "'many' is not an integer"),
        (("--port", "70000"), "70000 is not a port"),
        (("--port", "-1"), "-1 is negative"),
    ],
)
def test_a_bad_argument_is_a_one_line_usage_error(
    processes: list[subprocess.Popen[str]], arguments: tuple[str, ...], message: str
) -> None:
    process = _start("serve", APIS[0], *arguments)
    processes.append(process)
    out, err = process.communicate(timeout=EXIT_WITHIN)
    assert process.returncode == 2
    assert message in err
    assert "Traceback" not in err
    assert out == ""
