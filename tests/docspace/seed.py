"""The DocSpace operations of its seed page, transcribed by hand, and its auth schemes.

`SEED_OPERATIONS` is the independent ground truth that `tests/specs` checks the spec
`specs/docspace/openapi.yaml` against (see `tests/specs/seed_operations.py`); `SECURITY_SCHEMES`
lists the (scheme name, type, location or HTTP scheme, header or cookie name) it must declare.
"""

from __future__ import annotations

from tests.specs._seeds import SeedOperation, SeedParameter

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
)

SECURITY_SCHEMES: set[tuple[str, str, str, str]] = {
    ("asc_auth_key", "apiKey", "cookie", "asc_auth_key"),
    ("Bearer", "http", "bearer", ""),
}
