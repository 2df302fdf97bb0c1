"""The operations of the seed documentation pages, transcribed by hand from ``shared/seeds``.

This table is the independent ground truth the hand-written specs are checked against: each row is
what a vendor's public page documents for one operation (method, path, operation name, parameters
and response codes). A spec may document more (newer upstream responses, paging parameters the
issue asks for), never less, and never something different.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SeedParameter:
    """One documented parameter: its wire name, location, JSON-schema type and required flag."""

    name: str
    location: str
    type: str
    required: bool
    format: str | None = None


@dataclass(frozen=True)
class SeedOperation:
    """One documented operation of a seed page."""

    api: str
    operation_id: str
    method: str
    path: str
    responses: frozenset[str]
    parameters: tuple[SeedParameter, ...] = ()
    has_request_body: bool = False
    success_has_body: bool = True
    extra_parameters: tuple[SeedParameter, ...] = field(default=())


_ACTIVE = "/api/2.0/security/activeconnections"

SEED_OPERATIONS: tuple[SeedOperation, ...] = (
    # 000: ONLYOFFICE DocSpace, SecurityActiveConnectionsApi
    SeedOperation(
        "docspace", "get_all_active_connections", "get", _ACTIVE, frozenset({"200", "401"})
    ),
    SeedOperation(
        "docspace",
        "log_out_active_connection",
        "put",
        f"{_ACTIVE}/logout/{{loginEventId}}",
        frozenset({"200", "401", "403"}),
        (SeedParameter("loginEventId", "path", "integer", True, "int32"),),
    ),
    SeedOperation(
        "docspace",
        "log_out_all_active_connections_change_password",
        "put",
        f"{_ACTIVE}/logoutallchangepassword",
        frozenset({"200", "401"}),
    ),
    SeedOperation(
        "docspace",
        "log_out_all_active_connections_for_user",
        "put",
        f"{_ACTIVE}/logoutall/{{userId}}",
        frozenset({"200", "401", "403"}),
        (SeedParameter("userId", "path", "string", True, "uuid"),),
        success_has_body=False,
    ),
    SeedOperation(
        "docspace",
        "log_out_all_except_this_connection",
        "put",
        f"{_ACTIVE}/logoutallexceptthis",
        frozenset({"200", "401"}),
    ),
    # 002: Dynatrace Managed Cluster API v2, UserManagementApi (the Go page lists no codes but the
    # success one; the reference restates the upstream spec's).
    SeedOperation(
        "dynatrace",
        "get_concurrent_session_policy_config",
        "get",
        "/clusterConfig/userSessions",
        frozenset({"200"}),
    ),
    SeedOperation(
        "dynatrace",
        "update_concurrent_session_policy_config",
        "put",
        "/clusterConfig/userSessions",
        frozenset({"200", "400", "510"}),
        has_request_body=True,
        success_has_body=False,
    ),
    SeedOperation(
        "dynatrace",
        "get_user_sessions",
        "get",
        "/userSessions",
        frozenset({"200", "500"}),
        (SeedParameter("userId", "query", "string", False),),
    ),
    SeedOperation(
        "dynatrace",
        "remove_user_session",
        "delete",
        "/userSessions",
        frozenset({"200", "400", "404", "500", "510"}),
        # Documented as "User ID (mandatory)"; the upstream flag says optional but the server
        # answers 400 without it, so the spec makes it required on purpose.
        (SeedParameter("userId", "query", "string", True),),
        success_has_body=False,
    ),
    # 003: OpenZiti Edge Management API v1, APISessionApi
    SeedOperation(
        "ziti",
        "list_api_sessions",
        "get",
        "/api-sessions",
        frozenset({"200", "400", "401"}),
        (
            SeedParameter("limit", "query", "integer", False),
            SeedParameter("offset", "query", "integer", False),
            SeedParameter("filter", "query", "string", False),
        ),
    ),
    SeedOperation(
        "ziti",
        "detail_api_sessions",
        "get",
        "/api-sessions/{id}",
        frozenset({"200", "401", "404"}),
        (SeedParameter("id", "path", "string", True),),
    ),
    SeedOperation(
        "ziti",
        "delete_api_sessions",
        "delete",
        "/api-sessions/{id}",
        frozenset({"200", "403", "404"}),
        (SeedParameter("id", "path", "string", True),),
    ),
    # 004: Authress, ConnectionsApi
    SeedOperation(
        "authress",
        "create_connection",
        "post",
        "/v1/connections",
        frozenset({"201", "401", "403"}),
        has_request_body=True,
    ),
    SeedOperation(
        "authress",
        "delete_connection",
        "delete",
        "/v1/connections/{connectionId}",
        frozenset({"204", "401", "403", "404"}),
        (SeedParameter("connectionId", "path", "string", True),),
        success_has_body=False,
    ),
    SeedOperation(
        "authress",
        "get_connection",
        "get",
        "/v1/connections/{connectionId}",
        frozenset({"200", "401", "403", "404"}),
        (SeedParameter("connectionId", "path", "string", True),),
    ),
    SeedOperation(
        "authress",
        "get_connection_credentials",
        "get",
        "/v1/connections/{connectionId}/users/{userId}/credentials",
        frozenset({"200", "401", "403", "404"}),
        (
            SeedParameter("connectionId", "path", "string", True),
            SeedParameter("userId", "path", "string", True),
        ),
    ),
    SeedOperation(
        "authress",
        "get_connections",
        "get",
        "/v1/connections",
        frozenset({"200", "401", "403"}),
        # Not on the seed page (it lists no parameters) but in the vendor's newer docs; the issue
        # asks for them, so the spec must carry them.
        extra_parameters=(
            SeedParameter("limit", "query", "integer", False),
            SeedParameter("cursor", "query", "string", False),
            SeedParameter("filter", "query", "string", False),
        ),
    ),
    SeedOperation(
        "authress",
        "update_connection",
        "put",
        "/v1/connections/{connectionId}",
        frozenset({"200", "401", "403", "404"}),
        (SeedParameter("connectionId", "path", "string", True),),
        has_request_body=True,
    ),
)

# Operations the issue adds beyond the seed pages so that a Ziti client can log in and out.
LOGIN_OPERATIONS: tuple[SeedOperation, ...] = (
    SeedOperation(
        "ziti",
        "authenticate",
        "post",
        "/authenticate",
        frozenset({"200", "400", "401"}),
        (SeedParameter("method", "query", "string", True),),
        has_request_body=True,
    ),
    SeedOperation(
        "ziti",
        "delete_current_api_session",
        "delete",
        "/current-api-session",
        frozenset({"200", "401"}),
    ),
)
