"""`sessionward sim`: four simulators, the environment lines, and a command run inside them."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys

import httpx

from sessionward.cli import ExitCode

WITHIN = 120


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("SESSIONWARD_")}


EXPECTED = [
    "SESSIONWARD_DOCSPACE_URL",
    "SESSIONWARD_DOCSPACE_TOKEN",
    "SESSIONWARD_DYNATRACE_URL",
    "SESSIONWARD_DYNATRACE_API_TOKEN",
    "SESSIONWARD_ZITI_URL",
    "SESSIONWARD_ZITI_USERNAME",
    "SESSIONWARD_ZITI_PASSWORD",
    "SESSIONWARD_AUTHRESS_URL",
    "SESSIONWARD_AUTHRESS_SERVICE_CLIENT_ACCESS_KEY",
]


def test_sim_prints_the_environment_and_serves_until_a_signal() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "sessionward.cli", "sim"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in EXPECTED]
        # Still serving: the printed URL answers.
        variables = dict(
            shlex.split(line.removeprefix("export "))[0].split("=", 1) for line in lines
        )
        health = httpx.get(variables["SESSIONWARD_ZITI_URL"].split("/edge")[0] + "/_sim/health")
        assert health.json()["api"] == "ziti"
    finally:
        process.send_signal(signal.SIGTERM)
        rest, err = process.communicate(timeout=WITHIN)
    assert process.returncode == ExitCode.OK, err
    assert rest == ""
    assert list(variables) == EXPECTED
    assert all(line.startswith("export SESSIONWARD_") for line in lines)


def test_sim_runs_a_command_in_its_environment_and_passes_its_status_on() -> None:
    script = (
        'sessionward_cli="$0 -m sessionward.cli"; '
        "$sessionward_cli -o json --platform ziti sessions list > /dev/null || exit 9; exit 3"
    )
    done = subprocess.run(
        [sys.executable, "-m", "sessionward.cli", "sim", "--", "sh", "-c", script, sys.executable],
        capture_output=True,
        text=True,
        timeout=WITHIN,
        env=_env(),
        check=False,
    )
    assert done.returncode == 3, done.stderr
