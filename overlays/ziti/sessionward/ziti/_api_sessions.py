"""The `api_sessions` resource of the Ziti clients: list, get, delete and bulk revoke, twice.

`ApiSessions` and `AsyncApiSessions` call the generated `api_session` operations through the
client's configured httpx client and return the generated models unwrapped from their envelopes.
Everything but the I/O line is shared: the page built from a list envelope (`to_page`), the
argument checks, the revoke plan and result (`_revoke`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ziti_api.api.api_session import (
    delete_api_sessions,
    detail_api_sessions,
    list_api_sessions,
)
from ziti_api.models import (
    ApiSessionDetail,
    DetailApiSessionEnvelope,
    Empty,
    ListApiSessionsEnvelope,
)
from ziti_api.types import UNSET, Unset

from sessionward.core import (
    APIResponseValidationError,
    AsyncOffsetPager,
    OffsetPager,
    Page,
    aunwrap,
    unwrap,
    validate_path_param,
)
from sessionward.ziti._revoke import (
    DEFAULT_MAX_CONCURRENCY,
    DeleteResult,
    Outcome,
    RevokePlan,
    RevokeResult,
    check_max_concurrency,
    classify,
    run_async,
    run_sync,
)

if TYPE_CHECKING:
    from sessionward.ziti._client import AsyncZiti, Ziti

DEFAULT_PAGE_SIZE = 100


def filter_argument(filter: str | None) -> str | Unset:
    """The generated call's `filter_`: absent for None or an empty filter."""
    if filter is None or filter == "":
        return UNSET
    if not isinstance(filter, str):
        raise TypeError("filter must be a ZitiQL string (see ZitiFilter) or None")
    return filter


def to_page(envelope: ListApiSessionsEnvelope, offset: int) -> Page[ApiSessionDetail]:
    """Turn one list envelope into a `Page`, checking that the server honoured the offset.

    Raises `APIResponseValidationError` when the page starts elsewhere: the controller lets a
    `skip` clause inside the filter override the offset, which would make every page the same.
    """
    pagination = envelope.meta.pagination
    if isinstance(pagination, Unset):
        return Page(items=envelope.data)
    if pagination.offset != offset:
        raise APIResponseValidationError(
            f"asked for the API sessions from offset {offset} but the controller answered with "
            f"offset {pagination.offset}; a `skip` clause in the filter overrides paging. Remove "
            "`skip` and `limit` from the filter and use page_size instead."
        )
    return Page(items=envelope.data, total=pagination.total_count)


class ApiSessions:
    """The API sessions of every identity (admin access): `ziti.api_sessions`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401: the session is
    not an admin's, or the login failed), `PermissionDeniedError` (403 on delete for
    non-admins), `NotFoundError` (404), `RateLimitError`, `InternalServerError`,
    `APIConnectionError`, `APIResponseValidationError`.
    """

    def __init__(self, client: Ziti) -> None:
        self._client = client

    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> OffsetPager[ApiSessionDetail]:
        """Return a lazy pager over the sessions matching the ZitiQL `filter` (all when None).

        Nothing is sent until iteration starts; each page of `page_size` sessions is fetched when
        the previous one is used up, and each new iteration starts again from the first page.
        `pager.total` is the controller's `totalCount` once a page was fetched; `pager.pages()`
        yields whole pages. Build filters with `ZitiFilter` to quote values safely. Raises
        `ValueError` for a page size below 1.
        """
        generated = self._client._generated
        filter_ = filter_argument(filter)

        def fetch(offset: int, limit: int) -> Page[ApiSessionDetail]:
            envelope = unwrap(
                lambda: list_api_sessions.sync_detailed(
                    client=generated, limit=limit, offset=offset, filter_=filter_
                ),
                ListApiSessionsEnvelope,
            )
            return to_page(envelope, offset)

        return OffsetPager(fetch, limit=page_size)

    def get(self, id: str) -> ApiSessionDetail:
        """Return the API session `id`; raises `NotFoundError` if there is none."""
        session_id = validate_path_param("id", id)
        envelope = unwrap(
            lambda: detail_api_sessions.sync_detailed(session_id, client=self._client._generated),
            DetailApiSessionEnvelope,
        )
        return envelope.data

    def delete(self, id: str) -> None:
        """Delete (revoke) the API session `id`; its token is rejected from then on.

        Raises `NotFoundError` if there is none, `PermissionDeniedError` for a non-admin.
        Deleting the client's own session logs it out (see `Ziti.logout`).
        """
        session_id = validate_path_param("id", id)
        unwrap(
            lambda: delete_api_sessions.sync_detailed(session_id, client=self._client._generated),
            Empty,
        )

    def revoke_all(
        self,
        *,
        filter: str | None = None,
        include_current: bool = False,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> RevokeResult:
        """Delete every API session matching `filter`, and report what happened to each.

        Use it to cut off an identity: `revoke_all(filter=ZitiFilter.eq("identityId", x))`.
        With `filter=None` it revokes every session of the controller but the client's own.
        The matching ids are collected first (the listing shifts while sessions disappear),
        then deleted on up to `max_concurrency` threads. A failed delete never stops the others:
        it lands in `result.failed`; a 404 (expired meanwhile) in `result.already_gone`.

        The client's own session is left alone (`result.skipped`) unless `include_current` is
        True; it is then deleted last, after which a password client logs in afresh on its next
        call and a session-token client is logged out for good.

        Raises (before deleting anything) what listing raises, e.g. `AuthenticationError` for a
        non-admin, and `ValueError` for a `max_concurrency` or `page_size` below 1.
        """
        check_max_concurrency(max_concurrency)
        pager = self.list(filter=filter, page_size=page_size)
        current_id = self._client.current_session().id
        plan = RevokePlan.build(
            (session.id for session in pager),
            current_id=current_id,
            include_current=include_current,
        )
        outcomes = run_sync(plan.first, self._delete_outcome, max_concurrency=max_concurrency)
        for session_id in plan.last:
            outcomes[session_id] = self._delete_outcome(session_id)
            if outcomes[session_id] is Outcome.REVOKED:
                self._client._session_ended()
        return plan.result(outcomes)

    def _delete_outcome(self, session_id: str) -> DeleteResult:
        try:
            self.delete(session_id)
        except Exception as error:  # every failure is reported, see classify
            return classify(error)
        return Outcome.REVOKED

    def __repr__(self) -> str:
        return f"<ApiSessions of {self._client!r}>"


class AsyncApiSessions:
    """The async twin of `ApiSessions`: `async for` over `list()`, the rest awaitable."""

    def __init__(self, client: AsyncZiti) -> None:
        self._client = client

    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncOffsetPager[ApiSessionDetail]:
        """Return a lazy async pager over the matching sessions; see `ApiSessions.list`."""
        generated = self._client._generated
        filter_ = filter_argument(filter)

        async def fetch(offset: int, limit: int) -> Page[ApiSessionDetail]:
            envelope = await aunwrap(
                lambda: list_api_sessions.asyncio_detailed(
                    client=generated, limit=limit, offset=offset, filter_=filter_
                ),
                ListApiSessionsEnvelope,
            )
            return to_page(envelope, offset)

        return AsyncOffsetPager(fetch, limit=page_size)

    async def get(self, id: str) -> ApiSessionDetail:
        """Return the API session `id`; see `ApiSessions.get`."""
        session_id = validate_path_param("id", id)
        envelope = await aunwrap(
            lambda: detail_api_sessions.asyncio_detailed(
                session_id, client=self._client._generated
            ),
            DetailApiSessionEnvelope,
        )
        return envelope.data

    async def delete(self, id: str) -> None:
        """Delete (revoke) the API session `id`; see `ApiSessions.delete`."""
        session_id = validate_path_param("id", id)
        await aunwrap(
            lambda: delete_api_sessions.asyncio_detailed(
                session_id, client=self._client._generated
            ),
            Empty,
        )

    async def revoke_all(
        self,
        *,
        filter: str | None = None,
        include_current: bool = False,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> RevokeResult:
        """Delete every matching session with at most `max_concurrency` deletes in flight.

        Same contract as `ApiSessions.revoke_all`, with tasks instead of threads.
        """
        check_max_concurrency(max_concurrency)
        pager = self.list(filter=filter, page_size=page_size)
        current_id = (await self._client.current_session()).id
        plan = RevokePlan.build(
            [session.id async for session in pager],
            current_id=current_id,
            include_current=include_current,
        )
        outcomes = await run_async(
            plan.first, self._delete_outcome, max_concurrency=max_concurrency
        )
        for session_id in plan.last:
            outcomes[session_id] = await self._delete_outcome(session_id)
            if outcomes[session_id] is Outcome.REVOKED:
                self._client._session_ended()
        return plan.result(outcomes)

    async def _delete_outcome(self, session_id: str) -> DeleteResult:
        try:
            await self.delete(session_id)
        except Exception as error:  # every failure is reported, see classify
            return classify(error)
        return Outcome.REVOKED

    def __repr__(self) -> str:
        return f"<AsyncApiSessions of {self._client!r}>"
