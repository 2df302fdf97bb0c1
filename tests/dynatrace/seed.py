"""The Dynatrace operations of its seed page, transcribed by hand, and its auth schemes.

`SEED_OPERATIONS` is the independent ground truth that `tests/specs` checks the spec
`specs/dynatrace/openapi.yaml` against (see `tests/specs/seed_operations.py`); `SECURITY_SCHEMES`
lists the (scheme name, type, location or HTTP scheme, header or cookie name) it must declare.
"""

from __future__ import annotations

from tests.specs._seeds import SeedOperation, SeedParameter

SEED_OPERATIONS: tuple[SeedOperation, ...] = (
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
)

SECURITY_SCHEMES: set[tuple[str, str, str, str]] = {
    ("Api-Token", "apiKey", "header", "Authorization")
}
