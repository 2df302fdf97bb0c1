"""Reading a response body with a bound on its decompressed size, before memory grows past it.

httpx's `read()` keeps whatever the server sends: a 2 GB body, an endless chunked one, or 2 MB of
gzip that inflates to 2 GiB. The core sends every request streamed and reads the body here
instead: a declared `Content-Length` over the limit is refused before a byte of the body is read,
gzip and deflate are inflated by zlib with `max_length` so that no step produces more than what is
left of the limit, and any other encoding httpx decodes is counted chunk by chunk. Past the limit
the connection is closed and `ResponseTooLargeError` raised. The decoded body is then stored on the
response as httpx's own `read()` stores it, so `.content`, `.text` and `.json()` work as usual.
"""

from __future__ import annotations

import zlib

import httpx

from sessionward.core._exceptions import ResponseTooLargeError
from sessionward.core._redact import redact_url

# Set on a request by the exchange: the limit an auth flow applies to a 401 it reads itself.
MAX_RESPONSE_SIZE_EXTENSION = "sessionward.max_response_size"

_GZIP = frozenset({"gzip", "x-gzip"})


def _too_large(response: httpx.Response, limit: int, seen: str) -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        f"{request.method} {redact_url(request.url)} returned {response.status_code} with a body "
        f"{seen} the limit of {limit} bytes; stopped reading. Raise max_response_size (per client "
        "or per call) if such a response is expected.",
        response=response,
        limit=limit,
    )


class _Decoder:
    """Turns raw body chunks into decoded bytes, refusing more than `limit` of them."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self.own = encoding in ("", "identity", "deflate") or encoding in _GZIP
        self._raw_deflate = False
        self._started = False
        self._inflater: zlib._Decompress | None = None
        if encoding in _GZIP:
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        declared = response.headers.get("content-length", "")
        identity = not encoding or encoding == "identity"
        if identity and declared.isdigit() and int(declared) > limit:
            raise _too_large(response, limit, f"of {int(declared)} bytes (declared) exceeds")

    def take(self, data: bytes) -> None:
        """Keep already decoded bytes, or raise once they pass the limit."""
        self.size += len(data)
        if self.size > self.limit:
            raise _too_large(self.response, self.limit, "exceeds")
        if data:
            self.chunks.append(data)

    def feed(self, raw: bytes) -> None:
        """Decode one raw chunk (inflating at most what the limit has room for)."""
        if self._inflater is None:
            self.take(raw)
            return
        try:
            self._inflate(raw)
        except zlib.error as exc:
            if (
                self._started
                or self._raw_deflate
                or self.response.headers.get("content-encoding", "").strip().lower() != "deflate"
            ):
                raise httpx.DecodingError(str(exc), request=self.response.request) from exc
            # "deflate" is sent both with and without the zlib header; httpx accepts both.
            self._raw_deflate = True
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            self._inflate(raw)

    def _inflate(self, raw: bytes) -> None:
        assert self._inflater is not None
        pending = raw
        while pending:
            room = self.limit - self.size + 1
            self.take(self._inflater.decompress(pending, room))
            self._started = True
            pending = self._inflater.unconsumed_tail

    def finish(self) -> bytes:
        """Flush the decoder and return the whole decoded body."""
        if self._inflater is not None:
            try:
                self.take(self._inflater.flush())
            except zlib.error as exc:
                raise httpx.DecodingError(str(exc), request=self.response.request) from exc
        return b"".join(self.chunks)


def _store(response: httpx.Response, body: bytes) -> None:
    # What httpx's own read() leaves behind, so .content, .text and .json() behave as usual.
    response._content = body


def read_body(response: httpx.Response, limit: int) -> None:
    """Read the body of a streamed `response` into it, at most `limit` decoded bytes.

    Raises `ResponseTooLargeError` past the limit, `httpx.DecodingError` for a broken encoding
    and httpx's transport errors; the response is closed in every case.
    """
    if hasattr(response, "_content"):
        return
    try:
        decoder = _Decoder(response, limit)
        if decoder.own:
            for raw in response.iter_raw():
                decoder.feed(raw)
        else:
            for chunk in response.iter_bytes():
                decoder.take(chunk)
        body = decoder.finish()
    finally:
        response.close()
    _store(response, body)


async def aread_body(response: httpx.Response, limit: int) -> None:
    """The async twin of `read_body`."""
    if hasattr(response, "_content"):
        return
    try:
        decoder = _Decoder(response, limit)
        if decoder.own:
            async for raw in response.aiter_raw():
                decoder.feed(raw)
        else:
            async for chunk in response.aiter_bytes():
                decoder.take(chunk)
        body = decoder.finish()
    finally:
        await response.aclose()
    _store(response, body)


def limit_of(request: httpx.Request, default: int) -> int:
    """The body limit the exchange set on `request`, else `default`."""
    value = request.extensions.get(MAX_RESPONSE_SIZE_EXTENSION)
    return value if isinstance(value, int) else default
