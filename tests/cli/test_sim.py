"""`sessionward sim`: every platform's simulator, the environment lines, a command run in them."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from urllib.parse import urlsplit

import httpx

from sessionward.cli import ExitCode
from sessionward.cli._platforms import platforms
from sessionward.cli._platforms._platform import env_name

WITHIN = 120


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("SESSIONWARD_")}


# In the table's order: each platform's URL, then its usual credential set (each platform's
# own tests pin those keywords).
EXPECTED = [env_name(p.key, keyword) for p in platforms() for keyword in ("url", *p.credentials[0])]


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
        # Still serving: every printed URL answers, each by its own simulator.
        variables = dict(
            shlex.split(line.removeprefix("export "))[0].split("=", 1) for line in lines
        )
        for key in (p.key for p in platforms()):
            root = urlsplit(variables[env_name(key, "url")])._replace(path="/_sim/health")
            health = httpx.get(root.geturl())
            assert health.json()["api"] == key
    finally:
        process.send_signal(signal.SIGTERM)
        rest, err = process.communicate(timeout=WITHIN)
    assert process.returncode == ExitCode.OK, err
    assert rest == ""
    assert list(variables) == EXPECTED
    assert all(line.startswith("export SESSIONWARD_") for line in lines)


def test_sim_runs_a_command_in_its_environment_and_passes_its_status_on() -> None:
    key = next(p.key for p in platforms() if p.has_sessions)
    script = (
        'sessionward_cli="$0 -m sessionward.cli"; '
        f"$sessionward_cli -o json --platform {key} sessions list > /dev/null || exit 9; exit 3"
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
