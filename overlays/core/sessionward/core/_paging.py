"""Lazy pagers over offset/limit and cursor APIs, with sync and async twins.

A pager knows nothing about a vendor: the overlay gives it a function that fetches one page and
returns a `Page` (its items, the total when the API reports one, the next cursor). Iterating the
pager yields items and fetches the next page only when the current one is used up, so one page is
held in memory at a time; `pages()` yields whole pages instead. Each iteration starts again from
the first page. The decisions (next offset, next cursor) are pure functions both twins share.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from sessionward.core._exceptions import APIResponseValidationError
from sessionward.core._values import Value

T = TypeVar("T")


class Page(Value, Generic[T]):
    """One page of results: `items`, the `total` when the API reports it, and `next_cursor`.

    Offset pagers ignore `next_cursor`; cursor pagers stop when it is None or empty. Raises
    `APIResponseValidationError` when `items` is not a sequence, `total` not a count or
    `next_cursor` not a string: they come from a server's answer.
    """

    __slots__ = ("items", "next_cursor", "total")
    items: Sequence[T]
    total: int | None
    next_cursor: str | None

    def __init__(
        self, items: Sequence[T], total: int | None = None, next_cursor: str | None = None
    ) -> None:
        # The values come from a server's body: a total of "5" or a cursor of {} would otherwise
        # surface as a TypeError deep inside the pager.
        if isinstance(items, str | bytes) or not isinstance(items, Sequence):
            raise APIResponseValidationError(
                f"the page's items are a {type(items).__name__}, not a list"
            )
        if total is not None and (
            isinstance(total, bool) or not isinstance(total, int) or total < 0
        ):
            raise APIResponseValidationError(
                f"the page's total is a {type(total).__name__}, not a count; the server does not "
                "page as its API description says"
            )
        if next_cursor is not None and not isinstance(next_cursor, str):
            raise APIResponseValidationError(
                f"the page's next cursor is a {type(next_cursor).__name__}, not a string; the "
                "server does not page as its API description says"
            )
        self._init(items=items, total=total, next_cursor=next_cursor)


def _check_offset_arguments(limit: int, offset: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("limit must be an integer >= 1")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError("offset must be an integer >= 0")


def next_offset(offset: int, limit: int, page: Page[T]) -> int | None:
    """Return the offset of the page after `page`, or None when `page` was the last.

    The offset advances by the items received, not by `limit`, so a server that caps the page
    size below the requested limit skips nothing. With a total, paging stops at the total (or at
    an empty page); without one, at the first short page.
    """
    received = len(page.items)
    if received == 0:
        return None
    following = offset + received
    if page.total is not None:
        return following if following < page.total else None
    return following if received >= limit else None


def next_cursor(page: Page[T], seen: set[str]) -> str | None:
    """Return the cursor for the page after `page`, or None when `page` was the last.

    Raises `APIResponseValidationError` if the server hands out a cursor it already gave, which
    would otherwise loop forever.
    """
    cursor = page.next_cursor
    if not cursor:
        return None
    if cursor in seen:
        raise APIResponseValidationError(
            "the server returned a paging cursor it had already returned; stopping rather than "
            "looping forever"
        )
    seen.add(cursor)
    return cursor


class _Walk(Generic[T]):
    """What both twins of a pager share: where the walk starts, how it goes on, the total.

    A walk is a sequence of requests, each the arguments of one `fetch` call; `_start()` gives
    the first with a state private to that walk (a cursor pager's set of cursors seen), and
    `_follow()` the next one or None. Each `pages()` walks afresh.
    """

    _fetch: Callable[..., Any]

    def __init__(self) -> None:
        self.total: int | None = None

    def _start(self) -> tuple[tuple[Any, ...], Any]:
        raise NotImplementedError

    def _follow(
        self, request: tuple[Any, ...], page: Page[T], state: Any
    ) -> tuple[Any, ...] | None:
        raise NotImplementedError

    def _fetched(self, page: Page[T]) -> Page[T]:
        # Noted before the page is handed out, so `total` is right while the caller reads it.
        self.total = page.total if page.total is not None else self.total
        return page


class _SyncWalk(_Walk[T]):
    def pages(self) -> Iterator[Page[T]]:
        """Yield the pages one at a time, fetching each when the previous one is consumed."""
        request: tuple[Any, ...] | None
        request, state = self._start()
        while request is not None:
            page: Page[T] = self._fetched(self._fetch(*request))
            yield page
            request = self._follow(request, page, state)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class _AsyncWalk(_Walk[T]):
    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield the pages one at a time, fetching each when the previous one is consumed."""
        request: tuple[Any, ...] | None
        request, state = self._start()
        while request is not None:
            page: Page[T] = self._fetched(await self._fetch(*request))
            yield page
            request = self._follow(request, page, state)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


class _OffsetWalk(_Walk[T]):
    def _setup(self, fetch: Callable[..., Any], limit: int, offset: int) -> None:
        _check_offset_arguments(limit, offset)
        self._fetch = fetch
        self._limit = limit
        self._offset = offset

    def _start(self) -> tuple[tuple[Any, ...], Any]:
        return (self._offset, self._limit), None

    def _follow(
        self, request: tuple[Any, ...], page: Page[T], state: Any
    ) -> tuple[Any, ...] | None:
        following = next_offset(request[0], self._limit, page)
        return None if following is None else (following, self._limit)


class _CursorWalk(_Walk[T]):
    def _setup(self, fetch: Callable[..., Any], cursor: str | None) -> None:
        self._fetch = fetch
        self._cursor = cursor

    def _start(self) -> tuple[tuple[Any, ...], Any]:
        seen: set[str] = set() if self._cursor is None else {self._cursor}
        return (self._cursor,), seen

    def _follow(
        self, request: tuple[Any, ...], page: Page[T], state: Any
    ) -> tuple[Any, ...] | None:
        following = next_cursor(page, state)
        return None if following is None else (following,)


class OffsetPager(_OffsetWalk[T], _SyncWalk[T]):
    """Iterate an offset/limit listing lazily: `for item in pager`, or `pager.pages()`.

    `fetch(offset, limit)` fetches one page and returns a `Page`; errors it raises propagate.
    `total` is the total the API last reported (None before the first page or if it reports
    none). Raises `ValueError` for a limit below 1 or a negative offset.
    """

    def __init__(
        self, fetch: Callable[[int, int], Page[T]], *, limit: int = 100, offset: int = 0
    ) -> None:
        super().__init__()
        self._setup(fetch, limit, offset)


class AsyncOffsetPager(_OffsetWalk[T], _AsyncWalk[T]):
    """The async twin of `OffsetPager`: `async for item in pager`, or `pager.pages()`."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Page[T]]],
        *,
        limit: int = 100,
        offset: int = 0,
    ) -> None:
        super().__init__()
        self._setup(fetch, limit, offset)


class CursorPager(_CursorWalk[T], _SyncWalk[T]):
    """Iterate a cursor listing lazily: `for item in pager`, or `pager.pages()`.

    `fetch(cursor)` fetches one page (cursor None for the first, unless `cursor` is given) and
    returns a `Page` whose `next_cursor` leads on. `total` as for `OffsetPager`.
    """

    def __init__(
        self, fetch: Callable[[str | None], Page[T]], *, cursor: str | None = None
    ) -> None:
        super().__init__()
        self._setup(fetch, cursor)


class AsyncCursorPager(_CursorWalk[T], _AsyncWalk[T]):
    """The async twin of `CursorPager`: `async for item in pager`, or `pager.pages()`."""

    def __init__(
        self, fetch: Callable[[str | None], Awaitable[Page[T]]], *, cursor: str | None = None
    ) -> None:
        super().__init__()
        self._setup(fetch, cursor)
