"""One way for an overlay to turn a generated `*_detailed` call into a model or a raised error.

The HTTP client already raised for every non-2xx status; what is left can only go wrong in the
generated parsing, after `send()` returned: a body that is not JSON (`JSONDecodeError`, or a
`RecursionError` for JSON nested too deep), a body that is not what the API description says (the
generated `ResponseShapeError`, a `ValueError` naming the field's path, such as
`data[3].identity.id: expected string, got int`), a non-standard 2xx status the generated
`HTTPStatus(...)` rejects, or a parsed value of another type than the one the overlay expects (an
undocumented status parses to None). `unwrap` and its twins run the call, turn each of those into
`APIResponseValidationError` carrying the raw body of the response just received, and return the
checked value. No generated package is imported here: a `ResponseLike` protocol is all they need.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import NoReturn, Protocol, TypeAlias, TypeVar

import httpx

from sessionward.core._capture import Capture, capturing
from sessionward.core._exceptions import APIResponseValidationError, SessionwardError
from sessionward.core._redact import redact_url
from sessionward.core._status_errors import status_error_from_response

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# What openapi-python-client's from_dict and response.json() raise on a body they cannot read;
# json raises RecursionError for a body nested deeper than the interpreter's stack allows.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


class ResponseLike(Protocol[T_co]):
    """The part of a generated `Response` that `unwrap` reads."""

    @property
    def status_code(self) -> int:
        """The HTTP status (the generated `HTTPStatus` is an int)."""
        ...

    @property
    def content(self) -> bytes:
        """The raw body."""
        ...

    @property
    def parsed(self) -> T_co | None:
        """The parsed body, None for a status the API description does not document."""
        ...


Reader: TypeAlias = Callable[[ResponseLike[object], "httpx.Response | None"], T]
"""Checks a generated response (and the raw response received) and returns what it holds."""


def expect_one(expected: type[T] | tuple[type[T], ...]) -> Reader[T]:
    """The reader of a body that must parse to an `expected` (what `unwrap` checks)."""
    return lambda result, received: _expect(result, expected, received)


def expect_list(item_type: type[T]) -> Reader[list[T]]:
    """The reader of a body that must be a list of `item_type` (what `unwrap_list` checks)."""
    return lambda result, received: _expect_list(result, item_type, received)


def expect_empty(result: ResponseLike[object], received: httpx.Response | None) -> None:
    """The reader of an operation without a body: only the 2xx status counts."""
    _check_status(result, received)


def read_response(call: Callable[[], ResponseLike[object]], read: Reader[T]) -> T:
    """Run a generated `sync_detailed` call and read its response with `read`.

    Parse errors of the generated code become `APIResponseValidationError` carrying the raw
    body; the HTTP client's own errors pass through.
    """
    with capturing() as capture:
        try:
            result = call()
        except _PARSE_ERRORS as exc:
            _raise_parse_failure(exc, capture)
    return read(result, capture.response)


async def aread_response(call: Callable[[], Awaitable[ResponseLike[object]]], read: Reader[T]) -> T:
    """The async twin of `read_response`, for `asyncio_detailed` calls."""
    with capturing() as capture:
        try:
            result = await call()
        except _PARSE_ERRORS as exc:
            _raise_parse_failure(exc, capture)
    return read(result, capture.response)


def unwrap(call: Callable[[], ResponseLike[object]], expected: type[T] | tuple[type[T], ...]) -> T:
    """Run a generated `sync_detailed` call and return its parsed body, checked against `expected`.

    Use it as `unwrap(lambda: op.sync_detailed(client=gen, ...), Model)`. Raises the
    `APIStatusError`, `APIConnectionError` etc. the HTTP client raised, and
    `APIResponseValidationError` when the body cannot be parsed or is not an `expected`.
    """
    return read_response(call, expect_one(expected))


async def aunwrap(
    call: Callable[[], Awaitable[ResponseLike[object]]], expected: type[T] | tuple[type[T], ...]
) -> T:
    """The async twin of `unwrap`, for `asyncio_detailed` calls."""
    return await aread_response(call, expect_one(expected))


def unwrap_list(call: Callable[[], ResponseLike[object]], item_type: type[T]) -> list[T]:
    """Like `unwrap`, for an operation whose body is a JSON array of `item_type`.

    Raises `APIResponseValidationError` if the body is not a list or an item is of another type.
    """
    return read_response(call, expect_list(item_type))


async def aunwrap_list(
    call: Callable[[], Awaitable[ResponseLike[object]]], item_type: type[T]
) -> list[T]:
    """The async twin of `unwrap_list`."""
    return await aread_response(call, expect_list(item_type))


def unwrap_empty(call: Callable[[], ResponseLike[object]]) -> None:
    """Run a generated call of an operation without a response body; return None after a 2xx.

    The body, if any, is ignored. Raises as `unwrap` does for errors and unparseable responses.
    """
    read_response(call, expect_empty)


async def aunwrap_empty(call: Callable[[], Awaitable[ResponseLike[object]]]) -> None:
    """The async twin of `unwrap_empty`."""
    await aread_response(call, expect_empty)


def _raise_parse_failure(exc: Exception, capture: Capture) -> NoReturn:
    # The HTTP client's own errors pass through (some are ValueErrors, e.g. argument errors).
    if isinstance(exc, SessionwardError) or capture.response is None:
        raise exc  # Nothing was received: a programming error, not a bad response.
    raise _unparseable(capture.response, exc) from exc


def _target(response: httpx.Response) -> str:
    request = response.request
    return f"{request.method} {redact_url(request.url)} returned {response.status_code}"


def _unparseable(response: httpx.Response, exc: BaseException) -> APIResponseValidationError:
    content_type = response.headers.get("content-type", "no content type")
    size = f"{len(response.content)} bytes, {content_type}"
    if not _is_standard_status(response.status_code):
        problem = "a non-standard status the generated client cannot represent"
    elif isinstance(exc, RecursionError):
        problem = f"a body nested too deeply to parse ({size})"
    elif isinstance(exc, json.JSONDecodeError):
        problem = f"a body that is not valid JSON ({size})"
    elif _is_shape_error(exc):
        # The generated ResponseShapeError names the field's path and JSON kinds, never a value.
        problem = f"a body that does not match the API description: {exc} ({size})"
    elif isinstance(exc, KeyError):
        problem = f"a body without the required field {exc.args[0]!r} ({size})"
    else:
        # The parser's own message may quote the body; the body is on the error, not in its text.
        problem = f"a body that does not match the API description ({type(exc).__name__}; {size})"
    return APIResponseValidationError(
        f"{_target(response)} with {problem}. The server does not behave as its API description "
        "says; the raw body is on the error's .body.",
        response=response,
    )


def _is_shape_error(exc: BaseException) -> bool:
    """Whether `exc` is a generated `ResponseShapeError` (duck-typed: none is imported here)."""
    return isinstance(exc, ValueError) and isinstance(getattr(exc, "path", None), str)


def _is_standard_status(status_code: int) -> bool:
    try:
        HTTPStatus(status_code)
    except ValueError:
        return False
    return True


def _check_status(result: ResponseLike[object], received: httpx.Response | None) -> None:
    if 200 <= int(result.status_code) < 300:
        return
    # Only reachable when the call bypassed the sessionward HTTP client, which raises first.
    if received is not None:
        raise status_error_from_response(received, error_parser=None, now=time.time())
    raise APIResponseValidationError(f"the call returned status {int(result.status_code)}")


def _expect(
    result: ResponseLike[object],
    expected: type[T] | tuple[type[T], ...],
    received: httpx.Response | None,
) -> T:
    _check_status(result, received)
    parsed = result.parsed
    if isinstance(parsed, expected):
        return parsed
    raise _wrong_type(result, parsed, _names(expected), received)


def _expect_list(
    result: ResponseLike[object], item_type: type[T], received: httpx.Response | None
) -> list[T]:
    _check_status(result, received)
    parsed = result.parsed
    if isinstance(parsed, list):
        items: list[T] = []
        for item in parsed:
            if not isinstance(item, item_type):
                raise _wrong_type(result, item, f"a list of {item_type.__name__}", received)
            items.append(item)
        return items
    raise _wrong_type(result, parsed, f"a list of {item_type.__name__}", received)


def _names(expected: type[object] | tuple[type[object], ...]) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(kind.__name__ for kind in types)


def _wrong_type(
    result: ResponseLike[object],
    parsed: object,
    wanted: str,
    received: httpx.Response | None,
) -> APIResponseValidationError:
    target = (
        _target(received) if received is not None else f"the call returned {result.status_code}"
    )
    if parsed is None:
        message = (
            f"{target}, a status the API description does not document for this operation, "
            f"so no {wanted} could be read."
        )
    else:
        message = f"{target} with a {type(parsed).__name__} where the overlay expects {wanted}."
    return APIResponseValidationError(message, response=received)
