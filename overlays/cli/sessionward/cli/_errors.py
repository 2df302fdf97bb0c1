"""The command line's own errors: a usage or configuration problem found before anything is sent.

`UsageProblem` is raised by the configuration and argument checks and turned into exit code 2
with its message by the command layer; its message never holds a credential.
"""

from __future__ import annotations


class UsageProblem(Exception):
    """The command line or the configuration is wrong; the message says what to change."""
