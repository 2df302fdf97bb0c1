"""The `active_connections` resource of DocSpace, sync (`ActiveConnections`) and async twins.

Each operation is written once, as steps over the bound generated client
(`ActiveConnectionsResource`): it checks its arguments, calls one generated operation and opens
the DocSpace envelope. `ActiveConnections` and `AsyncActiveConnections` are its sync and async
twins. DocSpace reports some failures as HTTP 200 with `false` or `null`; those come back as
`False` / `None` exactly as the server sent them, each documented on its method, never as a guess.
"""

from __future__ import annotations

import uuid

from docspace_api.api.active_connections import (
    get_all_active_connections,
    log_out_active_connection,
    log_out_all_active_connections_change_password,
    log_out_all_active_connections_for_user,
    log_out_all_except_this_connection,
)
from docspace_api.client import Client
from docspace_api.models import (
    ActiveConnectionsDto,
    ActiveConnectionsWrapper,
    BooleanWrapper,
    StringWrapper,
)

from sessionward.core import APIResource, Async, ModeT, Steps, Sync, call_empty, operation
from sessionward.docspace._envelope import enveloped, enveloped_text
from sessionward.docspace._params import login_event_id_param, user_id_param


class ActiveConnectionsResource(APIResource[ModeT, Client]):
    """The signed-in sessions (login events) of DocSpace users: `client.active_connections`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401) for a wrong or
    expired credential, `RateLimitError` (429) once the retries are spent, `InternalServerError`
    for 5xx, `APIConnectionError` / `APITimeoutError`, and `APIResponseValidationError` for a
    body that is not what the API promises. Calls that need administrator rights raise
    `PermissionDeniedError` (403) otherwise.
    """

    @operation
    def list(self) -> Steps[ActiveConnectionsDto]:
        """Return the active connections of the calling user, the current one first.

        `items` lists the connections (`id` is what `log_out()` takes); `login_event` is the id
        of the current connection when the client authenticates with `auth_cookie`, and 0 with a
        `token` (a header token is tied to no connection DocSpace can point at).
        """
        return (
            yield from enveloped(
                get_all_active_connections,
                ActiveConnectionsWrapper,
                ActiveConnectionsDto,
                client=self._context,
            )
        )

    @operation
    def log_out(self, login_event_id: int) -> Steps[bool]:
        """Close the connection with this login event id; return whether DocSpace closed one.

        `False` is DocSpace's own answer (HTTP 200 with `false`) when no such connection exists
        (already closed, or never was) or closing it failed: nothing was logged out. Closing
        another user's connection needs administrator rights (`PermissionDeniedError`). A PUT is
        retried after a 5xx or a dropped connection, so if the first attempt did close the
        connection, the retry answers `False`. Raises `InvalidPathParameterError` for an id
        outside int32 and `TypeError` for a non-int, before sending.
        """
        event_id = login_event_id_param(login_event_id)
        return (
            yield from enveloped(
                log_out_active_connection, BooleanWrapper, bool, event_id, client=self._context
            )
        )

    @operation
    def log_out_all_for_user(self, user_id: str | uuid.UUID) -> Steps[None]:
        """Close every connection of the user `user_id` (administrators only).

        This is the call for "revoke everything of one user". DocSpace answers success for a
        well-formed id of no user as well (nothing is closed). Raises `PermissionDeniedError`
        unless the caller is a DocSpace or People administrator, and `InvalidPathParameterError`
        before sending when `user_id` is not a UUID.
        """
        user = user_id_param(user_id)
        yield from call_empty(log_out_all_active_connections_for_user, user, client=self._context)

    @operation
    def log_out_all_except_current(self) -> Steps[str | None]:
        """Close every connection of the calling user except the current one; return their name.

        Only an `auth_cookie` client has a current connection: with a `token`, *every* connection
        of the caller is closed, including the one behind a session token (which then stops
        working). Returns the caller's display name, or `None` when DocSpace answered
        `response: null` (HTTP 200), its way of reporting an internal failure: then it is unknown
        which connections were closed; call `list()` to see.
        """
        name = yield from enveloped_text(
            log_out_all_except_this_connection, StringWrapper, client=self._context
        )
        return name.text

    @operation
    def log_out_all_and_change_password(self) -> Steps[str | None]:
        """Close every connection of the caller, the current one included; start a password change.

        DocSpace mails the user instructions and returns the URL of the password-change
        confirmation. Returns that URL, or `None` when DocSpace answered `response: null`
        (HTTP 200), its way of reporting an internal failure: then neither the logout nor the
        mail can be assumed to have happened. After success the client's own session token no
        longer works (an API key keeps working).
        """
        link = yield from enveloped_text(
            log_out_all_active_connections_change_password, StringWrapper, client=self._context
        )
        return link.text


class ActiveConnections(ActiveConnectionsResource[Sync]):
    """The signed-in sessions of DocSpace users, with blocking calls."""


class AsyncActiveConnections(ActiveConnectionsResource[Async]):
    """The signed-in sessions of DocSpace users, with awaitable calls."""
