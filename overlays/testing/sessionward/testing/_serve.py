"""`serve()`: a simulator for the length of a `with` block, failing loudly if it broke its spec."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Literal, overload

from sessionward.testing._credentials import (
    AuthressCredentials,
    DocSpaceCredentials,
    DynatraceCredentials,
    ZitiCredentials,
)
from sessionward.testing._errors import SpecViolationError
from sessionward.testing._handle import Simulator
from sessionward.testing._plugin import SimulatedAPI
from sessionward.testing._server import SimulatorServer


@overload
def serve(
    api: Literal["docspace"],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> contextlib.AbstractContextManager[Simulator[DocSpaceCredentials]]: ...


@overload
def serve(
    api: Literal["dynatrace"],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> contextlib.AbstractContextManager[Simulator[DynatraceCredentials]]: ...


@overload
def serve(
    api: Literal["ziti"],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> contextlib.AbstractContextManager[Simulator[ZitiCredentials]]: ...


@overload
def serve(
    api: Literal["authress"],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> contextlib.AbstractContextManager[Simulator[AuthressCredentials]]: ...
@overload
def serve(
    api: str | type[SimulatedAPI],
    *,
    seed: int = 0,
    size: int | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    validate_responses: bool = True,
) -> contextlib.AbstractContextManager[Simulator[Any]]: ...


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
