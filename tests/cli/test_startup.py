"""`sessionward --help` is cheap: no httpx, no overlay imported; the help lists the exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import sessionward.cli
from sessionward.cli import ExitCode
from sessionward.cli._platforms import keys
from tests.specs._documents import REPO_ROOT

PROBE = """
import json, sys
from sessionward.cli import main
sys.argv = ["sessionward", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
# Every platform's overlay (`sessionward.<key>`) as well.
HEAVY = ("httpx", "sessionward.core", *(f"sessionward.{key}" for key in keys()),
         "sessionward.testing", "rich")  # fmt: skip


def _modules_after(*arguments: str) -> tuple[str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout, set(json.loads(done.stderr.splitlines()[-1]))


def test_help_imports_nothing_heavy() -> None:
    for arguments in ((" --help",), ("sessions", "--help"), ("sessions", "revoke", "--help")):
        out, modules = _modules_after(*(a.strip() for a in arguments))
        assert "Usage:" in out
        assert [name for name in HEAVY if name in modules] == []


def test_exit_codes_are_distinct_and_documented() -> None:
    assert {code.name: int(code) for code in ExitCode} == {
        "OK": 0, "FAILURE": 1, "USAGE": 2, "PARTIAL": 3, "NOTHING_MATCHED": 4, "ABORTED": 5,
    }  # fmt: skip
    out, _ = _modules_after("--help")
    flat = " ".join(out.split())
    for text in (
        "0 success",
        "1 failure",
        "2 usage",
        "3 partial",
        "4 nothing matched",
        "5 aborted",
    ):
        assert text in flat


def test_public_surface() -> None:
    assert sessionward.cli.__all__ == ["ExitCode", "__version__", "main"]
    # The version is the newest release in the distribution's changelog (written by `nox -s bump`).
    changelog = (REPO_ROOT / "overlays" / "cli" / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\S+) ", changelog, flags=re.MULTILINE)
    assert newest is not None
    assert sessionward.cli.__version__ == newest[1]
