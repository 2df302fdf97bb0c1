"""Each distribution's ``CHANGELOG.md``: one section per release, newest first.

A section lists the reasons of the verdict that made the release, breaking changes first and
marked as such, so that a downstream team reading a diff of pins sees what to check.
"""

from __future__ import annotations

import datetime

from scripts.releases._levels import Level, Verdict
from scripts.releases._workspace import Distribution

_HEADINGS = {
    Level.MAJOR: "Breaking changes",
    Level.MINOR: "Added",
    Level.PATCH: "Changed",
}


def entry(version: str, verdict: Verdict, notes: list[str], today: datetime.date) -> str:
    """The changelog section of release ``version``."""
    lines = [f"## {version} ({today.isoformat()})", ""]
    if notes:
        lines += [*notes, ""]
    for level in (Level.MAJOR, Level.MINOR, Level.PATCH):
        reasons = verdict.reasons(level)
        if not reasons:
            continue
        lines += [f"### {_HEADINGS[level]}", ""]
        marker = "**Breaking:** " if level is Level.MAJOR else ""
        lines += [f"- {marker}{reason}" for reason in reasons]
        lines.append("")
    return "\n".join(lines)


def prepend(dist: Distribution, section: str) -> None:
    """Put ``section`` first in ``dist``'s changelog, creating the file when there is none."""
    title = f"# Changelog of {dist.name}\n\n"
    intro = (
        'Versions follow the suite\'s policy (README, "Versioning"): breaking changes bump the\n'
        "major number, additions the minor one, any other change the patch one; below 1.0,\n"
        "breaking changes bump the minor number and everything else the patch one.\n\n"
    )
    path = dist.changelog
    body = path.read_text(encoding="utf-8") if path.exists() else title + intro
    if section.partition(" (")[0] + " (" in body:
        return  # this version has its entry already (a record written again)
    head, separator, rest = body.partition("\n## ")
    if separator:
        path.write_text(f"{head.rstrip()}\n\n{section}\n## {rest}", encoding="utf-8")
    else:
        path.write_text(f"{body.rstrip()}\n\n{section}", encoding="utf-8")
