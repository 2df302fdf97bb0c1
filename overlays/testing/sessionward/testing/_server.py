"""Running one simulator: a real uvicorn server on a real socket, in a background thread.

`SimulatorServer.start()` builds the plug-in and its contract, binds the socket in the caller's
thread (so a busy port fails right there), serves from a daemon thread with its own event loop,
and returns once uvicorn is accepting connections. `stop()` ends the server gracefully, joins the
thread, and closes the socket; the violations the server recorded stay readable afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from typing import TypedDict, Unpack

import uvicorn

from sessionward.testing import _wire
from sessionward.testing._app import SimulatorApp
from sessionward.testing._errors import SimulatorError
from sessionward.testing._handle import Simulator
from sessionward.testing._plugin import SimulatedAPI
from sessionward.testing._records import Violation
from sessionward.testing._registry import plugin_class, spec_file
from sessionward.testing._spec import Contract

READY_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
_POLL_INTERVAL = 0.005
# Seconds uvicorn waits for open exchanges before cancelling them when stopping; injected delays
# end at once on stop, so only a stuck handler could take this long.
_GRACEFUL_SHUTDOWN = 3


class ServeOptions(TypedDict, total=False):
    """How to serve a simulator: the keyword arguments of `serve()` after `api`.

    `SimulatorServer` takes the same; each one left out has the default `serve()` documents.
    """

    seed: int
    size: int | None
    host: str
    port: int
    validate_responses: bool


class SimulatorServer:
    """One simulated API on one loopback socket. Not re-startable: build a new one instead."""

    def __init__(self, api: str | type[SimulatedAPI], **options: Unpack[ServeOptions]) -> None:
        """Build the plug-in and check it against its spec; raises `SimulatorError` if they differ.

        An option left out takes the default `serve()` documents.
        """
        plugin = plugin_class(api)
        contract = Contract.from_file(spec_file(plugin), base_path=plugin.base_path)
        missing = contract.operation_ids - plugin.handled_operations()
        extra = plugin.handled_operations() - contract.operation_ids
        if missing or extra:
            raise SimulatorError(
                f"{plugin.__qualname__} does not match {contract.source}: "
                f"no handler for {sorted(missing)}; handlers for unknown operations {sorted(extra)}"
            )
        self.app = SimulatorApp(
            plugin(seed=options.get("seed", 0), size=options.get("size")),
            contract,
            validate_responses=options.get("validate_responses", True),
        )
        self._host = options.get("host", "127.0.0.1")
        self._port = options.get("port", 0)
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._failure: BaseException | None = None
        self._uvicorn: uvicorn.Server | None = None
        self.handle: Simulator | None = None

    @property
    def violations(self) -> list[Violation]:
        """The spec violations recorded so far (complete once the server has stopped)."""
        return list(self.app.violations)

    def start(self, timeout: float = READY_TIMEOUT) -> Simulator:
        """Bind, serve in a background thread, and return the handle once connections are accepted.

        Raises `SimulatorError` if the address cannot be bound or the server is not ready within
        `timeout` seconds.
        """
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        try:
            self._socket = socket.create_server((self._host, self._port), family=family)
        except OSError as exc:
            raise SimulatorError(f"cannot listen on {self._host}:{self._port}: {exc}") from exc
        port = int(self._socket.getsockname()[1])
        config = uvicorn.Config(
            self.app,
            http=_wire.ClosingH11Protocol,
            ws="none",
            lifespan="off",
            loop="asyncio",
            log_config=None,
            access_log=False,
            # The control API trusts the socket's peer address, never a forwarding header.
            proxy_headers=False,
            server_header=False,
            timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
        )
        self._uvicorn = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._run, name=f"sessionward-simulator-{self.app.api.key}-{port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                reason = repr(self._failure) if self._failure else f"not ready after {timeout:g} s"
                raise SimulatorError(f"the {self.app.api.key} simulator did not start: {reason}")
            time.sleep(_POLL_INTERVAL)
        # A wildcard address is where the server listens, not an address to connect to.
        host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(self._host, self._host)
        origin = f"http://[{host}]:{port}" if family == socket.AF_INET6 else f"http://{host}:{port}"
        self.handle = Simulator(
            api=self.app.api.key,
            origin=origin,
            base_url=origin + self.app.contract.base_path,
            credentials=self.app.api.credentials(),
            other_credentials=self.app.api.other_credentials(),
        )
        return self.handle

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop serving, join the thread, close the socket; raises `SimulatorError` if it hangs."""
        server, thread, loop = self._uvicorn, self._thread, self._loop
        if server is not None:
            server.should_exit = True
        if loop is not None and not loop.is_closed():
            # RuntimeError: the loop closed in between, so nothing is waiting any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self.app.stop_waiting)
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                raise SimulatorError(
                    f"the {self.app.api.key} simulator did not stop in {timeout:g} s"
                )
        if self._socket is not None:
            self._socket.close()

    def _run(self) -> None:
        assert self._uvicorn is not None and self._socket is not None
        try:
            asyncio.run(self._serve(self._uvicorn, self._socket))
        except BaseException as exc:
            # Kept for start() to report: a thread cannot raise to the thread that started it.
            self._failure = exc

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        self._loop = asyncio.get_running_loop()
        await server.serve(sockets=[sock])
