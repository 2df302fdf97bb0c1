"""The options every command shares, and what commands derive from them.

`Invocation` holds the global options (`--platform`, `-o`, `--profile`, `--timeout`,
`--no-input`, `--audit-log`, `-q`/`-v`); it loads the settings once, builds the redactor from
them, says whether the operator can be asked (a terminal on stdin and no `--no-input`) and
writes notes and progress to stderr, so that stdout carries data only.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sessionward.cli._config import Settings
    from sessionward.cli._redact import Redactor


@dataclass
class Invocation:
    """The global options of one run of `sessionward`."""

    platforms: tuple[str, ...] = ()
    output: str | None = None
    profile: str | None = None
    timeout: float | None = None
    no_input: bool = False
    audit_log: Path | None = None
    verbosity: int = 0
    _settings: Settings | None = field(default=None, repr=False)
    _redactor: Redactor | None = field(default=None, repr=False)

    def settings(self) -> Settings:
        """The resolved settings (flags > environment > profile); raises `UsageProblem`."""
        if self._settings is None:
            from sessionward.cli._config import load_settings

            self._settings = load_settings(
                profile=self.profile, timeout=self.timeout, audit_log=self.audit_log
            )
            if self.verbosity > 0:
                logging.basicConfig(
                    level=logging.DEBUG if self.verbosity > 1 else logging.INFO, stream=sys.stderr
                )
        return self._settings

    def redactor(self) -> Redactor:
        """Scrubs every configured credential out of a text."""
        if self._redactor is None:
            from sessionward.cli._redact import Redactor

            self._redactor = Redactor(self.settings().secrets())
        return self._redactor

    def fmt(self) -> str:
        """The output format: `-o`, or table on a terminal and JSON elsewhere."""
        from sessionward.cli._output import resolve_format

        return resolve_format(self.output)

    @property
    def quiet(self) -> bool:
        """`-q`: no notes or progress, errors only."""
        return self.verbosity < 0

    def can_prompt(self) -> bool:
        """Whether the operator can be asked: a terminal on stdin, and no `--no-input`."""
        return not self.no_input and sys.stdin.isatty()

    def note(self, text: str) -> None:
        """A note for the operator on stderr (not with `-q`)."""
        if not self.quiet:
            print(self.redactor_or_none(text), file=sys.stderr, flush=True)

    def error(self, text: str) -> None:
        """An error on stderr, shown even with `-q`."""
        print(f"error: {self.redactor_or_none(text)}", file=sys.stderr, flush=True)

    def redactor_or_none(self, text: str) -> str:
        """`text` scrubbed, when the settings are loaded (before that no secret is known)."""
        if self._settings is None:
            return text
        return self.redactor().scrub(text, limit=None)
