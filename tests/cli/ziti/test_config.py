"""Configuring Ziti: the profile file and the environment, the timeout, refused credentials."""

from __future__ import annotations

import pytest

from sessionward.cli import ExitCode
from sessionward.cli._clients import open_client
from sessionward.cli._config import PlatformConfig
from sessionward.cli._errors import UsageProblem
from sessionward.cli._platforms._adapter import adapter_class
from sessionward.cli._platforms.ziti import PLATFORM
from sessionward.ziti import Ziti
from tests.cli._support import Cli, only_in_profile, without, write_profile


def test_the_profile_fills_in_what_the_environment_lacks(cli: Cli) -> None:
    env = only_in_profile(cli, "default", "ziti", "password", username="admin")
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.OK, run.stderr
    assert run.json()
    run.assert_no_secret()


def test_the_environment_wins_over_the_profile(cli: Cli) -> None:
    write_profile(cli, '[default.ziti]\npassword = "wrong-password-from-profile"\n')
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list")
    assert run.returncode == ExitCode.OK, run.stderr
    # And a profile's wrong credential is used when the environment has none: 401, reported.
    env = without(cli, "SESSIONWARD_ZITI_PASSWORD")
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.FAILURE
    assert "AuthenticationError" in run.stderr
    assert "wrong-password-from-profile" not in run.stdout + run.stderr


def test_timeout_flag_wins_over_the_environment(cli: Cli) -> None:
    cli.sims["ziti"].inject_fault("GET", "/api-sessions", delay=3.0, times=None)
    env = cli.env | {"SESSIONWARD_TIMEOUT": "30"}
    run = cli.run(
        "--timeout", "0.5", "-o", "json", "--platform", "ziti", "sessions", "list", env=env
    )
    assert run.returncode == ExitCode.FAILURE
    assert "APITimeoutError" in run.stderr
    bad = cli.run("sessions", "list", env=cli.env | {"SESSIONWARD_TIMEOUT": "soon"})
    assert bad.returncode == ExitCode.USAGE


def test_conflicting_credentials_are_a_usage_error_without_values(cli: Cli) -> None:
    env = cli.env | {"SESSIONWARD_ZITI_SESSION_TOKEN": "a-session-token-value"}
    run = cli.run("--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert "ziti is not configured correctly" in run.stderr
    assert "a-session-token-value" not in run.stderr


def test_credentials_a_client_refuses_are_a_usage_problem() -> None:
    config = PlatformConfig(key="ziti", url="http://127.0.0.1:9", credentials={"token": "t"})
    with pytest.raises(UsageProblem, match="ziti is not configured correctly"):
        open_client(adapter_class(PLATFORM).client_class, config, 5.0)


def test_the_client_and_its_credential_keywords() -> None:
    assert adapter_class(PLATFORM).client_class is Ziti
    assert PLATFORM.credentials == (("username", "password"), ("session_token",))
