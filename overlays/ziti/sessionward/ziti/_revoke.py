"""Bulk revoke: the plan, the outcome of each delete, and the result.

A bulk revoke lists the matching sessions first and only then deletes: the listing pages shift
while sessions disappear, so deleting while paging would skip sessions. `RevokePlan` orders the
collected ids (duplicates dropped; the client's own session left out, or deleted last when asked,
so that the other deletes do not lose their credential midway). Each delete ends in one
`Outcome`: revoked, already gone (404: it expired or someone else deleted it), or failed with the
error; `RevokeResult` reports them without ever counting as revoked what was not. The deletes
themselves run through the core's `for_each`, with at most `max_concurrency` in flight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from sessionward.core import APIError, NotFoundError, SessionwardError

DEFAULT_MAX_CONCURRENCY = 8


class Outcome(Enum):
    """How one delete of a bulk revoke ended, when it did not fail."""

    REVOKED = "revoked"
    ALREADY_GONE = "already_gone"


DeleteResult = Outcome | SessionwardError


def classify(error: Exception) -> DeleteResult:
    """Return the outcome of a delete that raised `error`: 404 means the session is gone.

    A sessionward error is the failure as it is. Anything else (a bug in a transport of the
    caller's, an unexpected parser failure) becomes an `APIError` naming the exception's type,
    with the exception as `__cause__`: one odd delete must not abort the bulk revoke and leave
    the caller without a result, after other sessions were already deleted.
    """
    if isinstance(error, NotFoundError):
        return Outcome.ALREADY_GONE
    if isinstance(error, SessionwardError):
        return error
    failure = APIError(
        f"the delete failed with an unexpected {type(error).__name__}; the session may still "
        "be active"
    )
    failure.__cause__ = error
    return failure


@dataclass(frozen=True)
class RevokeResult:
    """What a bulk revoke did, id by id; nothing is reported revoked that was not.

    - `revoked`: ids this call deleted (the controller answered success).
    - `already_gone`: ids that no longer existed when their delete was sent (404): expired or
      deleted by someone else between the listing and the delete.
    - `failed`: id -> the `SessionwardError` its delete ended with (after the client's retries);
      these sessions may still be active. An exception of another kind is reported here too, as
      an `APIError` whose `__cause__` is the original: a bulk revoke never aborts midway.
    - `skipped`: the client's own session, when it matched and `include_current` was False.

    `ok` is True when nothing failed. Ids keep the order of the listing. Every listed id is in
    exactly one of the four (`accounted` is all of them).
    """

    revoked: tuple[str, ...] = ()
    already_gone: tuple[str, ...] = ()
    failed: Mapping[str, SessionwardError] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every matching session is gone (revoked now or already)."""
        return not self.failed

    @property
    def accounted(self) -> tuple[str, ...]:
        """Every id the listing returned, once: revoked, already gone, failed, then skipped."""
        return self.revoked + self.already_gone + tuple(self.failed) + self.skipped

    def __repr__(self) -> str:
        return (
            f"RevokeResult(revoked={len(self.revoked)}, already_gone={len(self.already_gone)}, "
            f"failed={len(self.failed)}, skipped={len(self.skipped)})"
        )


@dataclass(frozen=True)
class RevokePlan:
    """The ids to delete (`first`, concurrently; then `last`, the own session) and `skipped`."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    skipped: tuple[str, ...]

    @classmethod
    def build(cls, ids: Iterable[str], *, current_id: str, include_current: bool) -> RevokePlan:
        """Order the listed `ids` (first occurrence wins) around the client's own session."""
        unique = list(dict.fromkeys(ids))
        own = current_id in unique
        others = tuple(session_id for session_id in unique if session_id != current_id)
        if not own:
            return cls(others, (), ())
        if include_current:
            return cls(others, (current_id,), ())
        return cls(others, (), (current_id,))

    def result(self, outcomes: Mapping[str, DeleteResult]) -> RevokeResult:
        """Build the result from the outcome of every planned delete."""
        revoked: list[str] = []
        gone: list[str] = []
        failed: dict[str, SessionwardError] = {}
        for session_id in self.first + self.last:
            outcome = outcomes[session_id]
            if outcome is Outcome.REVOKED:
                revoked.append(session_id)
            elif outcome is Outcome.ALREADY_GONE:
                gone.append(session_id)
            else:
                failed[session_id] = outcome
        return RevokeResult(tuple(revoked), tuple(gone), failed, self.skipped)
