"""A revoke plan for one platform: the targets, what the preview found, and the platform's limits.

`PlatformPlan.items` are the targets as `TargetOutcome`s in the planned (or skipped) state, and
`keys` the platform's own handle of each (the full session id, never printed, where the record
shows a masked one). `own_key` is the command's own session when it is among them (revoked
last, or skipped with `keep_current`). `notes` say what the plan cannot do on this platform; a
preview that failed shows as a failed item or a note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sessionward.cli._outcomes import Outcome, TargetOutcome


@dataclass
class PlatformPlan:
    """What one platform will be asked to revoke."""

    platform: str
    mode: str  # "sessions": one call per session; "user": one call for the whole user
    user: str | None = None
    items: list[TargetOutcome] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    own_key: str | None = None  # the command's own session, revoked last
    keep_current: bool = False

    def add(self, item: TargetOutcome, key: str) -> None:
        """Add one target and the platform's handle of it."""
        self.items.append(item)
        self.keys.append(key)

    @property
    def to_revoke(self) -> int:
        """How many targets will be asked for (skipped ones not counted)."""
        return sum(item.outcome is Outcome.PLANNED for item in self.items)
