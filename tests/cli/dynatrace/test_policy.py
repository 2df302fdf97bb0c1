"""`policy get | set | check` against the Dynatrace simulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli, assert_read_in_format
from tests.cli.dynatrace import _support as dynatrace


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_policy_get(cli: Cli, fmt: str) -> None:
    run = cli.run("-o", fmt, "policy", "get")
    assert run.returncode == ExitCode.OK
    if fmt == "csv":
        assert run.stdout.splitlines()[0] == (
            "user_limit,admin_limit,logout_inactive_users_enabled,user_inactivity_timeout"
        )
    else:
        record = run.json()[0] if fmt == "json" else run.jsonl()[0]
        assert {k: record[k] for k in ("user_limit", "admin_limit")} == dynatrace.policy(cli)


def test_policy_set_asks_changes_audits_and_checks(cli: Cli, tmp_path: Path) -> None:
    refused = cli.run("policy", "set", "--user-limit", "2", "--admin-limit", "3")
    assert refused.returncode == ExitCode.ABORTED
    assert dynatrace.policy(cli) != {"user_limit": 2, "admin_limit": 3}
    run = cli.run("-o", "json", "policy", "set", "--user-limit", "2", "--admin-limit", "3", "--yes")
    assert run.returncode == ExitCode.OK, run.stderr
    assert dynatrace.policy(cli) == {"user_limit": 2, "admin_limit": 3}
    (entry,) = cli.audit_entries()
    assert entry["command"] == "policy set" and entry["outcomes"][0]["outcome"] == "changed"
    broken = cli.run("policy", "set", "--user-limit", "0", "--yes")
    assert broken.returncode == ExitCode.USAGE  # one limit 0, the other not: refused unsent
    baseline = tmp_path / "baseline.toml"
    baseline.write_text("user_limit = 2\nadmin_limit = 3\n")
    assert cli.run("policy", "check", "--baseline", str(baseline)).returncode == ExitCode.OK
    baseline.write_text("user_limit = 1\n")
    drift = cli.run("-o", "json", "policy", "check", "--baseline", str(baseline))
    assert drift.returncode == ExitCode.FAILURE
    assert drift.json() == [{"setting": "user_limit", "baseline": 1, "current": 2}]
    run.assert_no_secret()


def test_policy_when_dynatrace_is_down(cli: Cli) -> None:
    cli.sims["dynatrace"].inject_fault("GET", "*", action="drop", times=None)
    run = cli.run("policy", "get")
    assert run.returncode == ExitCode.FAILURE
    assert "APIConnectionError" in run.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_policy_get_in_every_format(cli: Cli, fmt: str) -> None:
    assert_read_in_format(cli.run("-o", fmt, "policy", "get"), fmt)
