"""Running `sessionward` as a real subprocess against the simulators, and what it must not leak.

`Cli` holds the environment that points the command at the simulators of the command line's
platform table (and at a private config and state directory), runs it with
`python -m sessionward.cli`, and collects every secret the simulators hold: their credentials,
and whatever live session tokens or secret ids a platform's own test support
(`tests/cli/<key>/_support.py`, its `live_secrets(sim)`) lists. `Run.assert_no_secret()` checks
stdout, stderr and the audit log for all of them. The profile file helpers are here too.
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import importlib.util
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sessionward.cli._platforms import keys
from sessionward.cli._platforms._platform import env_name
from sessionward.core import SessionwardError
from sessionward.testing import Simulator

RUN_WITHIN = 120
FIELDS = ["platform", "id", "user", "ip", "started_at", "last_active_at", "client"]


def session_keys() -> list[str]:
    """The platforms with a session API, in the table's order."""
    from sessionward.cli._platforms import platforms

    return [p.key for p in platforms() if p.has_sessions]


def _live_secrets_of(key: str) -> Callable[[Simulator], list[str]] | None:
    """The platform's own `live_secrets(sim)`, when its test support has one."""
    name = f"{__package__}.{key}._support"
    if importlib.util.find_spec(name) is None:
        return None
    found: Callable[[Simulator], list[str]] | None = getattr(
        importlib.import_module(name), "live_secrets", None
    )
    return found


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
            self.env[env_name(key, "url")] = sim.base_url
            for keyword, value in sim.credentials.items():
                self.env[env_name(key, keyword)] = value
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
        for key in keys():
            live = _live_secrets_of(key)
            if key in self.sims and live is not None:
                found += live(self.sims[key])
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


def write_profile(cli: Cli, text: str, mode: int = 0o600) -> Path:
    """Write the profile file of `cli`'s private config directory, with file mode `mode`."""
    path = cli.home / "config" / "sessionward" / "profiles.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    os.chmod(path, mode)
    return path


def without(cli: Cli, prefix: str) -> dict[str, str]:
    """`cli`'s environment without the variables starting with `prefix`."""
    return {k: v for k, v in cli.env.items() if not k.startswith(prefix)}


def only_in_profile(
    cli: Cli, profile: str, platform: str, *credentials: str, **fields: str
) -> dict[str, str]:
    """Configure `platform` in the profile file only: its simulator's URL, `fields`, `credentials`.

    Writes `[profile.platform]` with the named credentials of the platform's simulator and returns
    the environment without the platform's own variables.
    """
    sim = cli.sims[platform]
    values = {"url": sim.base_url, **fields} | {name: sim.credentials[name] for name in credentials}
    lines = [f"[{profile}.{platform}]", *(f'{key} = "{value}"' for key, value in values.items())]
    write_profile(cli, "\n".join(lines) + "\n")
    return without(cli, env_name(platform, ""))


def records(cli: Cli, fmt: str, *arguments: str) -> tuple[list[dict[str, str | None]], int]:
    """Run `sessionward -o FMT ARGUMENTS...`: its records (checked for secrets) and exit code."""
    run = cli.run("-o", fmt, *arguments)
    run.assert_no_secret()
    if fmt == "json":
        return run.json(), run.returncode
    if fmt == "jsonl":
        return run.jsonl(), run.returncode
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert run.stdout.splitlines()[0] == ",".join(FIELDS)
    return [{k: (v or None) for k, v in row.items()} for row in rows], run.returncode


def assert_read_in_format(run: Run, fmt: str) -> None:
    """A read command's output in format `fmt`: rows, valid, a table on `table`, no secret."""
    assert run.returncode == 0, run.stderr
    if fmt == "json":
        assert isinstance(run.json(), list) and run.json()
    elif fmt == "jsonl":
        assert run.jsonl() and all(isinstance(row, dict) for row in run.jsonl())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        assert rows and all(None not in row for row in rows)
    else:
        assert "┏" in run.stdout and "┃" in run.stdout
    run.assert_no_secret()
