"""Configuration: environment per platform, flags over environment over the profile file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from sessionward.authress import Authress
from sessionward.cli import ExitCode
from sessionward.cli._clients import open_client
from sessionward.cli._config import PlatformConfig
from sessionward.cli._errors import UsageProblem
from sessionward.cli._platforms import platform
from sessionward.cli._platforms._adapter import adapter_class
from sessionward.docspace import DocSpace
from sessionward.dynatrace import DynatraceCluster
from sessionward.ziti import Ziti
from tests.cli._support import Cli


def _profile(cli: Cli, text: str, mode: int = 0o600) -> Path:
    path = cli.home / "config" / "sessionward" / "profiles.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.chmod(path, mode)
    return path


def _without(cli: Cli, prefix: str) -> dict[str, str]:
    return {k: v for k, v in cli.env.items() if not k.startswith(prefix)}


def _only_in_profile(
    cli: Cli, profile: str, platform: str, *credentials: str, **fields: str
) -> dict[str, str]:
    """Configure `platform` in the profile file only: its simulator's URL, `fields`, `credentials`.

    Writes `[profile.platform]` with the named credentials of the platform's simulator and returns
    the environment without the platform's own variables.
    """
    sim = cli.sims[platform]
    values = {"url": sim.base_url, **fields} | {name: sim.credentials[name] for name in credentials}
    lines = [f"[{profile}.{platform}]", *(f'{key} = "{value}"' for key, value in values.items())]
    _profile(cli, "\n".join(lines) + "\n")
    return _without(cli, f"SESSIONWARD_{platform.upper()}_")


def test_a_platform_without_url_is_not_configured(cli: Cli) -> None:
    env = _without(cli, "SESSIONWARD_ZITI_")
    run = cli.run("-o", "json", "sessions", "list", env=env)
    assert run.returncode == ExitCode.OK
    assert "ziti" not in {r["platform"] for r in run.json()}
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert "SESSIONWARD_ZITI_URL" in run.stderr


def test_nothing_configured_points_at_sim(cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items() if not k.endswith("_URL")}
    run = cli.run("sessions", "list", env=env)
    assert run.returncode == ExitCode.USAGE
    assert "sessionward sim" in run.stderr


def test_the_profile_fills_in_what_the_environment_lacks(cli: Cli) -> None:
    env = _only_in_profile(cli, "default", "ziti", "password", username="admin")
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.OK, run.stderr
    assert run.json()
    run.assert_no_secret()


def test_the_environment_wins_over_the_profile(cli: Cli) -> None:
    _profile(cli, '[default.ziti]\npassword = "wrong-password-from-profile"\n')
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list")
    assert run.returncode == ExitCode.OK, run.stderr
    # And a profile's wrong credential is used when the environment has none: 401, reported.
    env = _without(cli, "SESSIONWARD_ZITI_PASSWORD")
    run = cli.run("-o", "json", "--platform", "ziti", "sessions", "list", env=env)
    assert run.returncode == ExitCode.FAILURE
    assert "AuthenticationError" in run.stderr
    assert "wrong-password-from-profile" not in run.stdout + run.stderr


def test_named_profiles_and_the_profile_variable(cli: Cli) -> None:
    env = _only_in_profile(cli, "incident", "dynatrace", "api_token")
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


def test_a_profile_others_can_read_is_refused(cli: Cli) -> None:
    path = _profile(cli, "[default]\ntimeout = 5\n", mode=0o644)
    run = cli.run("sessions", "list")
    assert run.returncode == ExitCode.USAGE
    assert "refusing" in run.stderr and "chmod 600" in run.stderr
    os.chmod(path, 0o640)
    assert cli.run("sessions", "list").returncode == ExitCode.USAGE
    os.chmod(path, 0o600)
    assert cli.run("-o", "json", "sessions", "list").returncode == ExitCode.OK


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


def _config(key: str, **credentials: str) -> PlatformConfig:
    return PlatformConfig(key=key, url="http://127.0.0.1:9", credentials=credentials)


def _client_class(key: str) -> Any:
    return adapter_class(platform(key)).client_class


def test_open_client_builds_each_platforms_own_client() -> None:
    # open_client finds the classes by name at run time; this pins that table to the real ones.
    with (
        open_client(_client_class("docspace"), _config("docspace", token="t"), 5.0) as docspace,
        open_client(_client_class("dynatrace"), _config("dynatrace", api_token="t"), 5.0) as dyna,
        open_client(_client_class("ziti"), _config("ziti", session_token="t"), 5.0) as ziti,
        open_client(Authress, _config("authress", access_token="t"), 5.0) as authress,
    ):
        assert type(docspace) is DocSpace
        assert type(dyna) is DynatraceCluster
        assert type(ziti) is Ziti
        assert type(authress) is Authress


def test_credentials_a_client_refuses_are_a_usage_problem() -> None:
    with pytest.raises(UsageProblem, match="ziti is not configured correctly"):
        open_client(_client_class("ziti"), _config("ziti", token="t"), 5.0)
