"""The `connections` resource of the Authress clients: SSO connections and user credentials.

`Connections` and `AsyncConnections` call the generated `connections` operations through the
client's configured httpx client and return the generated models. Shared by both: the page built
from a `ConnectionCollection`, and the request body of create and update, which is the caller's
connection without the read-only fields the server manages (`created_time`, `last_updated`,
`is_active_connection`): a connection read from the API can be changed and sent back as is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from authress_api.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    get_connection_credentials,
    get_connections,
    update_connection,
)
from authress_api.models import (
    Connection,
    ConnectionCollection,
    PaginationNext,
    UserConnectionCredentials,
)
from authress_api.types import UNSET, Unset

from sessionward.core import (
    AsyncCursorPager,
    CursorPager,
    Page,
    aunwrap,
    aunwrap_empty,
    unwrap,
    unwrap_empty,
    validate_path_param,
)

if TYPE_CHECKING:
    from sessionward.authress._client import AsyncAuthress, Authress

DEFAULT_PAGE_SIZE = 100
# Server-managed (readOnly in the API description): never part of a create or update body.
READ_ONLY_KEYS = frozenset({"createdTime", "lastUpdated", "isActiveConnection"})


def check_page_size(page_size: int) -> int:
    """Return `page_size` if it is an integer >= 1; raise `ValueError` otherwise."""
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError("page_size must be an integer >= 1")
    return page_size


def text_argument(name: str, value: str | None) -> str | Unset:
    """An optional text query argument: absent for None or empty."""
    if value is None or value == "":
        return UNSET
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None")
    return value


def to_page(collection: ConnectionCollection) -> Page[Connection]:
    """Turn one `ConnectionCollection` into a `Page` whose cursor leads to the next one."""
    pagination = collection.pagination
    following = None if isinstance(pagination, Unset) else pagination.next_
    cursor = following.cursor if isinstance(following, PaginationNext) else None
    return Page(items=collection.connections, next_cursor=cursor)


def writable(connection: Connection) -> Connection:
    """Return a copy of `connection` without the read-only fields, to send as a request body.

    Raises `TypeError` if `connection` is not a `Connection`.
    """
    if not isinstance(connection, Connection):
        raise TypeError(
            f"connection must be a sessionward.authress.Connection, not {type(connection).__name__}"
        )
    body = attrs.evolve(
        connection, created_time=UNSET, last_updated=UNSET, is_active_connection=UNSET
    )
    # evolve() leaves out fields that are not constructor arguments, such as unknown properties.
    body.additional_properties = {
        key: value
        for key, value in connection.additional_properties.items()
        if key not in READ_ONLY_KEYS
    }
    return body


def update_body(connection_id: str, connection: Connection) -> Connection:
    """The body of an update: `writable(connection)`, refusing a conflicting `connection_id`.

    Raises `ValueError` when the connection names another id than the path: the API cannot
    rename a connection, and the mismatch is nearly always a mix-up of two connections.
    """
    body = writable(connection)
    named = connection.connection_id
    if isinstance(named, str) and named and named != connection_id:
        raise ValueError(
            f"the connection's connection_id {named!r} differs from the connection_id "
            f"{connection_id!r} to update; a connection cannot be renamed"
        )
    return body


class Connections:
    """The SSO connections of the Authress account: `authress.connections`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401: the token is
    invalid or expired), `PermissionDeniedError` (403: the client may not do this),
    `NotFoundError` (404), `BadRequestError` (400: an invalid connection or cursor),
    `RateLimitError`, `InternalServerError`, `APIConnectionError`, `APIResponseValidationError`.
    """

    def __init__(self, client: Authress) -> None:
        self._client = client

    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> CursorPager[Connection]:
        """Return a lazy pager over the connections, optionally matching `filter`.

        `filter` is Authress's case-insensitive search over a connection's text properties.
        Nothing is sent until iteration starts; each page (up to `page_size` connections) is
        fetched when the previous one is used up; `pager.pages()` yields whole pages. Raises
        `ValueError` for a page size below 1.
        """
        generated = self._client._generated
        limit = check_page_size(page_size)
        filter_ = text_argument("filter", filter)

        def fetch(cursor: str | None) -> Page[Connection]:
            collection = unwrap(
                lambda: get_connections.sync_detailed(
                    client=generated,
                    limit=limit,
                    cursor=text_argument("cursor", cursor),
                    filter_=filter_,
                ),
                ConnectionCollection,
            )
            return to_page(collection)

        return CursorPager(fetch)

    def get(self, connection_id: str) -> Connection:
        """Return the connection `connection_id`; raises `NotFoundError` if there is none."""
        path_id = validate_path_param("connection_id", connection_id)
        return unwrap(
            lambda: get_connection.sync_detailed(path_id, client=self._client._generated),
            Connection,
        )

    def create(self, connection: Connection) -> Connection:
        """Create a connection and return it as stored (with its `connection_id`, timestamps).

        Read-only fields on `connection` are not sent. Without a `connection_id` Authress
        generates one. Raises `BadRequestError` for an invalid connection or an id in use.
        Not retried on a failure after sending (a POST is not idempotent); wrap the call in
        `sessionward.core.request_options(idempotent=True)` if the body names its id.
        """
        body = writable(connection)
        return unwrap(
            lambda: create_connection.sync_detailed(client=self._client._generated, body=body),
            Connection,
        )

    def update(self, connection_id: str, connection: Connection) -> Connection:
        """Replace the connection `connection_id` with `connection`; return it as stored.

        The update replaces the whole connection: pass every property to keep (reading it with
        `get()`, changing it and passing it back is the usual way). Read-only fields are not
        sent, and a write-only `client_secret` is not returned by reads, so set it again if the
        provider needs it. Raises `ValueError` if `connection.connection_id` names another
        connection, `NotFoundError` if there is none.
        """
        path_id = validate_path_param("connection_id", connection_id)
        body = update_body(path_id, connection)
        return unwrap(
            lambda: update_connection.sync_detailed(
                path_id, client=self._client._generated, body=body
            ),
            Connection,
        )

    def delete(self, connection_id: str) -> None:
        """Delete the connection `connection_id` (and the user credentials it held).

        Raises `NotFoundError` if there is none.
        """
        path_id = validate_path_param("connection_id", connection_id)
        unwrap_empty(
            lambda: delete_connection.sync_detailed(path_id, client=self._client._generated)
        )

    def get_user_credentials(self, connection_id: str, user_id: str) -> UserConnectionCredentials:
        """Return the provider access token that `user_id` obtained at their latest login.

        `user_id` is the Authress user id. The token is a credential: `access_token` is kept out
        of the model's repr, and should be kept out of logs. Raises `NotFoundError` when the
        connection or the user's credentials do not exist.
        """
        path_id = validate_path_param("connection_id", connection_id)
        path_user = validate_path_param("user_id", user_id)
        return unwrap(
            lambda: get_connection_credentials.sync_detailed(
                path_id, path_user, client=self._client._generated
            ),
            UserConnectionCredentials,
        )

    def __repr__(self) -> str:
        return f"<Connections of {self._client!r}>"


class AsyncConnections:
    """The async twin of `Connections`: `async for` over `list()`, the rest awaitable."""

    def __init__(self, client: AsyncAuthress) -> None:
        self._client = client

    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncCursorPager[Connection]:
        """Return a lazy async pager over the connections; see `Connections.list`."""
        generated = self._client._generated
        limit = check_page_size(page_size)
        filter_ = text_argument("filter", filter)

        async def fetch(cursor: str | None) -> Page[Connection]:
            collection = await aunwrap(
                lambda: get_connections.asyncio_detailed(
                    client=generated,
                    limit=limit,
                    cursor=text_argument("cursor", cursor),
                    filter_=filter_,
                ),
                ConnectionCollection,
            )
            return to_page(collection)

        return AsyncCursorPager(fetch)

    async def get(self, connection_id: str) -> Connection:
        """Return the connection `connection_id`; see `Connections.get`."""
        path_id = validate_path_param("connection_id", connection_id)
        return await aunwrap(
            lambda: get_connection.asyncio_detailed(path_id, client=self._client._generated),
            Connection,
        )

    async def create(self, connection: Connection) -> Connection:
        """Create a connection and return it as stored; see `Connections.create`."""
        body = writable(connection)
        return await aunwrap(
            lambda: create_connection.asyncio_detailed(client=self._client._generated, body=body),
            Connection,
        )

    async def update(self, connection_id: str, connection: Connection) -> Connection:
        """Replace the connection `connection_id`; see `Connections.update`."""
        path_id = validate_path_param("connection_id", connection_id)
        body = update_body(path_id, connection)
        return await aunwrap(
            lambda: update_connection.asyncio_detailed(
                path_id, client=self._client._generated, body=body
            ),
            Connection,
        )

    async def delete(self, connection_id: str) -> None:
        """Delete the connection `connection_id`; see `Connections.delete`."""
        path_id = validate_path_param("connection_id", connection_id)
        await aunwrap_empty(
            lambda: delete_connection.asyncio_detailed(path_id, client=self._client._generated)
        )

    async def get_user_credentials(
        self, connection_id: str, user_id: str
    ) -> UserConnectionCredentials:
        """Return a user's provider access token; see `Connections.get_user_credentials`."""
        path_id = validate_path_param("connection_id", connection_id)
        path_user = validate_path_param("user_id", user_id)
        return await aunwrap(
            lambda: get_connection_credentials.asyncio_detailed(
                path_id, path_user, client=self._client._generated
            ),
            UserConnectionCredentials,
        )

    def __repr__(self) -> str:
        return f"<AsyncConnections of {self._client!r}>"
