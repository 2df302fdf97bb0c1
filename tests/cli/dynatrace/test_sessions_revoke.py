"""`sessions revoke` of `dynatrace:USER` targets (per user) beside Ziti's; a cluster down."""

from __future__ import annotations

from sessionward.cli import ExitCode
from tests.cli._support import Cli
from tests.cli.dynatrace import _support as dynatrace
from tests.cli.ziti import _support as ziti


def test_named_targets_across_platforms(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    user = dynatrace.a_user(cli)
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
    assert ids[0] not in ziti.left(cli, identity)
    assert dynatrace.left(cli, user) == 0
    run.assert_no_secret()


def test_a_platform_down_fails_its_targets_and_the_others_go_on(cli: Cli) -> None:
    _, ids = ziti.identity(cli)
    user = dynatrace.a_user(cli)
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
