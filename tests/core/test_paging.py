"""Lazy offset and cursor pagers, sync and async: one page fetched at a time, totals, guards."""

from __future__ import annotations

from typing import Any

import pytest

from sessionward.core import (
    APIResponseValidationError,
    AsyncCursorPager,
    AsyncOffsetPager,
    BaseClient,
    CursorPager,
    OffsetPager,
    Page,
    aunwrap,
    unwrap,
)
from sessionward.core._paging import next_offset
from tests._support import Mode
from tests.core._generated import Item, ItemList, list_items
from tests.core._server import LoopbackServer, Received, Reply, json_reply
from tests.core._twins import Twin

pytestmark = pytest.mark.anyio

ROWS = [f"row-{n}" for n in range(23)]


class OffsetSource:
    """An offset/limit listing over ROWS that records each fetch."""

    def __init__(self, *, cap: int | None = None, with_total: bool = True) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cap = cap
        self.with_total = with_total

    def __call__(self, offset: int, limit: int) -> Page[str]:
        self.calls.append((offset, limit))
        size = min(limit, self.cap) if self.cap else limit
        return Page(ROWS[offset : offset + size], total=len(ROWS) if self.with_total else None)

    async def fetch(self, offset: int, limit: int) -> Page[str]:
        return self(offset, limit)


class CursorSource:
    def __init__(self, pages: list[tuple[list[str], str | None]]) -> None:
        self.pages = {None if n == 0 else f"c{n}": page for n, page in enumerate(pages)}
        self.calls: list[str | None] = []

    def __call__(self, cursor: str | None) -> Page[str]:
        self.calls.append(cursor)
        items, following = self.pages[cursor]
        return Page(items, next_cursor=following)

    async def fetch(self, cursor: str | None) -> Page[str]:
        return self(cursor)


async def collect_offset(mode: Mode, source: OffsetSource, **kwargs: int) -> list[str]:
    if mode == "sync":
        return list(OffsetPager(source, **kwargs))
    return [item async for item in AsyncOffsetPager(source.fetch, **kwargs)]


async def collect_cursor(mode: Mode, source: CursorSource) -> list[str]:
    if mode == "sync":
        return list(CursorPager(source))
    return [item async for item in AsyncCursorPager(source.fetch)]


async def test_offset_pager_walks_every_page(mode: Mode) -> None:
    source = OffsetSource()

    items = await collect_offset(mode, source, limit=10)

    assert items == ROWS
    assert source.calls == [(0, 10), (10, 10), (20, 10)]


async def test_offset_pager_follows_a_server_capped_page_size(mode: Mode) -> None:
    source = OffsetSource(cap=4)

    items = await collect_offset(mode, source, limit=10)

    assert items == ROWS
    assert source.calls[:3] == [(0, 10), (4, 10), (8, 10)]


async def test_offset_pager_without_total_stops_at_a_short_page(mode: Mode) -> None:
    source = OffsetSource(with_total=False)

    items = await collect_offset(mode, source, limit=5)

    assert items == ROWS
    assert source.calls[-1] == (20, 5)


async def test_offset_pager_starts_at_an_offset(mode: Mode) -> None:
    assert await collect_offset(mode, OffsetSource(), limit=10, offset=15) == ROWS[15:]


def _total(pager: OffsetPager[Any] | AsyncOffsetPager[Any]) -> int | None:
    # Read through a call: the type checker keeps `total` narrowed to None after an assert.
    return pager.total


async def test_offset_pager_is_lazy_and_reports_the_total(mode: Mode) -> None:
    source = OffsetSource()
    if mode == "sync":
        pager = OffsetPager(source, limit=10)
        assert pager.total is None
        iterator = iter(pager)
        first = [next(iterator) for _ in range(10)]
        assert source.calls == [(0, 10)]
        assert _total(pager) == 23  # known while the first page is read
        next(iterator)
        total = pager.total
    else:
        apager = AsyncOffsetPager(source.fetch, limit=10)
        assert apager.total is None
        aiterator = aiter(apager)
        first = [await anext(aiterator) for _ in range(10)]
        assert source.calls == [(0, 10)]
        assert _total(apager) == 23  # known while the first page is read
        await anext(aiterator)
        total = apager.total
        await aiterator.aclose()  # type: ignore[attr-defined]

    assert first == ROWS[:10]
    assert source.calls == [(0, 10), (10, 10)]
    assert total == 23


async def test_pages_yields_whole_pages(mode: Mode) -> None:
    source = OffsetSource()
    if mode == "sync":
        sizes = [len(page.items) for page in OffsetPager(source, limit=10).pages()]
    else:
        sizes = [len(page.items) async for page in AsyncOffsetPager(source.fetch, limit=10).pages()]
    assert sizes == [10, 10, 3]


async def test_each_iteration_starts_over(mode: Mode) -> None:
    source = OffsetSource()
    if mode == "sync":
        pager = OffsetPager(source, limit=20)
        assert list(pager) == list(pager)
    else:
        apager = AsyncOffsetPager(source.fetch, limit=20)
        assert [i async for i in apager] == [i async for i in apager]
    assert source.calls == [(0, 20), (20, 20)] * 2


async def test_cursor_pager_follows_cursors(mode: Mode) -> None:
    source = CursorSource([(["a", "b"], "c1"), ([], "c2"), (["c"], None)])

    items = await collect_cursor(mode, source)

    assert items == ["a", "b", "c"]
    assert source.calls == [None, "c1", "c2"]


async def test_an_empty_cursor_ends_paging(mode: Mode) -> None:
    source = CursorSource([(["a"], "")])
    assert await collect_cursor(mode, source) == ["a"]


async def test_a_repeated_cursor_is_an_error_not_an_endless_loop(mode: Mode) -> None:
    source = CursorSource([(["a"], "c1"), (["b"], "c2"), (["c"], "c1")])

    with pytest.raises(APIResponseValidationError, match="already returned"):
        await collect_cursor(mode, source)

    assert source.calls == [None, "c1", "c2"]


def test_pager_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        OffsetPager(OffsetSource(), limit=0)
    with pytest.raises(ValueError):
        OffsetPager(OffsetSource(), offset=-1)


@pytest.mark.parametrize(
    ("offset", "limit", "received", "total", "expected"),
    [
        (0, 10, 10, 23, 10),
        (20, 10, 3, 23, None),
        (0, 10, 0, 23, None),
        (0, 10, 10, 10, None),
        (0, 10, 10, None, 10),
        (0, 10, 9, None, None),
    ],
)
def test_next_offset(
    offset: int, limit: int, received: int, total: int | None, expected: int | None
) -> None:
    page = Page(["x"] * received, total=total)
    assert next_offset(offset, limit, page) == expected


async def test_an_overlay_style_pager_over_the_wire(twin: Twin, server: LoopbackServer) -> None:
    """How an overlay combines the pager, unwrap and a generated list operation."""

    def answer(received: Received) -> Reply:
        offset, limit = int(received.query["offset"]), int(received.query["limit"])
        rows = [{"id": str(n), "name": f"n{n}"} for n in range(offset, min(offset + limit, 7))]
        return json_reply({"data": rows, "meta": {"totalCount": 7}})

    server.handler = answer

    if isinstance(twin.client, BaseClient):

        def fetch(offset: int, limit: int) -> Page[Item]:
            envelope = unwrap(
                lambda: list_items.sync_detailed(
                    client=twin.generated, params={"offset": offset, "limit": limit}
                ),
                ItemList,
            )
            return Page(envelope.data, total=envelope.total_count)

        ids = [item.id for item in OffsetPager(fetch, limit=3)]
    else:

        async def afetch(offset: int, limit: int) -> Page[Item]:
            envelope = await aunwrap(
                lambda: list_items.asyncio_detailed(
                    client=twin.generated, params={"offset": offset, "limit": limit}
                ),
                ItemList,
            )
            return Page(envelope.data, total=envelope.total_count)

        ids = [item.id async for item in AsyncOffsetPager(afetch, limit=3)]

    assert ids == [str(n) for n in range(7)]
    assert [r.query["offset"] for r in server.requests] == ["0", "3", "6"]
