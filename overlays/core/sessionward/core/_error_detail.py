"""What a vendor's error body says, and the parsers that read it.

Each API overlay plugs in an `ErrorParser`: a callable that takes the decoded error body (the JSON
value, or the raw bytes when the body is not JSON) and returns an `ErrorDetail` with the vendor's
error code, message and request id, or None when it does not recognise the body.
`generic_error_parser` reads the common shapes and is the default. An overlay reads its vendor's
bodies through the generated model of the spec's error schema with `error_parser_for`, which falls
back to the generic parser for anything that model does not describe (a proxy's page, an empty
body): one fallback for every API.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeAlias, TypeVar, cast

from sessionward.core._lazy import Named
from sessionward.core._values import Value


class ErrorDetail(Value):
    """The vendor's own account of an error: a stable code, a message and a request id.

    Every field is optional; return what the body has. Keep `message` human-readable; it ends up
    in the exception message.
    """

    __slots__ = ("code", "message", "request_id")
    code: str | None
    message: str | None
    request_id: str | None

    def __init__(
        self, code: str | None = None, message: str | None = None, request_id: str | None = None
    ) -> None:
        self._init(code=code, message=message, request_id=request_id)


ErrorParser: TypeAlias = Callable[[object], ErrorDetail | None]
"""Reads a decoded error body (JSON value, or bytes when not JSON) into an `ErrorDetail`."""

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)

# What a generated from_dict raises on a body its schema does not describe.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


class ErrorModel(Protocol[M_co]):
    """A generated model class of an error schema: what `error_parser_for` needs of it."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co:
        """Parse a decoded JSON object; raise `ValueError` (or similar) if it does not fit."""
        ...


def error_detail(
    code: object = None, message: object = None, request_id: object = None
) -> ErrorDetail | None:
    """An `ErrorDetail` of the parts that are non-blank text (numbers count as codes), or None.

    Use it in the reader given to `error_parser_for`: generated fields may be unset or empty.
    """
    detail = ErrorDetail(code=_text(code), message=_text(message), request_id=_text(request_id))
    if detail.code is None and detail.message is None and detail.request_id is None:
        return None
    return detail


def error_parser_for(
    model: ErrorModel[M] | str,
    read: Callable[[M], ErrorDetail | None],
    *,
    within: str | None = None,
) -> ErrorParser:
    """Return the `ErrorParser` that reads an error body through the generated `model`.

    `read` turns the parsed model into an `ErrorDetail` (with `error_detail`), or None when the
    model holds nothing useful. With `within`, the model is the body's member of that name (an
    envelope's `error`, which is all that says what went wrong). A body the model cannot parse,
    a `read` that finds nothing, and a body that is no JSON object fall back to
    `generic_error_parser`. The parser never raises for a body. `model` may be named as
    `"package.models:Name"`: it is then imported with the first error body, not with the overlay.
    A name of another form raises `ValueError` here; one that imports nothing raises
    `ImportError` or `AttributeError` with that first body.
    """
    named = Named(model) if isinstance(model, str) else None

    def parse(body: object) -> ErrorDetail | None:
        source = body.get(within) if within is not None and isinstance(body, Mapping) else body
        if isinstance(source, Mapping):
            parser: ErrorModel[M] = named.get() if named is not None else cast(ErrorModel[M], model)
            try:
                detail = read(parser.from_dict(source))
            except _PARSE_ERRORS:
                detail = None
            if detail is not None:
                return detail
        return generic_error_parser(body)

    return parse


def generic_error_parser(body: object) -> ErrorDetail | None:
    """Read the common error shapes; the parser used when an overlay gives none.

    Recognises a nested `{"error": {"code", "message", "requestId"}}`, a flat
    `{"errorCode", "title", "errorId"}`, and flat `code`/`message`/`detail`/`title` (between
    them, the shapes of every API of the suite).
    Returns None for anything else, HTML pages and empty bodies included.
    """
    if not isinstance(body, Mapping):
        return None
    nested = body.get("error")
    inner: Mapping[object, object] = nested if isinstance(nested, Mapping) else {}
    code = _first_text(inner, body, keys=("code", "errorCode", "error_code"))
    message = _first_text(
        inner, body, keys=("message", "title", "detail", "error_description", "errorMessage")
    )
    if message is None and isinstance(nested, str):
        message = nested
    request_id = _first_text(inner, body, keys=("requestId", "request_id", "errorId", "traceId"))
    if code is None and message is None and request_id is None:
        return None
    return ErrorDetail(code=code, message=message, request_id=request_id)


def _first_text(*sources: Mapping[object, object], keys: tuple[str, ...]) -> str | None:
    for source in sources:
        for key in keys:
            text = _text(source.get(key))
            if text is not None:
                return text
    return None


def _text(value: object) -> str | None:
    # Some APIs send their code as the HTTP status number; bools are not codes.
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None
