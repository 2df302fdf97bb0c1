"""`contain` with a Ziti identity: everywhere at once, a down platform stopping nothing; --yes."""

from __future__ import annotations

import csv
import io

from sessionward.cli import ExitCode
from tests.cli._support import Cli
from tests.cli.dynatrace import _support as dynatrace
from tests.cli.ziti import _support as ziti


def test_contain_revokes_everywhere_and_a_down_platform_stops_nothing(cli: Cli) -> None:
    identity, _ = ziti.identity(cli)
    user = dynatrace.a_user(cli)
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
    assert ziti.left(cli, identity) == [] and dynatrace.left(cli, user) == 0
    (entry,) = cli.audit_entries()
    assert entry["command"] == "contain" and entry["ticket"] == "INC-7"
    run.assert_no_secret()


def test_contain_without_a_terminal_needs_yes(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    run = cli.run("contain", "--ziti-identity", identity)
    assert run.returncode == ExitCode.ABORTED
    assert sorted(ziti.left(cli, identity)) == sorted(ids)
    dry = cli.run("-o", "csv", "contain", "--ziti-identity", identity, "--dry-run")
    assert dry.returncode == ExitCode.OK
    (row,) = csv.DictReader(io.StringIO(dry.stdout))
    assert row["platform"] == "ziti" and row["found"] == str(len(ids)) and row["revoked"] == "0"
    assert cli.run("contain").returncode == ExitCode.USAGE
