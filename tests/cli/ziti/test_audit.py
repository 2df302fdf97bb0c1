"""`audit tail` in every format, after revoking Ziti sessions one by one."""

from __future__ import annotations

import csv
import io

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli
from tests.cli.ziti import _support as ziti


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_audit_tail(cli: Cli, fmt: str) -> None:
    empty = cli.run("-o", fmt, "audit", "tail")
    assert empty.returncode == ExitCode.NOTHING_MATCHED
    _, ids = ziti.identity(cli)
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
