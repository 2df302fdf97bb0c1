"""`sessionward sessions list` as a subprocess: every format, the filters, faults, no secrets."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli

FIELDS = ["platform", "id", "user", "ip", "started_at", "last_active_at", "client"]


def _records(cli: Cli, fmt: str, *arguments: str) -> tuple[list[dict[str, str | None]], int]:
    run = cli.run("-o", fmt, *arguments)
    run.assert_no_secret()
    if fmt == "json":
        return run.json(), run.returncode
    if fmt == "jsonl":
        return run.jsonl(), run.returncode
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert run.stdout.splitlines()[0] == ",".join(FIELDS)
    return [{k: (v or None) for k, v in row.items()} for row in rows], run.returncode


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_lists_every_platform_with_normalized_records(cli: Cli, fmt: str) -> None:
    records, code = _records(cli, fmt, "sessions", "list")
    assert code == ExitCode.OK
    assert {r["platform"] for r in records} == {"docspace", "dynatrace", "ziti"}
    assert all(list(r) == FIELDS for r in records)
    assert all(r["id"] and r["user"] and r["started_at"] for r in records)
    # Dynatrace session ids are credentials: masked to the last four characters.
    dynatrace = [r["id"] for r in records if r["platform"] == "dynatrace"]
    assert dynatrace and all(i is not None and i.startswith("****") for i in dynatrace)
    assert all(len(i or "") == 8 for i in dynatrace)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_user_filter_takes_the_user_the_listing_shows(cli: Cli, fmt: str) -> None:
    everything, _ = _records(cli, "json", "--platform", "ziti", "sessions", "list")
    user = next(r["user"] for r in everything if r["client"] == "laptop-bob")
    assert user is not None
    mine, code = _records(cli, fmt, "--platform", "ziti", "sessions", "list", "--user", user)
    assert code == ExitCode.OK
    assert mine and {r["user"] for r in mine} == {user}
    assert [r["id"] for r in mine] == [r["id"] for r in everything if r["user"] == user]


def test_ip_since_and_idle_filters(cli: Cli) -> None:
    everything, _ = _records(cli, "json", "sessions", "list")
    ip = next(r["ip"] for r in everything if r["platform"] == "ziti" and r["ip"])
    by_ip, _ = _records(cli, "json", "sessions", "list", "--ip", f"{ip}/32")
    assert by_ip and {r["ip"] for r in by_ip} == {ip}
    # Seeded sessions started before 2025: none within the last hour; all idle for over an hour.
    recent, code = _records(
        cli, "json", "--platform", "dynatrace", "sessions", "list", "--since", "1h"
    )
    assert recent == [] and code == ExitCode.NOTHING_MATCHED
    idle, _ = _records(
        cli, "json", "--platform", "dynatrace", "sessions", "list", "--idle-over", "1h"
    )
    assert idle and all(r["last_active_at"] for r in idle)


@pytest.mark.parametrize(
    ("fmt", "empty"), [("json", "[]\n"), ("jsonl", ""), ("csv", ",".join(FIELDS) + "\n")]
)
def test_nothing_matched_is_still_valid_output_and_exit_4(cli: Cli, fmt: str, empty: str) -> None:
    run = cli.run("-o", fmt, "sessions", "list", "--user", "nobody-at-all")
    assert run.returncode == ExitCode.NOTHING_MATCHED
    assert run.stdout == empty


def test_bad_filter_is_a_usage_error(cli: Cli) -> None:
    for option, value in (("--ip", "not-an-ip"), ("--since", "yesterday"), ("--idle-over", "8")):
        run = cli.run("sessions", "list", option, value)
        assert run.returncode == ExitCode.USAGE
        assert run.stdout == ""
        assert option in run.stderr


def test_a_platform_down_is_reported_and_the_others_listed(cli: Cli) -> None:
    cli.sims["dynatrace"].inject_fault("GET", "*", status=503, times=None)
    run = cli.run("-o", "json", "sessions", "list")
    assert run.returncode == ExitCode.PARTIAL
    assert {r["platform"] for r in run.json()} == {"docspace", "ziti"}
    assert "dynatrace: InternalServerError" in run.stderr
    run.assert_no_secret()


def test_rate_limited_and_dropped_platforms_fail_without_stalling(cli: Cli) -> None:
    cli.sims["ziti"].inject_fault(
        "GET", "/api-sessions", status=429, headers={"Retry-After": "3600"}, times=None
    )
    cli.sims["docspace"].inject_fault("GET", "*", action="drop", times=None)
    run = cli.run("-o", "jsonl", "sessions", "list")
    assert run.returncode == ExitCode.PARTIAL
    assert {r["platform"] for r in run.jsonl()} == {"dynatrace"}
    assert "ziti: RateLimitError" in run.stderr
    assert "docspace: APIConnectionError" in run.stderr
    run.assert_no_secret()


def test_every_platform_down_is_a_failure(cli: Cli) -> None:
    for key in ("docspace", "dynatrace", "ziti"):
        cli.sims[key].inject_fault("*", "*", status=500, times=None)
    run = cli.run("-o", "json", "sessions", "list")
    assert run.returncode == ExitCode.FAILURE
    assert run.json() == []
    run.assert_no_secret()


def test_authress_is_named_as_having_no_session_api(cli: Cli) -> None:
    run = cli.run("-o", "json", "--platform", "authress", "sessions", "list")
    assert run.returncode == ExitCode.NOTHING_MATCHED
    assert json.loads(run.stdout) == []
    assert "Authress has no session API" in run.stderr


def test_table_output_keeps_whole_ids_even_off_a_terminal(cli: Cli) -> None:
    listed = cli.run("-o", "json", "--platform", "ziti", "sessions", "list").json()
    # The seeded sessions (before 2025); each run also lists its own login, different every time.
    ids = [r["id"] for r in listed if r["started_at"] < "2025"]
    assert len(ids) > 10
    run = cli.run("-o", "table", "--platform", "ziti", "sessions", "list")
    assert run.returncode == ExitCode.OK
    assert all(session_id in run.stdout for session_id in ids)
    run.assert_no_secret()
