"""`serve()`: a simulator for the length of a `with` block, failing loudly if it broke its spec.

The overloads only give each built-in key its typed credentials (`serve("ziti")` yields a
`Simulator[ZitiCredentials]`): each TypedDict below has exactly the keyword arguments of that
API's overlay client that authenticate it, so that `Ziti(sim.base_url, **sim.credentials)`
type-checks. They take the keyword arguments as the one `ServeOptions` that
`SimulatorServer` takes too, and the implementation spells them out with the defaults it documents.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any, Literal, TypeAlias, TypedDict, TypeVar, Unpack, overload

from sessionward.testing._errors import SpecViolationError
from sessionward.testing._handle import Simulator
from sessionward.testing._plugin import SimulatedAPI
from sessionward.testing._server import ServeOptions, SimulatorServer


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


C = TypeVar("C", bound=Mapping[str, object])
_Serving: TypeAlias = contextlib.AbstractContextManager[Simulator[C]]


# One overload per built-in key (mypy has no type-level lookup from a literal to a type).
@overload
def serve(
    api: Literal["docspace"], **options: Unpack[ServeOptions]
) -> _Serving[DocSpaceCredentials]: ...
@overload
def serve(
    api: Literal["dynatrace"], **options: Unpack[ServeOptions]
) -> _Serving[DynatraceCredentials]: ...
@overload
def serve(api: Literal["ziti"], **options: Unpack[ServeOptions]) -> _Serving[ZitiCredentials]: ...
@overload
def serve(
    api: Literal["authress"], **options: Unpack[ServeOptions]
) -> _Serving[AuthressCredentials]: ...
@overload
def serve(api: str | type[SimulatedAPI], **options: Unpack[ServeOptions]) -> _Serving[Any]: ...


@contextlib.contextmanager
def serve(
    api: str | type[SimulatedAPI],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> Iterator[Simulator[Any]]:
    """Serve a simulated API over real HTTP while the block runs; yield its `Simulator` handle.

    `api` is a key (`"docspace"`, `"dynatrace"`, `"ziti"`, `"authress"`), an import path
    `"package.module:Class"`, or a `SimulatedAPI` subclass. `seed` and `size` fix the seeded data
    (`size=None`: the plug-in's default). `port=0` takes a free ephemeral port. The server is
    accepting connections when the block starts and is stopped, its thread joined and its socket
    closed, when the block ends.

    `validate_responses=False` skips checking responses against the spec, for load runs where
    the check would dominate (a 100,000-item list takes seconds to validate); requests are always
    checked.

    Raises `SimulatorError` if the simulator cannot start, and `SpecViolationError` on exit if the
    simulator answered anything its spec does not allow. If the block itself raised, that exception
    propagates instead, with the violations added as a note.
    """
    server = SimulatorServer(
        api, seed=seed, size=size, host=host, port=port, validate_responses=validate_responses
    )
    handle = server.start()
    try:
        yield handle
    except BaseException as exc:
        server.stop()
        if server.violations:
            exc.add_note(str(SpecViolationError(server.violations)))
        raise
    server.stop()
    if server.violations:
        raise SpecViolationError(server.violations)
