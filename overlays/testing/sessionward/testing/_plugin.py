"""The plug-in interface: what one simulated API provides to the framework.

A simulated API is a subclass of `SimulatedAPI` with a `key`, a `base_path`, one `async` handler per
operation of its spec (marked with `@operation("<operationId>")`), and three methods: `reset()`
builds the seeded state, `credentials()` says what a client must send, `reject()` renders a refused
request in the vendor's error shape; `authenticate()` may refuse a request before it is validated.
The framework does everything else: serving, routing by the spec, validating requests and
responses, fault injection, the request log and the control API.
"""

from __future__ import annotations

import abc
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import ClassVar, TypeVar

from starlette.requests import Request
from starlette.responses import Response

from sessionward.testing._rejection import Rejection
from sessionward.testing._seeding import SeedRandom

Handler = Callable[[Request], Awaitable[Response]]
_HandlerMethod = TypeVar("_HandlerMethod", bound=Callable[..., Awaitable[Response]])

_OPERATION_ATTRIBUTE = "__sessionward_operation__"

DEFAULT_SIZE = 20


def operation(operation_id: str) -> Callable[[_HandlerMethod], _HandlerMethod]:
    """Mark a method of a `SimulatedAPI` subclass as the handler of one spec operation.

    The method is `async def name(self, request: Request) -> Response`; `request.path_params` holds
    the path variables of the spec's path template (as strings, already validated), the query, the
    headers and the body are those of the Starlette request. Every operationId of the spec needs
    exactly one handler, and every handler an operationId of the spec: the server refuses to start
    otherwise.
    """

    def mark(method: _HandlerMethod) -> _HandlerMethod:
        setattr(method, _OPERATION_ATTRIBUTE, operation_id)
        return method

    return mark


class SimulatedAPI(abc.ABC):
    """Base class of one simulated API; subclass it once per API.

    Class attributes:

    - `key`: the API key as `apis.toml` registers it, used by `serve()`, the CLI and `specs/<key>/`.
    - `base_path`: the path prefix of the spec's server URL (`"/api/v2"`, say, or `""`).
      Handlers' paths are the spec's paths; the framework serves them under this prefix.
    - `spec_path`: leave `None` to use `specs/<key>/openapi.yaml`; set it for a spec elsewhere.
    - `default_size`: the number of seeded items when the caller gives no `size`.
    - `ignores_trailing_slash`: set it where the real server answers `/things/` like `/things`
      (the framework then routes, validates and logs the request without the final slash).

    The instance carries `seed` and `size`. All state lives on the instance and is rebuilt by
    `reset()`, which the constructor calls once; do not override `__init__`. Handlers run on the
    server's event loop one at a time between awaits, so state needs no locks; write them `async`.
    """

    key: ClassVar[str]
    base_path: ClassVar[str]
    spec_path: ClassVar[Path | None] = None
    default_size: ClassVar[int] = DEFAULT_SIZE
    ignores_trailing_slash: ClassVar[bool] = False

    _handler_names: ClassVar[Mapping[str, str]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        names: dict[str, str] = {}
        # Walk the MRO from the base down so a subclass may override an inherited handler.
        for klass in reversed(cls.__mro__):
            for attribute, value in vars(klass).items():
                operation_id = getattr(value, _OPERATION_ATTRIBUTE, None)
                if operation_id is None:
                    continue
                owner = names.get(operation_id)
                if owner is not None and owner != attribute and klass is cls:
                    raise TypeError(
                        f"{cls.__qualname__}: operation {operation_id!r} has two handlers, "
                        f"{owner} and {attribute}"
                    )
                names[operation_id] = attribute
        cls._handler_names = names

    def __init__(self, *, seed: int = 0, size: int | None = None) -> None:
        if size is not None and size < 0:
            raise ValueError(f"size must be zero or more, not {size}")
        self.seed = seed
        self.size = self.default_size if size is None else size
        self.reset()

    def __repr__(self) -> str:
        return f"<{type(self).__qualname__} key={self.key!r} seed={self.seed} size={self.size}>"

    @abc.abstractmethod
    def reset(self) -> None:
        """Rebuild every piece of state from `seed` and `size`, as right after start.

        Called by the constructor and by `POST /_sim/reset` (so between tests). It must be
        deterministic: draw from `self.random()`, never from the clock or the global RNG.
        """

    @abc.abstractmethod
    def credentials(self) -> dict[str, str]:
        """Return the keyword arguments that the API's overlay client takes to authenticate.

        For example `{"api_token": "..."}` or `{"username": "...", "password": "..."}`. The values
        depend on `seed` only, so they stay valid across `reset()`. They are printed by the CLI
        (they are simulator credentials), but the framework never logs or records them.
        """

    def other_credentials(self) -> dict[str, dict[str, str]]:
        """Return further credential sets by name, e.g. a non-admin user's; none by default.

        Each value has the shape of `credentials()`. Tests reach them as
        `sim.other_credentials["member"]`; like `credentials()` they depend on `seed` only and the
        framework never logs or records them.
        """
        return {}

    @abc.abstractmethod
    def reject(self, request: Request, rejection: Rejection) -> Response:
        """Render a refused request as the vendor would: its error body, its status.

        Called for unknown paths (404), unknown methods (405) and invalid parameters or bodies
        (400, with `rejection.problems`). When the spec declares the returned status for the
        operation, the response is validated like any other.
        """

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        """Refuse a request without valid credentials; `None` lets it through (the default).

        Called for every request that names an operation, before its parameters and body are
        checked (real APIs check credentials first), so return the vendor's 401 or 403 here rather
        than in each handler. `request.path_params` is set but not yet validated. Put what the
        handlers need, such as the caller, on `request.state`.
        The response is validated against the spec like a handler's, so the spec must declare it.
        """
        return None

    def random(self) -> SeedRandom:
        """Return a fresh generator seeded from `key` and `seed`: the same sequence every time."""
        return SeedRandom(f"{self.key}:{self.seed}")

    @classmethod
    def handled_operations(cls) -> frozenset[str]:
        """Return the operationIds this class has handlers for."""
        return frozenset(cls._handler_names)

    def handler(self, operation_id: str) -> Handler:
        """Return the bound handler of `operation_id`; raises `KeyError` if there is none."""
        handler: Handler = getattr(self, self._handler_names[operation_id])
        return handler
