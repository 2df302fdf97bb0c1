"""Configuration: environment per platform, flags over environment over the profile file."""

from __future__ import annotations

import os

import pytest

from sessionward.cli import ExitCode
from sessionward.cli._platforms import keys
from sessionward.cli._platforms._platform import env_name
from tests.cli._support import Cli, without, write_profile


@pytest.mark.parametrize("key", keys())
def test_a_platform_without_url_is_not_configured(cli: Cli, key: str) -> None:
    env = without(cli, env_name(key, ""))
    run = cli.run("-o", "json", "sessions", "list", env=env)
    assert run.returncode == ExitCode.OK
    assert key not in {r["platform"] for r in run.json()}
    run = cli.run("-o", "json", "--platform", key, "sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert env_name(key, "url") in run.stderr


def test_nothing_configured_points_at_sim(cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items() if not k.endswith("_URL")}
    run = cli.run("sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert "sessionward sim" in run.stderr


def test_a_profile_others_can_read_is_refused(cli: Cli) -> None:
    path = write_profile(cli, "[default]\ntimeout = 5\n", mode=0o644)
    run = cli.run("sessions", "list")
    assert run.returncode == ExitCode.USAGE
    assert "refusing" in run.stderr and "chmod 600" in run.stderr
    os.chmod(path, 0o640)
    assert cli.run("sessions", "list").returncode == ExitCode.USAGE
    os.chmod(path, 0o600)
    assert cli.run("-o", "json", "sessions", "list").returncode == ExitCode.OK
