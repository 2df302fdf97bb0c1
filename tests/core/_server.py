"""A small loopback HTTP server for the core's tests: real sockets, scripted answers and faults.

A test fixture, not a simulator: it knows no API. Each request is answered by the next planned
`Reply` (FIFO), else by the installed handler, else with a JSON echo of the request. A reply can be
a status with headers and body, a delay, a dropped connection (the socket closes without an
answer), a hang (no answer until the server stops), or a truncated body. Every request is recorded
with the client's port, so tests can see connection reuse.

It is a minimal HTTP/1.1 server on asyncio streams, running its event loop in one background
thread: a thread per connection would make hundreds of concurrent client connections fight the
test's own thread for the GIL, and a full server framework would not let a reply drop the socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Literal
from urllib.parse import parse_qs, urlsplit

Action = Literal["respond", "drop", "hang", "truncate"]


@dataclass(frozen=True)
class Reply:
    """How to answer one request. `body` that is not bytes or str is sent as JSON."""

    status: int = 200
    body: object = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    action: Action = "respond"
    delay: float = 0.0

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


def json_reply(body: object, status: int = 200, **headers: str) -> Reply:
    return Reply(status=status, body=body, headers=headers)


@dataclass(frozen=True)
class Received:
    """A request as the server saw it; header names are lower-cased."""

    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes
    client_port: int

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return {key: values[-1] for key, values in parse_qs(urlsplit(self.target).query).items()}

    def json(self) -> object:
        return json.loads(self.body)


Handler = Callable[[Received], Reply]


class LoopbackServer:
    """An HTTP/1.1 server on 127.0.0.1 with keep-alive; use as a context manager."""

    def __init__(self) -> None:
        self._planned: deque[Reply] = deque()
        self._lock = threading.Lock()
        self.handler: Handler | None = None
        self.requests: list[Received] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._released: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def plan(self, *replies: Reply) -> None:
        """Answer the next requests with these replies, in order."""
        with self._lock:
            self._planned.extend(replies)

    def next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.requests.append(received)
            if self._planned:
                return self._planned.popleft()
        if self.handler is not None:
            return self.handler(received)
        return json_reply(
            {"method": received.method, "path": received.path, "query": received.query}
        )

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    async def _start(self) -> None:
        self._released = asyncio.Event()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0, backlog=1024)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def _stop(self) -> None:
        assert self._server is not None and self._released is not None
        self._released.set()
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        try:
            while await self._serve_one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            self._writers.discard(writer)
            writer.transport.abort()
            self._tasks.discard(task)

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; return whether the connection stays open for the next."""
        request_line = await reader.readline()
        if not request_line.strip():
            return False
        method, target, _version = request_line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        body = await reader.readexactly(length) if length else b""
        received = Received(
            method=method,
            target=target,
            headers=headers,
            body=body,
            client_port=int(writer.get_extra_info("peername")[1]),
        )
        reply = self.next_reply(received)
        assert self._released is not None
        if reply.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._released.wait(), reply.delay)
        if reply.action == "hang":
            await self._released.wait()
        if reply.action in ("drop", "hang"):
            return False
        payload, extra = reply.encoded()
        declared = len(payload) + (100 if reply.action == "truncate" else 0)
        try:
            reason = HTTPStatus(reply.status).phrase
        except ValueError:
            reason = ""
        lines = [f"HTTP/1.1 {reply.status} {reason}"]
        lines += [f"{name}: {value}" for name, value in extra.items()]
        lines.append(f"Content-Length: {declared}")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        writer.write(head if method == "HEAD" else head + payload)
        await writer.drain()
        return reply.action != "truncate"
