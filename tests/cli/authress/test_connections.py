"""`connections list | get | export | diff | apply` against the Authress simulator."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from sessionward.authress import Authress
from sessionward.cli import ExitCode
from sessionward.cli._clients import open_client
from sessionward.cli._config import PlatformConfig
from sessionward.cli._platforms.authress import PLATFORM
from tests.cli._support import Cli, assert_read_in_format
from tests.cli.authress._support import client as authress_client


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


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_connections_list_in_every_format(cli: Cli, fmt: str) -> None:
    assert_read_in_format(cli.run("-o", fmt, "connections", "list"), fmt)


def test_open_client_builds_the_authress_client() -> None:
    config = PlatformConfig(PLATFORM.key, "http://127.0.0.1:9", {"access_token": "t"})
    with open_client(Authress, config, 5.0) as client:
        assert type(client) is Authress
        assert (client.timeout, client.max_retries) == (httpx.Timeout(5.0), 1)
    assert PLATFORM.credentials == (("service_client_access_key",), ("access_token",))
