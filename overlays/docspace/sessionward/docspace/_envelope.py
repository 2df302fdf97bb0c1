"""Opening the DocSpace response envelope: `{response, count, links, status, statusCode}`.

Every 2xx body of DocSpace wraps its payload in `response`. `enveloped` and `enveloped_text` are
the steps of a call whose envelope is opened by `Call.through`, *inside* the call the core's
executor supervises, right after the generated parser: an envelope without `response`, or with a
payload of the wrong type, raises `KeyError` / `TypeError` there, which becomes
`APIResponseValidationError` carrying the raw body (as the generated parser's own failures do).
What the opener returns is a response whose parsed value is the payload itself, so the type the
call checks is the payload's.

`response: null` on the string operations is a documented answer (the server swallowed an internal
failure and still said 200), not a broken body: it comes out as `NullableText(None)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, ParamSpec, Protocol, TypeVar

from docspace_api.types import Unset

from sessionward.core import Call, GeneratedOperation, ResponseLike, call

P = ParamSpec("P")
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
    type (the call reports both with the body).
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


def enveloped(
    operation: GeneratedOperation[P, object],
    wrapper: type[Envelope],
    payload: type[T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Call[T]:
    """The step that sends `operation` and returns the `payload` in its `wrapper` envelope.

    Use it as `yield from enveloped(op, BooleanWrapper, bool, event_id, client=generated)`; the
    arguments are the generated function's. Raises what `call` raises, and
    `APIResponseValidationError` for an envelope without `response` or of another payload.
    """
    step = call(operation, payload, *args, **kwargs)
    return step.through(lambda result: open_envelope(result, wrapper, payload))


def enveloped_text(
    operation: GeneratedOperation[P, object],
    wrapper: type[Envelope],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Call[NullableText]:
    """Like `enveloped`, for a string payload that the server may send as null."""
    step = call(operation, NullableText, *args, **kwargs)
    return step.through(lambda result: open_text_envelope(result, wrapper))


def _payload(result: ResponseLike[object], wrapper: type[Envelope]) -> Envelope | None:
    parsed = result.parsed
    if not isinstance(parsed, wrapper):
        # An undocumented status parsed to None; the call's reader names it.
        return None
    if isinstance(parsed.response, Unset):
        raise KeyError("response")
    return parsed
