"""`sessions list` on Dynatrace: masked session ids, the time filters, a cluster that is down."""

from __future__ import annotations

import pytest

from sessionward.cli import ExitCode
from tests.cli._support import Cli, _live_secrets_of, records, session_keys


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_session_ids_are_masked(cli: Cli, fmt: str) -> None:
    listed, code = records(cli, fmt, "sessions", "list")
    assert code == ExitCode.OK
    # Dynatrace session ids are credentials: masked to the last four characters.
    dynatrace = [r["id"] for r in listed if r["platform"] == "dynatrace"]
    assert dynatrace and all(i is not None and i.startswith("****") for i in dynatrace)
    assert all(len(i or "") == 8 for i in dynatrace)


def test_since_and_idle_filters(cli: Cli) -> None:
    # Seeded sessions started before 2025: none within the last hour; all idle for over an hour.
    recent, code = records(
        cli, "json", "--platform", "dynatrace", "sessions", "list", "--since", "1h"
    )
    assert recent == [] and code == ExitCode.NOTHING_MATCHED
    idle, _ = records(
        cli, "json", "--platform", "dynatrace", "sessions", "list", "--idle-over", "1h"
    )
    assert idle and all(r["last_active_at"] for r in idle)


def test_a_platform_down_is_reported_and_the_others_listed(cli: Cli) -> None:
    cli.sims["dynatrace"].inject_fault("GET", "*", status=503, times=None)
    run = cli.run("-o", "json", "sessions", "list")
    assert run.returncode == ExitCode.PARTIAL
    assert {r["platform"] for r in run.json()} == set(session_keys()) - {"dynatrace"}
    assert "dynatrace: InternalServerError" in run.stderr
    run.assert_no_secret()


def test_the_secret_check_knows_the_live_full_web_session_ids(cli: Cli) -> None:
    # Every run's assert_no_secret() looks for these; a renamed helper would stop it silently.
    live_secrets = _live_secrets_of("dynatrace")
    assert live_secrets is not None
    assert live_secrets(cli.sims["dynatrace"])
