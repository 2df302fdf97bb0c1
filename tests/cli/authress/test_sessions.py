"""`sessions list` names Authress as having no session API."""

from __future__ import annotations

import json

from sessionward.cli import ExitCode
from tests.cli._support import Cli


def test_authress_is_named_as_having_no_session_api(cli: Cli) -> None:
    run = cli.run("-o", "json", "--platform", "authress", "sessions", "list")
    assert run.returncode == ExitCode.NOTHING_MATCHED
    assert json.loads(run.stdout) == []
    assert "Authress has no session API" in run.stderr
