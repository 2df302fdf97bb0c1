"""The demo (``nox -s demo``) runs every workflow to the end, shows what it did, and leaks nothing.

It is run the way the README runs it, as ``python -m demo`` in a fresh interpreter; its output is
checked for the outcome of each workflow and for every credential the simulators hand out.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from sessionward.testing import RegisteredAPI, registered_apis, serve
from tests.contract._hooks import contract_of
from tests.specs._documents import REPO_ROOT


@pytest.fixture(scope="module")
def demo_output() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "demo"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


@pytest.mark.parametrize("api", registered_apis(), ids=lambda api: api.key)
def test_every_workflow_runs_to_its_end(demo_output: str, api: RegisteredAPI) -> None:
    # What each API's workflow shows on its way, as its tests state it (`CONTRACT.demo`).
    for shown in contract_of(api).demo:
        assert shown in demo_output


def test_the_command_line_workflow_runs_to_its_end(demo_output: str) -> None:
    # The command line: a table, a dry run, a revoke verified and audited.
    assert "┃ platform ┃ id" in demo_output
    assert "Dry run: a selection by user is revoked only with --yes." in demo_output
    assert "outcomes: revoked" in demo_output and "failed" not in demo_output.split("outcomes:")[1]
    assert "INC-2041" in demo_output
    assert demo_output.rstrip().endswith("All four workflows ran, and the command line workflow.")


def test_no_credential_appears_in_the_output(demo_output: str) -> None:
    # The demo's simulators use the default seed; credentials depend on the seed only.
    # A user name is no secret (the demo prints identities); every other credential value is.
    secrets: list[str] = []
    for api in registered_apis():
        with serve(api.key) as sim:
            for credentials in (sim.credentials, *sim.other_credentials.values()):
                secrets += [value for name, value in credentials.items() if name != "username"]
    assert secrets
    leaked = [secret for secret in secrets if len(secret) >= 8 and secret in demo_output]
    assert leaked == []
