"""Opening the DocSpace response envelope: `{response, count, links, status, statusCode}`.

Every 2xx body of DocSpace wraps its payload in `response`. The functions here run *inside* the
call that `unwrap` supervises, right after the generated parser: an envelope without `response`,
or with a payload of the wrong type, raises `KeyError` / `TypeError` there, which `unwrap` turns
into `APIResponseValidationError` carrying the raw body (as it does for the generated parser's own
failures). What they return is a response whose parsed value is the payload itself, so the type
`unwrap` checks is the payload's.

`response: null` on the string operations is a documented answer (the server swallowed an internal
failure and still said 200), not a broken body: it comes out as `NullableText(None)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from docspace_api.types import Unset

from sessionward.core import ResponseLike

T = TypeVar("T")


class Envelope(Protocol):
    """What the generated wrappers (`ActiveConnectionsWrapper`, ...) have in common."""

    @property
    def response(self) -> object:
        """The payload, or `UNSET` when the body had no `response`."""
        ...


@dataclass(frozen=True, slots=True)
class Opened(Generic[T]):
    """A response whose parsed value is the envelope's payload (None: an undocumented status)."""

    status_code: int
    content: bytes
    parsed: T | None


@dataclass(frozen=True, slots=True)
class NullableText:
    """The payload of a `StringWrapper`: its text, or None for `response: null`."""

    text: str | None


def open_envelope(
    result: ResponseLike[object], wrapper: type[Envelope], payload: type[T]
) -> Opened[T]:
    """Return `result` with the payload of its `wrapper` envelope, which must be a `payload`.

    Raises `KeyError` for an envelope without `response` and `TypeError` for a payload of another
    type (`unwrap` reports both with the body).
    """
    value = _payload(result, wrapper)
    if value is None:
        return Opened(int(result.status_code), result.content, None)
    if not isinstance(value.response, payload):
        raise TypeError(f"response is a {type(value.response).__name__}, not a {payload.__name__}")
    return Opened(int(result.status_code), result.content, value.response)


def open_text_envelope(
    result: ResponseLike[object], wrapper: type[Envelope]
) -> Opened[NullableText]:
    """Like `open_envelope` for a string payload that the server may send as null."""
    value = _payload(result, wrapper)
    if value is None:
        return Opened(int(result.status_code), result.content, None)
    text = value.response
    if text is not None and not isinstance(text, str):
        raise TypeError(f"response is a {type(text).__name__}, not a string or null")
    return Opened(int(result.status_code), result.content, NullableText(text))


def _payload(result: ResponseLike[object], wrapper: type[Envelope]) -> Envelope | None:
    parsed = result.parsed
    if not isinstance(parsed, wrapper):
        # An undocumented status parsed to None; `unwrap` names it.
        return None
    if isinstance(parsed.response, Unset):
        raise KeyError("response")
    return parsed
