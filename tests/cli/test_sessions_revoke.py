"""`sessionward sessions revoke` as a subprocess: plan, dry run, confirmation, outcomes, faults."""

from __future__ import annotations

import csv
import io

import pytest

from sessionward.cli import ExitCode
from sessionward.ziti import ZitiFilter
from tests.cli._support import Cli, dynatrace_client, ziti_client

OUTCOME_FIELDS = ["platform", "target", "session", "user", "outcome", "error_type", "message"]


def _ziti_identity(cli: Cli, name: str = "laptop-bob") -> tuple[str, list[str]]:
    sim = cli.sims["ziti"]
    with ziti_client(sim) as ziti:
        sessions = [s for s in ziti.api_sessions.list() if s.identity.name == name]
        ziti.logout()
    assert sessions
    return sessions[0].identity_id, [s.id for s in sessions]


def _ziti_left(cli: Cli, identity: str) -> list[str]:
    sim = cli.sims["ziti"]
    with ziti_client(sim) as ziti:
        left = [s.id for s in ziti.api_sessions.list(filter=ZitiFilter.eq("identityId", identity))]
        ziti.logout()
    return left


def _dynatrace_user(cli: Cli) -> str:
    sim = cli.sims["dynatrace"]
    with dynatrace_client(sim) as cluster:
        return cluster.user_sessions.list()[0].user_id


def _dynatrace_left(cli: Cli, user: str) -> int:
    sim = cli.sims["dynatrace"]
    with dynatrace_client(sim) as cluster:
        return len(cluster.user_sessions.list(user))


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
    identity, ids = _ziti_identity(cli)
    run = cli.run("-o", fmt, "--platform", "ziti", "sessions", "revoke", "--user", identity)
    assert run.returncode == ExitCode.OK
    rows = _rows(fmt, run.stdout)
    assert [r["session"] for r in rows] == ids
    assert {r["outcome"] for r in rows} == {"planned"}
    assert "Dry run" in run.stderr
    assert sorted(_ziti_left(cli, identity)) == sorted(ids)
    assert cli.audit_entries() == []  # nothing changed, nothing audited
    run.assert_no_secret()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_user_selection_with_yes_revokes_verifies_and_audits(cli: Cli, fmt: str) -> None:
    identity, ids = _ziti_identity(cli)
    user = _dynatrace_user(cli)
    run = cli.run(
        "-o", fmt, "--platform", "ziti", "sessions", "revoke", "--user", identity,
        "--yes", "--reason", "stolen laptop", "--ticket", "INC-42",
    )  # fmt: skip
    assert run.returncode == ExitCode.OK, run.stderr
    rows = _rows(fmt, run.stdout)
    assert sorted(r["session"] or "" for r in rows) == sorted(ids)
    assert {r["outcome"] for r in rows} == {"revoked"}
    assert _ziti_left(cli, identity) == []
    assert _dynatrace_left(cli, user) > 0  # other platforms untouched
    (entry,) = cli.audit_entries()
    assert entry["command"] == "sessions revoke"
    assert (entry["reason"], entry["ticket"], entry["exit_code"]) == ("stolen laptop", "INC-42", 0)
    assert entry["targets"] == [f"user:{identity}"]
    assert sorted(o["session"] for o in entry["outcomes"]) == sorted(ids)
    assert entry["operator"] and entry["time"].endswith("Z")
    run.assert_no_secret()


def test_named_targets_need_yes_without_a_terminal(cli: Cli) -> None:
    identity, ids = _ziti_identity(cli)
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}")
    assert run.returncode == ExitCode.ABORTED
    assert run.stdout == ""
    assert "--yes" in run.stderr
    assert ids[0] in _ziti_left(cli, identity)
    run = cli.run("-o", "json", "--no-input", "sessions", "revoke", f"ziti:{ids[0]}")
    assert run.returncode == ExitCode.ABORTED


def test_named_targets_across_platforms(cli: Cli) -> None:
    identity, ids = _ziti_identity(cli)
    user = _dynatrace_user(cli)
    run = cli.run(
        "-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", f"dynatrace:{user}",
        "ziti:no-such-session", "--yes",
    )  # fmt: skip
    assert run.returncode == ExitCode.OK, run.stderr
    outcomes = {(r["platform"], r["target"]): r["outcome"] for r in run.json()}
    assert outcomes[("ziti", f"ziti:{ids[0]}")] == "revoked"
    assert outcomes[("ziti", "ziti:no-such-session")] == "already_gone"
    assert outcomes[("dynatrace", f"dynatrace:{user}")] == "revoked"
    assert "Dynatrace revokes per user" in run.stderr
    assert ids[0] not in _ziti_left(cli, identity)
    assert _dynatrace_left(cli, user) == 0
    run.assert_no_secret()


def test_a_dropped_delete_fails_that_target_only(cli: Cli) -> None:
    identity, ids = _ziti_identity(cli)
    cli.sims["ziti"].inject_fault("DELETE", f"/api-sessions/{ids[0]}", action="drop", times=None)
    run = cli.run(
        "-o", "jsonl", "--platform", "ziti", "sessions", "revoke", "--user", identity, "--yes"
    )
    assert run.returncode == ExitCode.PARTIAL
    rows = {r["session"]: r for r in run.jsonl()}
    assert rows[ids[0]]["outcome"] == "failed"
    assert rows[ids[0]]["error_type"] == "APIConnectionError"
    assert all(rows[i]["outcome"] == "revoked" for i in ids[1:])
    assert _ziti_left(cli, identity) == [ids[0]]
    (entry,) = cli.audit_entries()
    assert entry["exit_code"] == ExitCode.PARTIAL
    run.assert_no_secret()


def test_a_platform_down_fails_its_targets_and_the_others_go_on(cli: Cli) -> None:
    _, ids = _ziti_identity(cli)
    user = _dynatrace_user(cli)
    cli.sims["dynatrace"].inject_fault("*", "*", status=503, times=None)
    run = cli.run(
        "-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", f"dynatrace:{user}", "--yes"
    )
    assert run.returncode == ExitCode.PARTIAL
    by_platform = {r["platform"]: r for r in run.json()}
    assert by_platform["ziti"]["outcome"] == "revoked"
    assert by_platform["dynatrace"]["outcome"] == "failed"
    assert by_platform["dynatrace"]["error_type"] == "InternalServerError"
    run.assert_no_secret()


def test_rate_limited_revoke_is_failed_and_everything_failing_exits_1(cli: Cli) -> None:
    _, ids = _ziti_identity(cli)
    cli.sims["ziti"].inject_fault(
        "DELETE", "/api-sessions/*", status=429, headers={"Retry-After": "3600"}, times=None
    )
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", f"ziti:{ids[1]}", "--yes")
    assert run.returncode == ExitCode.FAILURE
    assert {(r["outcome"], r["error_type"]) for r in run.json()} == {("failed", "RateLimitError")}
    run.assert_no_secret()


def test_no_verify_reports_unverified(cli: Cli) -> None:
    _, ids = _ziti_identity(cli)
    run = cli.run("-o", "json", "sessions", "revoke", f"ziti:{ids[0]}", "--yes", "--no-verify")
    assert run.returncode == ExitCode.OK
    assert [r["outcome"] for r in run.json()] == ["unverified"]


def test_keep_current_skips_the_commands_own_session(cli: Cli) -> None:
    identity, _ = _ziti_identity(cli, "Default Admin")
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


@pytest.mark.parametrize(
    "arguments",
    [
        ("sessions", "revoke"),
        ("sessions", "revoke", "ziti"),
        ("sessions", "revoke", "mars:abc"),
        ("sessions", "revoke", "authress:abc"),
        ("sessions", "revoke", "ziti:a", "--user", "b"),
    ],
)
def test_bad_selections_are_usage_errors(cli: Cli, arguments: tuple[str, ...]) -> None:
    run = cli.run(*arguments)
    assert run.returncode == ExitCode.USAGE
    assert run.stderr.startswith("error: ")


def test_docspace_other_users_are_logged_out_at_once_and_unverified(cli: Cli) -> None:
    import httpx

    member = cli.sims["docspace"].other_credentials["member"]["token"]
    base = cli.sims["docspace"].base_url
    me = httpx.get(f"{base}/api/2.0/security/activeconnections", headers={"Authorization": member})
    user = me.json()["response"]["items"][0]["userId"]
    run = cli.run(
        "-o", "json", "--platform", "docspace", "sessions", "revoke", "--user", user, "--yes"
    )
    assert run.returncode == ExitCode.OK, run.stderr
    (row,) = run.json()
    assert (row["session"], row["outcome"]) == (None, "unverified")
    assert "cannot list another user's connections" in (row["message"] or "")
    again = httpx.get(
        f"{base}/api/2.0/security/activeconnections", headers={"Authorization": member}
    )
    assert again.status_code == 401  # the member's token was one of the closed connections
    run.assert_no_secret()


def test_an_unwritable_audit_log_stops_the_revoke(cli: Cli) -> None:
    identity, ids = _ziti_identity(cli)
    blocker = cli.home / "not-a-dir"
    blocker.write_text("")
    env = cli.env | {"SESSIONWARD_AUDIT_LOG": str(blocker / "audit.jsonl")}
    run = cli.run("sessions", "revoke", f"ziti:{ids[0]}", "--yes", env=env)
    assert run.returncode == ExitCode.FAILURE
    assert "audit log" in run.stderr
    assert ids[0] in _ziti_left(cli, identity)
