"""The Authress operations of its seed page, transcribed by hand, and its auth schemes.

`SEED_OPERATIONS` is the independent ground truth that `tests/specs` checks the spec
`specs/authress/openapi.yaml` against (see `tests/specs/seed_operations.py`); `SECURITY_SCHEMES`
lists the (scheme name, type, location or HTTP scheme, header or cookie name) it must declare.
"""

from __future__ import annotations

from tests.specs._seeds import SeedOperation, SeedParameter

SEED_OPERATIONS: tuple[SeedOperation, ...] = (
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

SECURITY_SCHEMES: set[tuple[str, str, str, str]] = {("oauth2", "http", "bearer", "")}
