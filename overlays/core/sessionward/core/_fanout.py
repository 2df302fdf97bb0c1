"""Running one piece of work per key with bounded concurrency: threads for sync, tasks for async.

`run_each` and `run_each_async` are what the `for_each` step runs on: a bulk revoke deletes many
sessions at once, but never more than the caller allows in flight. Workers take keys from one
shared iterator, so a slow key never holds back the rest, and the results come back as a dict
keyed like the input.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Generic

from sessionward.core._typevars import K, R


def run_each(keys: Sequence[K], work: Callable[[K], R], *, max_concurrency: int) -> dict[K, R]:
    """Run `work` for every key on at most `max_concurrency` threads; return key -> result.

    `work` should report failures as its return value; what it still raises stops the workers
    from taking new keys and is re-raised. Each thread runs in a copy of the caller's context, so
    per-call options (`request_options`) apply to its requests too.
    """
    results: dict[K, R] = {}
    workers = min(max_concurrency, len(keys))
    if workers <= 1:
        for key in keys:
            results[key] = work(key)
        return results
    pending = _SharedIterator(iter(keys))

    def worker() -> None:
        try:
            for key in pending:
                results[key] = work(key)
        except BaseException:
            pending.stop()  # The other workers finish their current key and take no more.
            raise

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sessionward") as pool:
        futures = [pool.submit(contextvars.copy_context().run, worker) for _ in range(workers)]
        try:
            for future in futures:
                future.result()
        except BaseException:
            pending.stop()
            raise
    return results


async def run_each_async(
    keys: Sequence[K], work: Callable[[K], Awaitable[R]], *, max_concurrency: int
) -> dict[K, R]:
    """The async twin of `run_each`: at most `max_concurrency` tasks in one task group."""
    # Imported here: a sync-only program never needs the async machinery.
    import anyio

    results: dict[K, R] = {}
    # One iterator shared by the tasks: between awaits only one task runs, so next() is safe.
    pending = iter(keys)

    async def worker() -> None:
        for key in pending:
            results[key] = await work(key)

    try:
        async with anyio.create_task_group() as group:
            for _ in range(min(max_concurrency, len(keys))):
                group.start_soon(worker)
    except BaseExceptionGroup as failures:
        # The task group wraps what a worker raised; the caller sees it as itself, as with
        # threads (the other workers were cancelled).
        if len(failures.exceptions) == 1:
            raise failures.exceptions[0] from None
        raise
    return results


class _SharedIterator(Generic[K]):
    """An iterator several threads may share; `stop()` makes it look exhausted."""

    def __init__(self, items: Iterator[K]) -> None:
        self._items = items
        self._lock = threading.Lock()
        self._stopped = False

    def __iter__(self) -> Iterator[K]:
        return self

    def __next__(self) -> K:
        with self._lock:
            if self._stopped:
                raise StopIteration
            return next(self._items)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
