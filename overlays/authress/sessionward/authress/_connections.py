"""The `connections` resource of the Authress clients: SSO connections and user credentials.

Each operation is written once, as steps over the bound generated client (`ConnectionsResource`);
`Connections` and `AsyncConnections` are its sync and async twins. The request body of create and
update is the caller's connection without the read-only fields the server manages
(`created_time`, `last_updated`, `is_active_connection`): a connection read from the API can be
changed and sent back as is.
"""

from __future__ import annotations

import attrs
from authress_api.api.connections import (
    create_connection,
    delete_connection,
    get_connection,
    get_connection_credentials,
    get_connections,
    update_connection,
)
from authress_api.client import AuthenticatedClient
from authress_api.models import (
    Connection,
    ConnectionCollection,
    PaginationNext,
    UserConnectionCredentials,
)
from authress_api.types import UNSET, Unset

from sessionward.core import (
    APIResource,
    Async,
    CursorListing,
    InvalidArgumentError,
    ModeT,
    Page,
    Steps,
    Sync,
    call,
    call_empty,
    check_positive_int,
    operation,
    pager,
    validate_path_param,
)

DEFAULT_PAGE_SIZE = 100
# Server-managed (readOnly in the API description): never part of a create or update body.
READ_ONLY_KEYS = frozenset({"createdTime", "lastUpdated", "isActiveConnection"})


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

    Raises `InvalidArgumentError` (a `ValueError`) naming `connection` when the connection
    names another id than the path: the API cannot rename a connection, and the mismatch is
    nearly always a mix-up of two connections.
    """
    body = writable(connection)
    named = connection.connection_id
    if isinstance(named, str) and named and named != connection_id:
        raise InvalidArgumentError(
            f"the connection's connection_id {named!r} differs from the connection_id "
            f"{connection_id!r} to update; a connection cannot be renamed",
            name="connection",
        )
    return body


class ConnectionsResource(APIResource[ModeT, AuthenticatedClient]):
    """The SSO connections of the Authress account: `authress.connections`.

    Every method raises the `sessionward.core` errors: `AuthenticationError` (401: the token is
    invalid or expired), `PermissionDeniedError` (403: the client may not do this),
    `NotFoundError` (404), `BadRequestError` (400: an invalid connection or cursor),
    `RateLimitError`, `InternalServerError`, `APIConnectionError`, `APIResponseValidationError`.
    """

    @pager
    def list(
        self, *, filter: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> CursorListing[Connection]:
        """Return a lazy pager over the connections, optionally matching `filter`.

        `filter` is Authress's case-insensitive search over a connection's text properties.
        Nothing is sent until iteration starts (`for`, or `async for` on the async client); each
        page (up to `page_size` connections) is fetched when the previous one is used up;
        `pager.pages()` yields whole pages. Raises `InvalidArgumentError` (a `ValueError`) for a
        page size below 1.
        """
        generated = self._context
        limit = check_positive_int("page_size", page_size)
        filter_ = text_argument("filter", filter)

        def fetch(cursor: str | None) -> Steps[Page[Connection]]:
            collection = yield from call(
                get_connections,
                ConnectionCollection,
                client=generated,
                limit=limit,
                cursor=text_argument("cursor", cursor),
                filter_=filter_,
            )
            return to_page(collection)

        return CursorListing(fetch)

    @operation
    def get(self, connection_id: str) -> Steps[Connection]:
        """Return the connection `connection_id`; raises `NotFoundError` if there is none."""
        path_id = validate_path_param("connection_id", connection_id)
        return (yield from call(get_connection, Connection, path_id, client=self._context))

    @operation
    def create(self, connection: Connection) -> Steps[Connection]:
        """Create a connection and return it as stored (with its `connection_id`, timestamps).

        Read-only fields on `connection` are not sent. Without a `connection_id` Authress
        generates one. Raises `BadRequestError` for an invalid connection or an id in use.
        Not retried on a failure after sending (a POST is not idempotent); wrap the call in
        `sessionward.core.request_options(idempotent=True)` if the body names its id.
        """
        body = writable(connection)
        return (yield from call(create_connection, Connection, client=self._context, body=body))

    @operation
    def update(self, connection_id: str, connection: Connection) -> Steps[Connection]:
        """Replace the connection `connection_id` with `connection`; return it as stored.

        The update replaces the whole connection: pass every property to keep (reading it with
        `get()`, changing it and passing it back is the usual way). Read-only fields are not
        sent, and a write-only `client_secret` is not returned by reads, so set it again if the
        provider needs it. Raises `InvalidArgumentError` (a `ValueError`) if
        `connection.connection_id` names another connection, `NotFoundError` if there is none.
        """
        path_id = validate_path_param("connection_id", connection_id)
        body = update_body(path_id, connection)
        return (
            yield from call(update_connection, Connection, path_id, client=self._context, body=body)
        )

    @operation
    def delete(self, connection_id: str) -> Steps[None]:
        """Delete the connection `connection_id` (and the user credentials it held).

        Raises `NotFoundError` if there is none.
        """
        path_id = validate_path_param("connection_id", connection_id)
        yield from call_empty(delete_connection, path_id, client=self._context)

    @operation
    def get_user_credentials(
        self, connection_id: str, user_id: str
    ) -> Steps[UserConnectionCredentials]:
        """Return the provider access token that `user_id` obtained at their latest login.

        `user_id` is the Authress user id. The token is a credential: `access_token` is kept out
        of the model's repr, and should be kept out of logs. Raises `NotFoundError` when the
        connection or the user's credentials do not exist.
        """
        path_id = validate_path_param("connection_id", connection_id)
        path_user = validate_path_param("user_id", user_id)
        return (
            yield from call(
                get_connection_credentials,
                UserConnectionCredentials,
                path_id,
                path_user,
                client=self._context,
            )
        )


class Connections(ConnectionsResource[Sync]):
    """The SSO connections of the Authress account, with blocking calls: `authress.connections`."""


class AsyncConnections(ConnectionsResource[Async]):
    """The SSO connections, with awaitable calls and `async for` over `list()`."""
