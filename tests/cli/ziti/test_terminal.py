"""The confirmation prompt and the table in a real pseudo-terminal (pexpect), on Ziti's sessions."""

from __future__ import annotations

import re
import sys

import pexpect

from sessionward.cli import ExitCode
from tests.cli._support import Cli
from tests.cli.ziti import _support as ziti

WITHIN = 60


# Styles (bold headers) that the table uses on a terminal.
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _spawn(cli: Cli, *arguments: str) -> pexpect.spawn[str]:
    return pexpect.spawn(
        sys.executable,
        ["-m", "sessionward.cli", *arguments],
        env=cli.env,
        encoding="utf-8",
        timeout=WITHIN,
        dimensions=(40, 80),
    )


def _finish(child: pexpect.spawn[str]) -> tuple[int, str]:
    child.expect(pexpect.EOF)
    rest = child.before or ""
    child.close()
    assert child.exitstatus is not None
    return child.exitstatus, ANSI.sub("", rest)


def test_declining_at_the_prompt_revokes_nothing_and_exits_5(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    child = _spawn(cli, "sessions", "revoke", f"ziti:{ids[0]}")
    child.expect(r"Revoke 1 target\(s\) on ziti\? \[y/N\]")
    child.sendline("n")
    code, rest = _finish(child)
    assert code == ExitCode.ABORTED
    assert "aborted" in rest
    assert ids[0] in ziti.left(cli, identity)
    assert cli.audit_entries() == []


def test_confirming_at_the_prompt_revokes_and_prints_a_table(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    child = _spawn(cli, "sessions", "revoke", f"ziti:{ids[0]}", "--reason", "pty")
    child.expect(r"\[y/N\]")
    child.sendline("y")
    code, rest = _finish(child)
    assert code == ExitCode.OK
    assert ids[0] not in ziti.left(cli, identity)
    # stdout is the terminal, so the default format is a table, with the whole id in it.
    assert "┃ platform" in rest and ids[0] in rest and "revoked" in rest
    assert cli.audit_entries()[0]["reason"] == "pty"


def test_user_selection_on_a_terminal_is_still_a_dry_run_without_yes(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    child = _spawn(cli, "--platform", "ziti", "sessions", "revoke", "--user", identity)
    code, rest = _finish(child)
    assert code == ExitCode.OK
    assert "Dry run" in rest and "[y/N]" not in rest
    assert sorted(ziti.left(cli, identity)) == sorted(ids)


def test_no_input_never_prompts_on_a_terminal(cli: Cli) -> None:
    identity, ids = ziti.identity(cli)
    child = _spawn(cli, "--no-input", "sessions", "revoke", f"ziti:{ids[0]}")
    code, rest = _finish(child)
    assert code == ExitCode.ABORTED and "[y/N]" not in rest
    assert ids[0] in ziti.left(cli, identity)


def test_the_listing_is_a_table_on_a_terminal_with_whole_ids(cli: Cli) -> None:
    _, ids = ziti.identity(cli)
    child = _spawn(cli, "--platform", "ziti", "sessions", "list")
    code, rest = _finish(child)
    assert code == ExitCode.OK
    assert "┃ platform ┃ id" in rest
    assert all(session_id in rest for session_id in ids)  # 36 characters, on an 80-column tty
    assert "…" not in rest
