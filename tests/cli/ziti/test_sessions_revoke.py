"""`sessions revoke` on Ziti: plan, dry run, confirmation, outcomes, faults, the audit log."""

from __future__ import annotations

import csv
import io

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli, records, session_keys
from tests.cli.ziti import _support as ziti

OUTCOME_FIELDS = ["platform", "target", "session", "user", "outcome", "error_type", "message"]


def _other_platforms_sessions(cli: Cli) -> list[tuple[str, str, str]]:
    """Every session the other session platforms list, as (platform, id, user)."""
    selection = [arg for key in session_keys() if key != "ziti" for arg in ("--platform", key)]
    rows, code = records(cli, "json", *selection, "sessions", "list")
    assert code == ExitCode.OK
    return sorted((str(row["platform"]), str(row["id"]), str(row["user"])) for row in rows)


def _rows(fmt: str, stdout: str) -> list[dict[str, str | None]]:
    import json

    if fmt == "json":
        rows: list[dict[str, str | None]] = json.loads(stdout)
        return rows
    if fmt == "jsonl":
        return [json.loads(line) for line in stdout.splitlines()]
    reader = csv.DictReader(io.StringIO(stdout))
    assert reader.fieldnames == OUTCOME_FIELDS
    return [{k: (v or None) for k, v in row.items()} for row in reader]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_user_selection_is_a_dry_run_without_yes(cli: Cli, fmt: str) -> None:
    identity, ids = ziti.identity(cli)
    run = cli.run("-o", fmt, "--platform", "ziti", "sessions", "revoke", "--user", identity)
    assert run.returncode == ExitCode.OK
    rows = _rows(fmt, run.stdout)
    assert [r["session"] for r in rows] == ids
    assert {r["outcome"] for r in rows} == {"planned"}
    assert "Dry run" in run.stderr
    assert sorted(ziti.left(cli, identity)) == sorted(ids)
    assert cli.audit_entries() == []  # nothing changed, nothing audited
    run.assert_no_secret()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_user_selection_with_yes_revokes_verifies_and_audits(cli: Cli, fmt: str) -> None:
    identity, ids = ziti.identity(cli)
    others = _other_platforms_sessions(cli)
    run = cli.run(
        "-o", fmt, "--platform", "ziti", "sessions", "revoke", "--user", identity,
        "--yes", "--reason", "stolen laptop", "--ticket", "INC-42",
    )  # fmt: skip
    assert run.returncode == ExitCode.OK, run.stderr
    rows = _rows(fmt, run.stdout)
    assert sorted(r["session"] or "" for r in rows) == sorted(ids)
    assert {r["outcome"] for r in rows} == {"revoked"}
    assert ziti.left(cli, identity) == []
    assert others and _other_platforms_sessions(cli) == others  # other platforms untouched
    (entry,) = cli.audit_entries()
    assert entry["command"] == "sessions revoke"
    assert (entry["reason"], entry["ticket"], entry["exit_code"]) == ("stolen laptop", "INC-42", 0)
    assert entry["targets"] == [f"user:{identity}"]
    assert sorted(o["session"] for o in entry["outcomes"]) == sorted(ids)
    assert entry["operator"] and entry["time"].endswith("Z")
    run.assert_no_secret()


def test_named_targets_need_yes_without_a_terminal(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}")
    assert run.returncode == ExitCode.ABORTED
    assert run.stdout == ""
    assert "--yes" in run.stderr
    assert ids[0] in ziti.left(cli, identity)
    run = cli.run("-o", "json", "--no-input", "sessions", "revoke", f"ziti:{ids[0]}")
    assert run.returncode == ExitCode.ABORTED


def test_a_dropped_delete_fails_that_target_only(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    cli.sims["ziti"].inject_fault("DELETE", f"/api-sessions/{ids[0]}", action="drop", times=None)
    run = cli.run(
        "-o", "jsonl", "--platform", "ziti", "sessions", "revoke", "--user", identity, "--yes"
    )
    assert run.returncode == ExitCode.PARTIAL
    rows = {r["session"]: r for r in run.jsonl()}
    assert rows[ids[0]]["outcome"] == "failed"
    assert rows[ids[0]]["error_type"] == "APIConnectionError"
    assert all(rows[i]["outcome"] == "revoked" for i in ids[1:])
    assert ziti.left(cli, identity) == [ids[0]]
    (entry,) = cli.audit_entries()
    assert entry["exit_code"] == ExitCode.PARTIAL
    run.assert_no_secret()


def test_rate_limited_revoke_is_failed_and_everything_failing_exits_1(cli: Cli) -> None:
    _, ids = ziti.identity(cli)
    cli.sims["ziti"].inject_fault(
        "DELETE", "/api-sessions/*", status=429, headers={"Retry-After": "3600"}, times=None
    )
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", f"ziti:{ids[1]}", "--yes")
    assert run.returncode == ExitCode.FAILURE
    assert {(r["outcome"], r["error_type"]) for r in run.json()} == {("failed", "RateLimitError")}
    run.assert_no_secret()


def test_no_verify_reports_unverified(cli: Cli) -> None:
    _, ids = ziti.identity(cli)
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", "--yes", "--no-verify")
    assert run.returncode == ExitCode.OK
    assert [r["outcome"] for r in run.json()] == ["unverified"]


def test_keep_current_skips_the_commands_own_session(cli: Cli) -> None:
    identity, _ = ziti.identity(cli, "Default Admin")
    run = cli.run(
        "-o", "json", "--platform", "ziti", "sessions", "revoke", "--user", identity,
        "--yes", "--keep-current",
    )  # fmt: skip
    assert run.returncode == ExitCode.OK, run.stderr
    outcomes = [r["outcome"] for r in run.json()]
    assert outcomes.count("skipped") == 1
    assert set(outcomes) == {"revoked", "skipped"}


def test_nothing_matched_exits_4(cli: Cli) -> None:
    run = cli.run(
        "-o", "json", "--platform", "ziti", "sessions", "revoke", "--user", "nobody", "--yes"
    )
    assert run.returncode == ExitCode.NOTHING_MATCHED
    assert run.json() == []


def test_an_unwritable_audit_log_stops_the_revoke(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    blocker = cli.home / "not-a-dir"
    blocker.write_text("")
    env = cli.env | {"SESSIONWARD_AUDIT_LOG": str(blocker / "audit.jsonl")}
    run = cli.run("sessions", "revoke", f"ziti:{ids[0]}", "--yes", env=env)
    assert run.returncode == ExitCode.FAILURE
    assert "audit log" in run.stderr
    assert ids[0] in ziti.left(cli, identity)
