"""The `api_sessions` resource of the Ziti clients: list, get, delete and bulk revoke.

Each operation is written once, as steps over the narrow `ZitiContext` (`ApiSessionsResource`),
and returns the generated models unwrapped from their envelopes; `ApiSessions` and
`AsyncApiSessions` are its sync and async twins. The revoke plan and result live in `_revoke`.
"""

from __future__ import annotations

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
    APIResource,
    APIResponseValidationError,
    Async,
    ModeT,
    OffsetListing,
    Page,
    Steps,
    Sync,
    call,
    check_positive_int,
    collect_offset,
    for_each,
    operation,
    pager,
    validate_path_param,
)
from sessionward.ziti._revoke import (
    DEFAULT_MAX_CONCURRENCY,
    DeleteResult,
    Outcome,
    RevokePlan,
    RevokeResult,
    classify,
)
from sessionward.ziti._session import ZitiContext, current_session_steps

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


class ApiSessionsResource(APIResource[ModeT, ZitiContext]):
    """The API sessions of every identity (admin access): `ziti.api_sessions`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401: the session is
    not an admin's, or the login failed), `PermissionDeniedError` (403 on delete for
    non-admins), `NotFoundError` (404), `RateLimitError`, `InternalServerError`,
    `APIConnectionError`, `APIResponseValidationError`.
    """

    @pager
    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> OffsetListing[ApiSessionDetail]:
        """Return a lazy pager over the sessions matching the ZitiQL `filter` (all when None).

        Nothing is sent until iteration starts (`for`, or `async for` on the async client); each
        page of `page_size` sessions is fetched when the previous one is used up, and each new
        iteration starts again from the first page. `pager.total` is the controller's
        `totalCount` once a page was fetched; `pager.pages()` yields whole pages. Build filters
        with `ZitiFilter` to quote values safely. Raises `InvalidArgumentError` (a `ValueError`)
        for a page size below 1.
        """
        return self._listing(filter, page_size)

    def _listing(self, filter: str | None, page_size: int) -> OffsetListing[ApiSessionDetail]:
        generated = self._context.generated
        filter_ = filter_argument(filter)
        limit = check_positive_int("page_size", page_size)

        def fetch(offset: int, limit: int) -> Steps[Page[ApiSessionDetail]]:
            envelope = yield from call(
                list_api_sessions,
                ListApiSessionsEnvelope,
                client=generated,
                limit=limit,
                offset=offset,
                filter_=filter_,
            )
            return to_page(envelope, offset)

        return OffsetListing(fetch, limit=limit)

    @operation
    def get(self, id: str) -> Steps[ApiSessionDetail]:
        """Return the API session `id`; raises `NotFoundError` if there is none."""
        session_id = validate_path_param("id", id)
        envelope = yield from call(
            detail_api_sessions,
            DetailApiSessionEnvelope,
            session_id,
            client=self._context.generated,
        )
        return envelope.data

    @operation
    def delete(self, id: str) -> Steps[None]:
        """Delete (revoke) the API session `id`; its token is rejected from then on.

        Raises `NotFoundError` if there is none, `PermissionDeniedError` for a non-admin.
        Deleting the client's own session logs it out (see `Ziti.logout`).
        """
        session_id = validate_path_param("id", id)
        yield from call(delete_api_sessions, Empty, session_id, client=self._context.generated)

    @operation
    def revoke_all(
        self,
        *,
        filter: str | None = None,
        include_current: bool = False,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Steps[RevokeResult]:
        """Delete every API session matching `filter`, and report what happened to each.

        Use it to cut off an identity: `revoke_all(filter=ZitiFilter.eq("identityId", x))`.
        With `filter=None` it revokes every session of the controller but the client's own.
        The matching ids are collected first (the listing shifts while sessions disappear),
        then deleted with up to `max_concurrency` in flight (threads on the sync client, tasks on
        the async one). A failed delete never stops the others: it lands in `result.failed`; a
        404 (expired meanwhile) in `result.already_gone`.

        The client's own session is left alone (`result.skipped`) unless `include_current` is
        True; it is then deleted last, after which a password client logs in afresh on its next
        call and a session-token client is logged out for good.

        Raises (before deleting anything) what listing raises, e.g. `AuthenticationError` for a
        non-admin, and `InvalidArgumentError` (a `ValueError`) for a `max_concurrency` or
        `page_size` below 1.
        """
        check_positive_int("max_concurrency", max_concurrency)
        listing = self._listing(filter, page_size)
        ids = yield from collect_offset(listing, lambda session: session.id)
        current = yield from current_session_steps(self._context.generated)
        plan = RevokePlan.build(
            ids,
            current_id=current.id,
            include_current=include_current,
        )
        outcomes = yield from for_each(
            plan.first, self._delete_outcome, max_concurrency=max_concurrency
        )
        for session_id in plan.last:
            outcomes[session_id] = yield from self._delete_outcome(session_id)
            if outcomes[session_id] is Outcome.REVOKED:
                self._context.session_ended()
        return plan.result(outcomes)

    def _delete_outcome(self, session_id: str) -> Steps[DeleteResult]:
        try:
            yield from call(delete_api_sessions, Empty, session_id, client=self._context.generated)
        except Exception as error:  # every failure is reported, see classify
            return classify(error)
        return Outcome.REVOKED


class ApiSessions(ApiSessionsResource[Sync]):
    """The API sessions of every identity, with blocking calls: `ziti.api_sessions`."""


class AsyncApiSessions(ApiSessionsResource[Async]):
    """The API sessions of every identity, with awaitable calls and `async for` over `list()`."""
