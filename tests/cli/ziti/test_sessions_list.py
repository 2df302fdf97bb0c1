"""`sessions list` on Ziti: the user and address filters, whole ids in a table, every format."""

from __future__ import annotations

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli, _live_secrets_of, assert_read_in_format, records


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_user_filter_takes_the_user_the_listing_shows(cli: Cli, fmt: str) -> None:
    everything, _ = records(cli, "json", "--platform", "ziti", "sessions", "list")
    user = next(r["user"] for r in everything if r["client"] == "laptop-bob")
    assert user is not None
    mine, code = records(cli, fmt, "--platform", "ziti", "sessions", "list", "--user", user)
    assert code == ExitCode.OK
    assert mine and {r["user"] for r in mine} == {user}
    assert [r["id"] for r in mine] == [r["id"] for r in everything if r["user"] == user]


def test_ip_filter(cli: Cli) -> None:
    everything, _ = records(cli, "json", "sessions", "list")
    ip = next(r["ip"] for r in everything if r["platform"] == "ziti" and r["ip"])
    by_ip, _ = records(cli, "json", "sessions", "list", "--ip", f"{ip}/32")
    assert by_ip and {r["ip"] for r in by_ip} == {ip}


def test_table_output_keeps_whole_ids_even_off_a_terminal(cli: Cli) -> None:
    listed = cli.run("-o", "json", "--platform", "ziti", "sessions", "list").json()
    # The seeded sessions (before 2025); each run also lists its own login, different every time.
    ids = [r["id"] for r in listed if r["started_at"] < "2025"]
    assert len(ids) > 10
    run = cli.run("-o", "table", "--platform", "ziti", "sessions", "list")
    assert run.returncode == ExitCode.OK
    assert all(session_id in run.stdout for session_id in ids)
    run.assert_no_secret()


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_the_listing_in_every_format(cli: Cli, fmt: str) -> None:
    assert_read_in_format(cli.run("-o", fmt, "--platform", "ziti", "sessions", "list"), fmt)


def test_the_secret_check_knows_the_live_api_session_tokens(cli: Cli) -> None:
    # Every run's assert_no_secret() looks for these; a renamed helper would stop it silently.
    live_secrets = _live_secrets_of("ziti")
    assert live_secrets is not None
    assert live_secrets(cli.sims["ziti"])
