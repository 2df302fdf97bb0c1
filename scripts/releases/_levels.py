"""Verdict levels, the reasons behind them, and the semver rules that turn a level into a version.

The policy, as the README's "Versioning" section states it: a breaking change bumps major, an
addition minor, any other change to what a distribution ships patch. Below 1.0 the levels move
one place right (Cargo's rule): a breaking change bumps the minor number, everything else patch.
Our own distributions pin each other to ``>=tested,<next-breaking``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from packaging.version import Version


class Level(enum.IntEnum):
    """How much a change to a distribution asks of its version; ordered, so ``max`` combines."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        """The word the gate prints: ``none``, ``patch``, ``minor`` or ``major``."""
        return self.name.lower()


@dataclass(frozen=True)
class Change:
    """One reason for a verdict: its level and a sentence a person can read."""

    level: Level
    reason: str


@dataclass
class Verdict:
    """What one distribution's changes since its last release ask of its version."""

    distribution: str
    changes: list[Change] = field(default_factory=list)

    @property
    def level(self) -> Level:
        """The highest level among the changes (``NONE`` when nothing changed)."""
        return max((change.level for change in self.changes), default=Level.NONE)

    def reasons(self, level: Level) -> list[str]:
        """The reasons at exactly ``level``, without repeats, in the order they were found."""
        return list(dict.fromkeys(c.reason for c in self.changes if c.level == level))


def _release(version: Version) -> tuple[int, int, int]:
    major, minor, patch = (*version.release, 0, 0, 0)[:3]
    return major, minor, patch


def required_version(released: str, level: Level) -> str:
    """The smallest version that covers ``level`` after the release ``released``."""
    major, minor, patch = _release(Version(released))
    if level is Level.NONE:
        return released
    if level is Level.MAJOR:
        return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if level is Level.MINOR and major > 0:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def covers(committed: str, released: str, level: Level) -> bool:
    """Whether the committed version is at least what ``level`` requires after ``released``."""
    return Version(committed) >= Version(required_version(released, level))


def compatible_range(version: str) -> str:
    """The pin of a dependent tested with ``version``: from it up to the next breaking one."""
    major, minor, _ = _release(Version(version))
    ceiling = f"0.{minor + 1}" if major == 0 else f"{major + 1}"
    return f">={version},<{ceiling}"
