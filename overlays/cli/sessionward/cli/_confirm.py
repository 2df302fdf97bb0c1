"""Asking before a change: `--yes`, a prompt on a terminal, or a refusal (exit 5).

Used by the commands that change one thing at a time (`policy set`, `connections apply`); the
revoke workflow asks the same way. Without a terminal on stdin, or with `--no-input`, nothing is
changed unless `--yes` was given.
"""

from __future__ import annotations

from sessionward.cli._context import Invocation


def confirmed(invocation: Invocation, question: str, *, yes: bool) -> bool:
    """Whether to go ahead; tells the operator why not on stderr when the answer is no."""
    import click

    if yes:
        return True
    if not invocation.can_prompt():
        invocation.error("not changing anything without --yes: no terminal to ask (or --no-input)")
        return False
    try:
        answer = click.confirm(question, err=True)
    except click.Abort:
        answer = False
    if not answer:
        invocation.error("aborted: nothing was changed")
    return answer
