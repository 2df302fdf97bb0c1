"""`sessions list` over every session platform: every format, shared filters, faults, no secrets.

The platforms come from the command line's table; what only one platform does is tested in its
own folder (`tests/cli/<key>/`).
"""

from __future__ import annotations

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import FIELDS, Cli, records, session_keys


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_lists_every_platform_with_normalized_records(cli: Cli, fmt: str) -> None:
    records_, code = records(cli, fmt, "sessions", "list")
    assert code == ExitCode.OK
    assert {r["platform"] for r in records_} == set(session_keys())
    assert all(list(r) == FIELDS for r in records_)
    assert all(r["id"] and r["user"] and r["started_at"] for r in records_)


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


def test_rate_limited_and_dropped_platforms_fail_without_stalling(cli: Cli) -> None:
    dropped, *listed, limited = session_keys()
    cli.sims[limited].inject_fault(
        "GET", "*", status=429, headers={"Retry-After": "3600"}, times=None
    )
    cli.sims[dropped].inject_fault("GET", "*", action="drop", times=None)
    run = cli.run("-o", "jsonl", "sessions", "list")
    assert run.returncode == ExitCode.PARTIAL
    assert {r["platform"] for r in run.jsonl()} == set(listed)
    assert f"{limited}: RateLimitError" in run.stderr
    assert f"{dropped}: APIConnectionError" in run.stderr
    run.assert_no_secret()


def test_every_platform_down_is_a_failure(cli: Cli) -> None:
    for key in session_keys():
        cli.sims[key].inject_fault("*", "*", status=500, times=None)
    run = cli.run("-o", "json", "sessions", "list")
    assert run.returncode == ExitCode.FAILURE
    assert run.json() == []
    run.assert_no_secret()
