"""What the suite's per-API tests share: the client modes, the fixed start time, a TLS context.

The public helpers (`FakeClock`, `Twin`, `RequestRecorder`) live in `sessionward.testing`; this
module keeps what only this suite needs: the `Mode` literal the fixtures are parametrized over, the
fixed start time of the fake clocks, one TLS context for the run, the httpx clients the
fixtures send through, and `Maker`, the one body of every suite's twin-building fixture.
"""

from __future__ import annotations

import functools
import re
import ssl
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

import httpx
import pytest
import yaml

from sessionward.testing import FakeClock, RequestRecorder, Simulator

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
START = 1_700_000_000.0
ROOT = Path(__file__).resolve().parents[1]
SNIPPET = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# httpx's default pool: the simulators set TCP_NODELAY, so kept-alive connections are fast.
POOL_LIMITS = httpx.Limits()


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for the whole run: building one per httpx client costs ~50 ms each."""
    return ssl.create_default_context()


def transport_client(mode: Mode, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
    """An httpx client for a test's overlay client to send through (the test closes it)."""
    kwargs.setdefault("limits", POOL_LIMITS)
    if mode == "sync":
        return httpx.Client(verify=tls_context(), **kwargs)
    return httpx.AsyncClient(verify=tls_context(), **kwargs)


async def close_http_client(client: httpx.Client | httpx.AsyncClient) -> None:
    """Close an httpx client of either kind."""
    if isinstance(client, httpx.Client):
        client.close()
    else:
        await client.aclose()


class Recorder:
    """An httpx client of the test's own (sync or async, shared TLS context) that keeps headers.

    `headers` holds the headers of every request sent through `client`, auth included, as the
    `sessionward.testing.RequestRecorder` underneath kept them; keyword arguments go to the httpx
    client. The test (or the `recorder` fixture) closes it.
    """

    def __init__(self, mode: Mode, **kwargs: Any) -> None:
        self._requests = RequestRecorder()
        self.client = self._requests.client(mode, verify=tls_context(), **kwargs)

    @property
    def headers(self) -> list[httpx.Headers]:
        """The headers of every request sent so far, in order."""
        return [request.headers for request in self._requests.sent]

    def forget(self) -> None:
        """Forget the requests sent so far (a test's set-up calls, say)."""
        self._requests.sent.clear()

    @property
    def is_closed(self) -> bool:
        return self.client.is_closed

    async def close(self) -> None:
        await close_http_client(self.client)


def export_order(name: str) -> tuple[int, str]:
    """The sort key of a curated `__all__`: constants, then classes, then functions (as isort)."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name.lower())


def spec_operation_ids(api: str) -> set[str]:
    """Every operationId of specs/<api>/openapi.yaml."""
    document = yaml.safe_load((ROOT / "specs" / api / "openapi.yaml").read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS and "operationId" in operation
    }


def readme_snippets(api: str) -> list[str]:
    """The ```python snippets of overlays/<api>/README.md, in order."""
    return SNIPPET.findall((ROOT / "overlays" / api / "README.md").read_text(encoding="utf-8"))


def run_readme_snippet(api: str, index: int, names: Mapping[str, object]) -> str:
    """Run snippet `index` of the API's README with `names` bound; return its text.

    Raises whatever the snippet raises, which fails the test.
    """
    code = readme_snippets(api)[index]
    namespace: dict[str, object] = {"__name__": f"readme_snippet_{index}", **names}
    exec(compile(code, f"overlays/{api}/README.md:snippet{index}", "exec"), namespace)
    return code


async def run_generated(
    mode: Mode, endpoint: ModuleType, client: Any, *args: object, **kwargs: object
) -> Any:
    """Run one generated operation in `mode` with a fresh generated `client`, then close it.

    Returns the generated `Response` of `endpoint.sync_detailed` or `endpoint.asyncio_detailed`
    (called with `args`, the operation's path parameters, and `kwargs`).
    """
    if mode == "sync":
        with client:
            return endpoint.sync_detailed(*args, client=client, **kwargs)
    async with client:
        return await endpoint.asyncio_detailed(*args, client=client, **kwargs)


@contextmanager
def raw_client(sim: Simulator, authorization: str) -> Iterator[httpx.Client]:
    """A plain httpx client for `sim` that sends `authorization` as its Authorization header."""
    with httpx.Client(base_url=sim.base_url, headers={"Authorization": authorization}) as client:
        yield client


EnvelopeT = TypeVar("EnvelopeT")


def refusal(response: Any, status: int, envelope: type[EnvelopeT]) -> EnvelopeT:
    """Check that `response` is a refusal with `status`; return its body as the vendor's `envelope`.

    `response` is an `httpx.Response` or a generated `Response` (whose parsed body is used);
    `envelope` is the generated error model. Fails the test when the status or the body's shape
    is not the one expected.
    """
    assert response.status_code == status
    body = response.json() if isinstance(response, httpx.Response) else response.parsed
    parsed = cast(Any, envelope).from_dict(body) if isinstance(body, dict) else body
    assert isinstance(parsed, envelope)
    return parsed


CallT = TypeVar("CallT")


@dataclass(frozen=True)
class Operation(Generic[CallT]):
    """A public method, the request it sends (for faults) and its spec operationId.

    `call` runs the method on a twin (with whatever else the suite's error-path tests pass it);
    `has_body` is false for a method whose success answer has no body.
    """

    name: str
    method: str
    path: str
    operation_id: str
    call: CallT
    has_body: bool = True

    def __str__(self) -> str:
        return self.name


class Closable(Protocol):
    """A twin of any kind: something the maker closes after the test."""

    async def close(self) -> None: ...


TwinT = TypeVar("TwinT", bound=Closable)


class Maker(Generic[TwinT]):
    """The callable behind each suite's `make`/`make_twin` fixture, and what it closes afterwards.

    `maker(**kwargs)` builds a twin of the fixture's mode with `build(mode, base_url, **kwargs)`:
    `defaults` fill in what the test did not pass; `credentials` are added unless the test passed
    any of their names or of `alternatives` (another way to authenticate). With `pooled`, the
    client sends through an httpx client with the shared TLS context unless the test asks for
    `own_pool=True` (the client's own pool, with `POOL_LIMITS`) or passes its own `http_client`;
    `recorder=` sends through a `RequestRecorder`'s client instead. `aclose` closes everything
    built, twins first.
    """

    def __init__(
        self,
        mode: Mode,
        build: Callable[..., TwinT],
        base_url: str,
        *,
        pooled: bool = False,
        credentials: Mapping[str, object] | None = None,
        alternatives: tuple[str, ...] = (),
        **defaults: Any,
    ) -> None:
        self.mode = mode
        self.build = build
        self.base_url = base_url
        self.pooled = pooled
        self.credentials = dict(credentials or {})
        self.alternatives = alternatives
        self.defaults = defaults
        self.twins: list[TwinT] = []
        self.http_clients: list[httpx.Client | httpx.AsyncClient] = []

    def __call__(
        self,
        *,
        own_pool: bool = False,
        recorder: RequestRecorder | None = None,
        base_url: str | None = None,
        **kwargs: Any,
    ) -> TwinT:
        for name, value in self.defaults.items():
            kwargs.setdefault(name, value)
        if recorder is not None:
            kwargs["http_client"] = self._keep(recorder.client(self.mode))
        elif own_pool:
            kwargs.setdefault("limits", POOL_LIMITS)
        elif self.pooled and "http_client" not in kwargs:
            kwargs["http_client"] = self._keep(transport_client(self.mode))
        if not any(name in kwargs for name in (*self.alternatives, *self.credentials)):
            kwargs.update(self.credentials)
        twin = self.build(self.mode, base_url or self.base_url, **kwargs)
        self.twins.append(twin)
        return twin

    def _keep(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Client | httpx.AsyncClient:
        self.http_clients.append(client)
        return client

    async def aclose(self) -> None:
        for twin in self.twins:
            await twin.close()
        for client in self.http_clients:
            await close_http_client(client)


def maker_fixture(
    name: str, sim_fixture: str, build: Callable[..., TwinT], **options: Any
) -> Callable[..., AsyncIterator[Maker[TwinT]]]:
    """The fixture `name`: a `Maker` of the test's mode against the simulator `sim_fixture`.

    The maker authenticates with the simulator's credentials, sleeps on the `clock` fixture and
    takes `options` (see `Maker`); it closes what it built after the test.
    """

    async def make(
        mode: Mode, clock: FakeClock, request: pytest.FixtureRequest
    ) -> AsyncIterator[Maker[TwinT]]:
        sim: Simulator = request.getfixturevalue(sim_fixture)
        chosen = {"clock": clock, **options}
        maker = Maker(mode, build, sim.base_url, credentials=sim.credentials, **chosen)
        yield maker
        await maker.aclose()

    return pytest.fixture(make, name=name)
