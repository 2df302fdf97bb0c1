"""The help texts that speak of the platforms, written from the platform table.

`_main` puts these where a docstring or a constant would name each platform: the main help's
first line and configuration epilog, and the notes of `sessions list`, `sessions revoke` and
`sim`. Each platform contributes through its `Platform` fields, so a new one shows up here
without an edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from sessionward.cli._platforms import Platform, platforms
from sessionward.cli._platforms._platform import env_name

NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count() -> str:
    """How many platforms there are, in words where that reads better (`four`)."""
    total = len(platforms())
    return NUMBERS[total] if total < len(NUMBERS) else str(total)


def _listed(names: Sequence[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def summary() -> str:
    """The main help's first line: whose sessions the command shows, and what else it reaches."""
    with_sessions = [p.help_name for p in platforms() if p.has_sessions]
    others = [p.help_name for p in platforms() if not p.has_sessions]
    also = f"; {_listed(others)} too" if others else ""
    return f"Who is signed in to {_listed(with_sessions)}, and revoke it{also}."


def _credential_variables(platform: Platform) -> str:
    usual, *alternatives = platform.credentials
    first, *more = usual
    text = env_name(platform.key, first) + "".join(f" and _{k.upper()}" for k in more)
    for group in alternatives:
        text += " (or " + " and ".join(f"_{k.upper()}" for k in group) + ")"
    return text


def configuration() -> str:
    """The epilog on configuration: every platform's variables, the profile file, `sim`."""
    variables = ", ".join(_credential_variables(p) for p in platforms())
    return (
        "Configuration: SESSIONWARD_<PLATFORM>_URL and one variable per credential: "
        f"{variables}; a platform without a URL is not configured. Flags win over the environment, "
        "the environment over the profile file (profiles.toml in the user's config directory, "
        "refused unless only its owner can read it). "
        f"`sessionward sim` serves simulators of all {count()} platforms to try every command."
    )


def sessions_list() -> str:
    """The help of `sessions list`, with what the platforms mask."""
    notes = "".join(f"; {p.list_help}" for p in platforms() if p.list_help)
    return (
        "One record per session: platform, id, user, ip, started_at, last_active_at, client.\n\n"
        f"Session tokens are never shown{notes}."
    )


def sessions_revoke() -> str:
    """The help of `sessions revoke`, with what a target names on the platforms that differ."""
    notes = "; ".join(p.revoke_help for p in platforms() if p.revoke_help)
    forms = f" ({notes})" if notes else ""
    return (
        f"Revoke sessions: PLATFORM:ID targets{forms}, or --user.\n\n"
        "Shows the plan first and asks (named targets; --yes skips it); a --user selection is a "
        "dry run unless --yes. Then lists again and reports each target as revoked, already_gone, "
        "failed or unverified. Every revoke is recorded in the audit log."
    )


def sim() -> str:
    """The help of `sim`: how many simulators it serves."""
    return (
        f"Serve simulators of the {count()} platforms on loopback and print the environment for "
        "them.\n\n"
        "Prints `export SESSIONWARD_...` lines, then serves until interrupted; with a COMMAND, "
        "runs it in that environment instead and exits with its status. Needs sessionward-cli[sim]."
    )
