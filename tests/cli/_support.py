"""Running `sessionward` as a real subprocess against the simulators, and what it must not leak.

`Cli` holds the environment that points the command at the four simulators (and at a private
config and state directory), runs it with `python -m sessionward.cli`, and collects every secret
the simulators hold: their credentials, the Ziti session tokens and the full Dynatrace session ids.
`Run.assert_no_secret()` checks stdout, stderr and the audit log for all of them.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sessionward.authress import Authress
from sessionward.core import SessionwardError
from sessionward.dynatrace import DynatraceCluster
from sessionward.testing import Simulator
from sessionward.ziti import Ziti

RUN_WITHIN = 120
ENV_KEYS = {
    "docspace": "DOCSPACE",
    "dynatrace": "DYNATRACE",
    "ziti": "ZITI",
    "authress": "AUTHRESS",
}


def ziti_client(sim: Simulator) -> Ziti:
    """A Ziti client of the simulator's admin, to check what the command did."""
    credentials = sim.credentials
    return Ziti(sim.base_url, username=credentials["username"], password=credentials["password"])


def dynatrace_client(sim: Simulator) -> DynatraceCluster:
    """A Dynatrace client of the simulator, to check what the command did."""
    return DynatraceCluster(sim.base_url, api_token=sim.credentials["api_token"])


def authress_client(sim: Simulator) -> Authress:
    """An Authress client of the simulator, to check what the command did."""
    key = sim.credentials["service_client_access_key"]
    return Authress(sim.base_url, service_client_access_key=key)


@dataclass
class Run:
    """One finished run of the command."""

    returncode: int
    stdout: str
    stderr: str
    audit: str
    secrets: list[str]

    def json(self) -> Any:
        return json.loads(self.stdout)

    def jsonl(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines()]

    def assert_no_secret(self) -> None:
        text = self.stdout + self.stderr + self.audit
        leaked = [secret for secret in self.secrets if secret in text]
        assert leaked == [], "a credential or session token was printed or audited"


class Cli:
    """The command line, configured for the simulators given."""

    def __init__(self, sims: dict[str, Simulator], home: Path) -> None:
        self.sims = sims
        self.home = home
        self.audit_log = home / "state" / "audit.jsonl"
        self.env = {
            key: value for key, value in os.environ.items() if not key.startswith("SESSIONWARD_")
        }
        self.env |= {
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "xdg-state"),
            "SESSIONWARD_AUDIT_LOG": str(self.audit_log),
            "SESSIONWARD_TIMEOUT": "10",
            "COLUMNS": "80",
        }
        for key, sim in sims.items():
            self.env[f"SESSIONWARD_{ENV_KEYS[key]}_URL"] = sim.base_url
            for keyword, value in sim.credentials.items():
                self.env[f"SESSIONWARD_{ENV_KEYS[key]}_{keyword.upper()}"] = value
        self._initial: list[str] = []
        self._initial = self._live_secrets()

    def secrets(self) -> list[str]:
        """Every credential of the simulators and every live session token or secret id.

        Taken when the `Cli` is made (before a test injects faults) and again after each run,
        as far as the simulators answer then.
        """
        found: list[str] = list(self._initial)
        # A fault the test injected may refuse the listing; the earlier collection stands.
        with contextlib.suppress(SessionwardError):
            found += self._live_secrets()
        return found

    def _live_secrets(self) -> list[str]:
        found: list[str] = []
        for sim in self.sims.values():
            for credentials in (sim.credentials, *sim.other_credentials.values()):
                found += [v for k, v in credentials.items() if k != "username" and len(v) >= 8]
        if "ziti" in self.sims:
            sim = self.sims["ziti"]
            with ziti_client(sim) as ziti:
                found += [session.token for session in ziti.api_sessions.list()]
                ziti.logout()  # leave the simulator's sessions as they were
        if "dynatrace" in self.sims:
            sim = self.sims["dynatrace"]
            with dynatrace_client(sim) as cluster:
                found += [session.session_id for session in cluster.user_sessions.list()]
        return found

    def run(self, *arguments: str, env: dict[str, str] | None = None, stdin: str = "") -> Run:
        """Run `sessionward ARGUMENTS...` to its end (stdin is not a terminal)."""
        completed = subprocess.run(
            [sys.executable, "-m", "sessionward.cli", *arguments],
            env=env or self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=RUN_WITHIN,
            check=False,
        )
        audit = self.audit_log.read_text(encoding="utf-8") if self.audit_log.exists() else ""
        # Collected again afterwards: the command's own login opened a session meanwhile.
        secrets = sorted(set(self.secrets()))
        return Run(completed.returncode, completed.stdout, completed.stderr, audit, secrets)

    def audit_entries(self) -> list[dict[str, Any]]:
        if not self.audit_log.exists():
            return []
        return [json.loads(line) for line in self.audit_log.read_text().splitlines()]
