"""The command line workflow: the same incident, run as an operator runs it, with `sessionward`.

Each step is a real `sessionward` process pointed at the simulators by environment variables:
list the sessions as a table and as JSON, find the Ziti identity with the most sessions, preview
the revoke of all of them (a dry run), revoke them for a ticket, and read the audit log back.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from demo._table import step
from sessionward.testing import Simulator

RUN_WITHIN = 120


class WorkflowError(Exception):
    """A `sessionward` step ended with another exit code than the workflow expects."""


def _environment(sims: Mapping[str, Simulator], audit_log: Path) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "SESSIONWARD_AUDIT_LOG": str(audit_log), "COLUMNS": "160"}
    for key, sim in sims.items():
        # The variables the command line's README documents (SESSIONWARD_<KEY>_URL and one per
        # credential keyword), written as an operator writes them, not read from its private code.
        env[f"SESSIONWARD_{key.upper()}_URL"] = sim.base_url
        for keyword, value in sim.credentials.items():
            env[f"SESSIONWARD_{key.upper()}_{keyword.upper()}"] = value
    return env


def _sessionward(env: dict[str, str], *arguments: str, expect: int = 0) -> str:
    print(f"$ sessionward {' '.join(arguments)}")
    done = subprocess.run(
        [sys.executable, "-m", "sessionward.cli", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_WITHIN,
        check=False,
    )
    if done.stderr.strip():
        print(done.stderr.rstrip())
    if done.returncode != expect:
        shown = " ".join(arguments)
        raise WorkflowError(f"sessionward {shown} exited {done.returncode}, not {expect}")
    return done.stdout


def run(sims: Mapping[str, Simulator]) -> None:
    """Run the workflow; raises `WorkflowError` if a step ends unexpectedly."""
    print("\n=== The sessionward command line ===")
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(sims, Path(folder) / "audit.jsonl")
        # The DocSpace workflow logged its own token out, so DocSpace is left out here.
        platforms = ("--platform", "dynatrace", "--platform", "ziti")
        step("Who is signed in to Ziti, as a table")
        print(_sessionward(env, "-o", "table", "--platform", "ziti", "sessions", "list"))
        step("Every session of Dynatrace and Ziti, as JSON")
        listed = json.loads(_sessionward(env, "-o", "json", *platforms, "sessions", "list"))
        per_platform = Counter(record["platform"] for record in listed)
        print(
            f"  {len(listed)} sessions: " + ", ".join(f"{k} {n}" for k, n in per_platform.items())
        )
        ziti = Counter(
            record["user"]
            for record in listed
            if record["platform"] == "ziti" and record["client"] != "Default Admin"
        )
        identity, count = ziti.most_common(1)[0]
        step(f"Preview the revoke of the {count} sessions of Ziti identity {identity}")
        revoke = ("--platform", "ziti", "sessions", "revoke", "--user", identity)
        _sessionward(env, "-o", "jsonl", *revoke)
        step("Revoke them for the incident ticket, verified by listing again")
        ticket = ("--reason", "lost laptop", "--ticket", "INC-2041")
        rows = json.loads(_sessionward(env, "-o", "json", *revoke, "--yes", *ticket))
        outcomes = Counter(row["outcome"] for row in rows)
        print("  outcomes: " + ", ".join(f"{name} {n}" for name, n in sorted(outcomes.items())))
        step("The audit trail")
        print(_sessionward(env, "-o", "table", "audit", "tail", "-n", "1"))
