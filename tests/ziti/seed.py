"""The Ziti operations of its seed page, transcribed by hand, and its auth schemes.

`SEED_OPERATIONS` is the independent ground truth that `tests/specs` checks the spec
`specs/ziti/openapi.yaml` against (see `tests/specs/seed_operations.py`); `SECURITY_SCHEMES`
lists the (scheme name, type, location or HTTP scheme, header or cookie name) it must declare.
"""

from __future__ import annotations

from tests.specs._seeds import SeedOperation, SeedParameter

SEED_OPERATIONS: tuple[SeedOperation, ...] = (
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

SECURITY_SCHEMES: set[tuple[str, str, str, str]] = {
    ("ztSession", "apiKey", "header", "zt-session"),
    ("oauth2", "oauth2", "", ""),
}
