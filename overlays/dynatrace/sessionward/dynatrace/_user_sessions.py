"""The `user_sessions` resource of Dynatrace: the web UI sessions signed in to the cluster.

Each operation is written once, as steps over the bound generated client
(`UserSessionsResource`); `UserSessions` and `AsyncUserSessions` are its sync and async twins.
Listing returns the bare JSON array the Cluster API sends (no envelope, no paging) as
`UserSession` models; removing ends every session of one user on every cluster node.
"""

from __future__ import annotations

import builtins

from dynatrace_api.api.user_management import get_user_sessions, remove_user_session
from dynatrace_api.client import Client
from dynatrace_api.models import UserSession
from dynatrace_api.types import UNSET

from sessionward.core import (
    APIResource,
    Async,
    ModeT,
    NotFoundError,
    Steps,
    Sync,
    call_empty,
    call_list,
    operation,
)
from sessionward.dynatrace._params import user_id_param


def answer_was_lost(error: NotFoundError) -> bool:
    """Whether a 404 came on a retry: an earlier attempt may have signed the user out already.

    The delete is retried after a dropped connection or a 5xx; when the first attempt did end
    the sessions but its answer was lost, the retry finds none. The caller asked for the user to
    have no session left, and that holds, so `remove` then returns instead of raising.
    """
    return error.attempts > 1


class UserSessionsResource(APIResource[ModeT, Client]):
    """The web UI sessions signed in to the cluster and its environments: `client.user_sessions`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401) for a missing,
    malformed or unknown token, `PermissionDeniedError` (403) for a token without the
    `ServiceProviderAPI` permission, `RateLimitError` (429) once the retries are spent,
    `InternalServerError` for 5xx (and the vendor's 510), `APIConnectionError` /
    `APITimeoutError`, and `APIResponseValidationError` for a body that is not what the API
    promises.
    """

    @operation
    def list(self, user_id: str | None = None) -> Steps[builtins.list[UserSession]]:
        """Return every signed-in session, or only those of `user_id` (empty list: none).

        Raises `InvalidArgumentError` for an empty `user_id` before sending.
        """
        query = UNSET if user_id is None else user_id_param(user_id)
        return (
            yield from call_list(
                get_user_sessions, UserSession, client=self._context, user_id=query
            )
        )

    @operation
    def remove(self, user_id: str, *, missing_ok: bool = False) -> Steps[None]:
        """End every session of `user_id` on every cluster node: "revoke everything of one user".

        The user is signed out of the Cluster Management Console and of every environment.
        Raises `NotFoundError` when the user has no session, unless `missing_ok=True` (then
        a user without sessions is simply done). A 404 on a retried attempt is success: the
        first attempt may have signed the user out and lost its answer, and either way the user
        has no session left. Raises `InvalidArgumentError` for an empty
        `user_id` before sending.
        """
        user = user_id_param(user_id)
        try:
            yield from call_empty(remove_user_session, client=self._context, user_id=user)
        except NotFoundError as error:
            if not (missing_ok or answer_was_lost(error)):
                raise


class UserSessions(UserSessionsResource[Sync]):
    """The signed-in web UI sessions, with blocking calls: `cluster.user_sessions`."""


class AsyncUserSessions(UserSessionsResource[Async]):
    """The signed-in web UI sessions, with awaitable calls: `cluster.user_sessions`."""
