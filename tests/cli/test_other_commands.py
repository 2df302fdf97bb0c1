"""`contain`, `policy`, `connections` and `audit tail` as subprocesses against the simulators."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli, authress_client, dynatrace_client
from tests.cli.test_sessions_revoke import (
    _dynatrace_left,
    _dynatrace_user,
    _ziti_identity,
    _ziti_left,
)


def test_contain_revokes_everywhere_and_a_down_platform_stops_nothing(cli: Cli) -> None:
    identity, _ = _ziti_identity(cli)
    user = _dynatrace_user(cli)
    cli.sims["docspace"].inject_fault("*", "*", status=503, times=None)
    run = cli.run(
        "-o", "json", "contain", "--ziti-identity", identity, "--dynatrace-user", user,
        "--docspace-user", "6a7f1f8e-5b7b-4f57-8b84-5d7cd7a4d001", "--yes", "--ticket", "INC-7",
    )  # fmt: skip
    assert run.returncode == ExitCode.PARTIAL, run.stderr
    rows = {row["platform"]: row for row in run.json()}
    assert rows["ziti"]["revoked"] == rows["ziti"]["found"] > 0
    assert rows["dynatrace"]["revoked"] == rows["dynatrace"]["found"] > 0
    assert rows["docspace"]["failed"] == 1
    assert "InternalServerError" in rows["docspace"]["errors"]
    assert _ziti_left(cli, identity) == [] and _dynatrace_left(cli, user) == 0
    (entry,) = cli.audit_entries()
    assert entry["command"] == "contain" and entry["ticket"] == "INC-7"
    run.assert_no_secret()


def test_contain_without_a_terminal_needs_yes(cli: Cli) -> None:
    identity, ids = _ziti_identity(cli)
    run = cli.run("contain", "--ziti-identity", identity)
    assert run.returncode == ExitCode.ABORTED
    assert sorted(_ziti_left(cli, identity)) == sorted(ids)
    dry = cli.run("-o", "csv", "contain", "--ziti-identity", identity, "--dry-run")
    assert dry.returncode == ExitCode.OK
    (row,) = csv.DictReader(io.StringIO(dry.stdout))
    assert row["platform"] == "ziti" and row["found"] == str(len(ids)) and row["revoked"] == "0"
    assert cli.run("contain").returncode == ExitCode.USAGE


def _policy(cli: Cli) -> dict[str, object]:
    sim = cli.sims["dynatrace"]
    with dynatrace_client(sim) as cluster:
        config = cluster.session_policy.get()
    return {
        "user_limit": config.concurrent_session_policy_dto.user_limit,
        "admin_limit": config.concurrent_session_policy_dto.admin_limit,
    }


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
        assert {k: record[k] for k in ("user_limit", "admin_limit")} == _policy(cli)


def test_policy_set_asks_changes_audits_and_checks(cli: Cli, tmp_path: Path) -> None:
    refused = cli.run("policy", "set", "--user-limit", "2", "--admin-limit", "3")
    assert refused.returncode == ExitCode.ABORTED
    assert _policy(cli) != {"user_limit": 2, "admin_limit": 3}
    run = cli.run("-o", "json", "policy", "set", "--user-limit", "2", "--admin-limit", "3", "--yes")
    assert run.returncode == ExitCode.OK, run.stderr
    assert _policy(cli) == {"user_limit": 2, "admin_limit": 3}
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


def test_connections_list_export_diff_apply(cli: Cli, tmp_path: Path) -> None:
    listed = cli.run("-o", "json", "connections", "list")
    assert listed.returncode == ExitCode.OK
    ids = [row["connection_id"] for row in listed.json()]
    assert ids
    got = cli.run("-o", "json", "connections", "get", ids[0])
    assert got.json()["connectionId"] == ids[0] and "clientSecret" not in got.json()
    assert cli.run("connections", "get", "con_missing").returncode == ExitCode.NOTHING_MATCHED
    exported = cli.run("connections", "export")
    bodies = json.loads(exported.stdout)
    assert [b["connectionId"] for b in bodies] == ids
    file = tmp_path / "connections.json"
    file.write_text(exported.stdout)
    assert cli.run("connections", "diff", str(file)).returncode == ExitCode.OK
    bodies[0]["authenticationUrl"] = "https://idp.example.com/authorize"
    bodies.append({"type": "OAUTH2", "authenticationUrl": "https://new.example.com/auth",
                   "clientSecret": "a-client-secret-never-shown"})  # fmt: skip
    file.write_text(json.dumps(bodies))
    diff = cli.run("-o", "json", "connections", "diff", str(file))
    assert diff.returncode == ExitCode.FAILURE
    assert {(d["connection_id"], d["change"]) for d in diff.json()} == {
        (ids[0], "changed"),
        (None, "added"),
    }
    dry = cli.run("-o", "json", "connections", "apply", str(file), "--dry-run")
    assert {d["outcome"] for d in dry.json()} == {"planned"}
    applied = cli.run("-o", "json", "connections", "apply", str(file), "--yes")
    assert applied.returncode == ExitCode.OK, applied.stderr
    assert {d["outcome"] for d in applied.json()} == {"applied"}
    sim = cli.sims["authress"]
    with authress_client(sim) as authress:
        assert authress.connections.get(ids[0]).authentication_url == bodies[0]["authenticationUrl"]
        assert len(list(authress.connections.list())) == len(ids) + 1
    for run in (diff, dry, applied):
        assert "a-client-secret-never-shown" not in run.stdout + run.stderr + run.audit
        run.assert_no_secret()


def test_connections_apply_failure_is_recorded(cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "c.json"
    file.write_text(json.dumps([{"type": "OAUTH2", "authenticationUrl": "https://a.example"}]))
    cli.sims["authress"].inject_fault("POST", "/v1/connections", status=500, times=None)
    run = cli.run("-o", "json", "connections", "apply", str(file), "--yes")
    assert run.returncode == ExitCode.FAILURE
    assert run.json()[0]["error_type"] == "InternalServerError"
    assert cli.audit_entries()[0]["exit_code"] == ExitCode.FAILURE


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_audit_tail(cli: Cli, fmt: str) -> None:
    empty = cli.run("-o", fmt, "audit", "tail")
    assert empty.returncode == ExitCode.NOTHING_MATCHED
    _, ids = _ziti_identity(cli)
    for session_id in ids[:3]:
        assert cli.run("sessions", "revoke", f"ziti:{session_id}", "--yes").returncode == 0
    run = cli.run("-o", fmt, "audit", "tail", "-n", "2")
    assert run.returncode == ExitCode.OK
    if fmt == "json":
        assert [e["targets"] for e in run.json()] == [[f"ziti:{i}"] for i in ids[1:3]]
    elif fmt == "jsonl":
        assert [e["outcomes"][0]["outcome"] for e in run.jsonl()] == ["revoked", "revoked"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        assert [r["outcomes"] for r in rows] == ["revoked 1", "revoked 1"]
    else:
        assert ids[2] in run.stdout and ids[0] not in run.stdout
    run.assert_no_secret()


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
@pytest.mark.parametrize(
    "arguments",
    [("connections", "list"), ("policy", "get"), ("--platform", "ziti", "sessions", "list")],
)
def test_read_commands_in_every_format(cli: Cli, fmt: str, arguments: tuple[str, ...]) -> None:
    run = cli.run("-o", fmt, *arguments)
    assert run.returncode == ExitCode.OK, run.stderr
    if fmt == "json":
        assert isinstance(run.json(), list) and run.json()
    elif fmt == "jsonl":
        assert run.jsonl() and all(isinstance(row, dict) for row in run.jsonl())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        assert rows and all(None not in row for row in rows)
    else:
        assert "┏" in run.stdout and "┃" in run.stdout
    run.assert_no_secret()
