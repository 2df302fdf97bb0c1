"""The credentials each built-in simulator hands out, typed per API.

`serve("ziti")` yields a `Simulator[ZitiCredentials]`, so that the documented pattern
`Ziti(sim.base_url, **sim.credentials)` type-checks: each TypedDict has exactly the keyword
arguments of that API's overlay client that authenticate it.
"""

from __future__ import annotations

from typing import TypedDict


class DocSpaceCredentials(TypedDict):
    """`DocSpace(base_url, token=...)`: the administrator's session token."""

    token: str


class DynatraceCredentials(TypedDict):
    """`DynatraceCluster(base_url, api_token=...)`: a token with the `ServiceProviderAPI` scope."""

    api_token: str


class ZitiCredentials(TypedDict):
    """`Ziti(base_url, username=..., password=...)`: the administrator's login."""

    username: str
    password: str


class AuthressCredentials(TypedDict):
    """`Authress(base_url, service_client_access_key=...)`: a service client's access key."""

    service_client_access_key: str
