"""Configuring Dynatrace from a named profile, by flag and by SESSIONWARD_PROFILE."""

from __future__ import annotations

from sessionward.cli import ExitCode
from sessionward.cli._platforms._adapter import adapter_class
from sessionward.cli._platforms.dynatrace import PLATFORM
from sessionward.dynatrace import DynatraceCluster
from tests.cli._support import Cli, only_in_profile


def test_named_profiles_and_the_profile_variable(cli: Cli) -> None:
    env = only_in_profile(cli, "incident", "dynatrace", "api_token")
    run = cli.run(
        "-o",
        "json",
        "--profile",
        "incident",
        "--platform",
        "dynatrace",
        "sessions",
        "list",
        env=env,
    )
    assert run.returncode == ExitCode.OK, run.stderr
    env_profile = env | {"SESSIONWARD_PROFILE": "incident"}
    run = cli.run("-o", "json", "--platform", "dynatrace", "sessions", "list", env=env_profile)
    assert run.returncode == ExitCode.OK, run.stderr
    run = cli.run("--profile", "nope", "sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert "no profile 'nope'" in run.stderr
    run.assert_no_secret()


def test_the_client_and_its_credential_keywords() -> None:
    assert adapter_class(PLATFORM).client_class is DynatraceCluster
    assert PLATFORM.credentials == (("api_token",),)
