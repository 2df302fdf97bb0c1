"""Bulk revoke: the plan, the outcome of each delete, the result, and the two bounded runners.

A bulk revoke lists the matching sessions first and only then deletes: the listing pages shift
while sessions disappear, so deleting while paging would skip sessions. `RevokePlan` orders the
collected ids (duplicates dropped; the client's own session left out, or deleted last when asked,
so that the other deletes do not lose their credential midway). Each delete ends in one
`Outcome`: revoked, already gone (404: it expired or someone else deleted it), or failed with the
error; `RevokeResult` reports them without ever counting as revoked what was not. `run_sync`
(threads) and `run_async` (tasks) run the deletes with at most `max_concurrency` in flight,
workers pulling ids from one shared iterator so that memory does not grow with the number of ids.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
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


def check_max_concurrency(value: int) -> int:
    """Return `value` if it is a valid concurrency bound; raise `ValueError` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("max_concurrency must be an integer >= 1")
    return value


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


def run_sync(
    ids: Sequence[str], work: Callable[[str], DeleteResult], *, max_concurrency: int
) -> dict[str, DeleteResult]:
    """Run `work` for every id on at most `max_concurrency` threads; return id -> outcome.

    `work` reports every failure as its return value (see `classify`); what it still raises (an
    interrupt, a cancellation) stops the workers from taking new ids and is re-raised. Each
    thread runs in a copy of the caller's context, so per-call options (`request_options`) apply
    to its requests too.
    """
    outcomes: dict[str, DeleteResult] = {}
    workers = min(max_concurrency, len(ids))
    if workers <= 1:
        for session_id in ids:
            outcomes[session_id] = work(session_id)
        return outcomes
    pending = _LockedIterator(iter(ids))

    def worker() -> None:
        try:
            for session_id in pending:
                outcomes[session_id] = work(session_id)
        except BaseException:
            pending.stop()  # The other workers finish their current delete and take no more.
            raise

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sessionward-revoke") as pool:
        futures = [pool.submit(contextvars.copy_context().run, worker) for _ in range(workers)]
        try:
            for future in futures:
                future.result()
        except BaseException:
            pending.stop()
            raise
    return outcomes


async def run_async(
    ids: Sequence[str], work: Callable[[str], Awaitable[DeleteResult]], *, max_concurrency: int
) -> dict[str, DeleteResult]:
    """The async twin of `run_sync`: at most `max_concurrency` tasks in one task group."""
    # Imported here: a sync-only program never needs the async machinery.
    import anyio

    outcomes: dict[str, DeleteResult] = {}
    # One iterator shared by the tasks: between awaits only one task runs, so next() is safe.
    pending = iter(ids)

    async def worker() -> None:
        for session_id in pending:
            outcomes[session_id] = await work(session_id)

    async with anyio.create_task_group() as group:
        for _ in range(min(max_concurrency, len(ids))):
            group.start_soon(worker)
    return outcomes


class _LockedIterator:
    """An iterator several threads may share; `stop()` makes it look exhausted."""

    def __init__(self, items: Iterator[str]) -> None:
        self._items = items
        self._lock = threading.Lock()
        self._stopped = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        with self._lock:
            if self._stopped:
                raise StopIteration
            return next(self._items)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
