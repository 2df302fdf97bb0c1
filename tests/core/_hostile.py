"""A raw-socket loopback server that misbehaves on purpose, for the hostile-server tests.

Unlike `_server.LoopbackServer`, which speaks well-formed HTTP, this one hands the socket of each
request to a scripted `Behaviour` that writes whatever bytes it likes, as slowly as it likes:
headers or a body trickled a byte at a time, a body that never ends, a `Content-Length` of 2 GB,
a gzip bomb, JSON nested a hundred thousand deep. A thread per connection is enough: these tests
open a handful of connections each. Behaviours stop when the client goes away or the server
stops, so nothing outlives a test.
"""

from __future__ import annotations

import functools
import gzip
import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from typing import Any

Behaviour = Callable[[socket.socket, threading.Event], None]


def _read_request(sock: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head


class HostileServer:
    """Serves every request with `behaviour` (settable); counts requests; a context manager."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour: Behaviour = behaviour or respond(b"{}")
        self.requests = 0
        self.targets: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                try:
                    while not outer.stopping.is_set():
                        head = _read_request(sock)
                        if not head:
                            return
                        with outer._lock:
                            outer.requests += 1
                            outer.targets.append(head.split(b" ", 2)[1].decode("latin-1"))
                        outer.behaviour(sock, outer.stopping)
                except OSError:
                    return

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            block_on_close = False

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def _head(status: int = 200, **headers: Any) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(body: bytes, status: int = 200, **headers: Any) -> Behaviour:
    """A well-formed answer with `body` (a JSON content type unless told otherwise)."""
    headers.setdefault("Content_Type", "application/json")

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        sock.sendall(_head(status, Content_Length=len(body), **headers) + body)

    return behave


def trickle_body(interval: float, size: int = 100) -> Behaviour:
    """Headers at once, then a `size`-byte body one byte every `interval` seconds."""

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        sock.sendall(_head(Content_Type="application/json", Content_Length=size))
        for _ in range(size):
            if stopping.wait(interval):
                return
            sock.sendall(b" ")

    return behave


def trickle_headers(interval: float) -> Behaviour:
    """The status line, then endless header bytes one every `interval` seconds."""

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not stopping.wait(interval):
            sock.sendall(b"a")

    return behave


def endless_chunked() -> Behaviour:
    """A chunked body of 64 KiB chunks that never ends."""
    chunk = b"10000\r\n" + b"a" * 0x10000 + b"\r\n"

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        sock.sendall(_head(Content_Type="application/json", Transfer_Encoding="chunked"))
        while not stopping.is_set():
            sock.sendall(chunk)

    return behave


def huge_declared(size: int = 2_000_000_000) -> Behaviour:
    """A `Content-Length` of `size` (2 GB), then zeros as fast as the client takes them."""
    block = b"0" * 0x10000

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        sock.sendall(_head(Content_Type="application/json", Content_Length=size))
        sent = 0
        while sent < size and not stopping.is_set():
            sock.sendall(block)
            sent += len(block)

    return behave


@functools.cache
def bomb_payload(inflated: int) -> bytes:
    """`inflated` bytes of spaces, gzipped (a few hundred KiB for hundreds of MiB)."""
    return gzip.compress(b" " * inflated, compresslevel=9)


def gzip_bomb(inflated: int = 256 * 1024 * 1024) -> Behaviour:
    """A small gzip body that inflates to `inflated` bytes."""

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        payload = bomb_payload(inflated)
        sock.sendall(
            _head(
                Content_Type="application/json",
                Content_Encoding="gzip",
                Content_Length=len(payload),
            )
            + payload
        )

    return behave


def gzipped(document: object) -> Behaviour:
    """A gzip-encoded JSON answer, well within any limit."""
    payload = gzip.compress(json.dumps(document).encode())
    return respond(payload, Content_Encoding="gzip")


def nested_json(depth: int = 100_000) -> Behaviour:
    """A 2xx JSON body of `depth` nested arrays."""
    return respond(b"[" * depth + b"]" * depth)


def slowly(behaviour: Behaviour, delay: float) -> Behaviour:
    """`behaviour`, after `delay` seconds of silence."""

    def behave(sock: socket.socket, stopping: threading.Event) -> None:
        if not stopping.wait(delay):
            behaviour(sock, stopping)

    return behave


def elapsed(start: float) -> float:
    return time.monotonic() - start
