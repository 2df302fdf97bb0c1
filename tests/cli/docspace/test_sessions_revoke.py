"""`sessions revoke --user` on DocSpace: another user's connections, closed at once, unverified."""

from __future__ import annotations

from sessionward.cli import ExitCode
from tests.cli._support import Cli


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
