"""Turning openapi-core's validation errors into request problems and violation messages.

openapi-core reports errors as exception chains whose text embeds the offending values. Requests'
findings become `Problem` values for the plug-in (which may echo a value, as its vendor does);
responses' findings become one-line messages for logs and `Violation` records, written without
the offending values so that no token from a response body ends up in a log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.response.exceptions import (
    HeaderValidationError,
    MissingData,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from sessionward.testing._rejection import Problem, ProblemLocation

_PARAMETER_LOCATIONS: dict[str, ProblemLocation] = {
    "path": "path",
    "query": "query",
    "header": "header",
    "cookie": "cookie",
}


def request_problems(errors: Iterable[Exception]) -> Iterator[Problem]:
    """Yield the problems of a request, one or more per openapi-core request error."""
    for error in errors:
        cause = error.__cause__
        if isinstance(error, MissingRequiredParameter):
            yield Problem(_location(error.location), error.name, "is required")
        elif isinstance(error, ParameterValidationError):
            location = _location(error.location)
            if isinstance(cause, InvalidSchemaValue):
                for schema_error in cause.schema_errors:
                    yield Problem(location, error.name, describe(schema_error), cause.value)
            elif isinstance(cause, CastError):
                yield Problem(location, error.name, f"is not a valid {cause.type}", cause.value)
            elif isinstance(cause, EmptyQueryParameterValue):
                yield Problem(location, error.name, "must not be empty", "")
            else:
                yield Problem(location, error.name, "cannot be read")
        elif isinstance(error, MissingRequiredRequestBody):
            yield Problem("body", "", "is required")
        elif isinstance(error, RequestBodyValidationError):
            yield from _body_problems(cause)
        else:
            yield Problem("body", "", str(error))


def _body_problems(cause: BaseException | None) -> Iterator[Problem]:
    if isinstance(cause, MediaTypeNotFound):
        allowed = ", ".join(cause.availableMimetypes)
        yield Problem(
            "header", "content-type", f"must be one of: {allowed}", cause.mimetype or None
        )
    elif isinstance(cause, MediaTypeDeserializeError):
        yield Problem("body", "", f"is not valid {cause.mimetype}")
    elif isinstance(cause, InvalidSchemaValue):
        for schema_error in cause.schema_errors:
            yield Problem(
                "body", _member(schema_error), describe(schema_error), _instance(schema_error)
            )
    else:
        yield Problem("body", "", "is invalid")


def response_findings(errors: Iterable[Exception]) -> Iterator[str]:
    """One message per thing wrong with a response, free of the response's values."""
    for error in errors:
        cause = error.__cause__
        if isinstance(error, ResponseNotFound):
            declared = ", ".join(error.availableresponses)
            yield f"status {error.http_status} is not declared for this operation ({declared})"
        elif isinstance(error, MissingData):
            yield "the body is empty but the spec declares content for this status"
        elif isinstance(error, HeaderValidationError):
            yield f"header {error.name}: {_header_finding(error, cause)}"
        elif isinstance(cause, MediaTypeNotFound):
            allowed = ", ".join(cause.availableMimetypes)
            yield f"Content-Type {cause.mimetype!r} is not declared ({allowed})"
        elif isinstance(cause, MediaTypeDeserializeError):
            yield f"the body is not valid {cause.mimetype}"
        elif isinstance(cause, InvalidSchemaValue):
            for schema_error in cause.schema_errors:
                yield f"body{_pointer(schema_error)}: {describe(schema_error)}"
        else:
            yield type(error).__name__


def _header_finding(error: HeaderValidationError, cause: BaseException | None) -> str:
    if isinstance(cause, InvalidSchemaValue):
        return "; ".join(describe(schema_error) for schema_error in cause.schema_errors)
    return str(error)


def describe(schema_error: Exception) -> str:
    """Describe a JSON-schema error in a sentence fragment that does not quote the value."""
    keyword = getattr(schema_error, "validator", None)
    expected: Any = getattr(schema_error, "validator_value", None)
    if keyword in {"required", "additionalProperties", "unevaluatedProperties"}:
        # These messages name properties, not values.
        return str(getattr(schema_error, "message", keyword))
    phrases: dict[str, Callable[[], str]] = {
        "type": lambda: f"is not of type {_either(expected)}",
        "enum": lambda: f"is not one of {expected!r}",
        "const": lambda: f"is not {expected!r}",
        "format": lambda: f"is not a valid {expected}",
        "pattern": lambda: f"does not match {expected!r}",
        "minLength": lambda: f"is shorter than {expected} characters",
        "maxLength": lambda: f"is longer than {expected} characters",
        "minimum": lambda: f"is less than the minimum of {expected}",
        "maximum": lambda: f"is greater than the maximum of {expected}",
        "exclusiveMinimum": lambda: f"is not greater than {expected}",
        "exclusiveMaximum": lambda: f"is not less than {expected}",
        "minItems": lambda: f"has fewer than {expected} items",
        "maxItems": lambda: f"has more than {expected} items",
        "uniqueItems": lambda: "has duplicate items",
        "anyOf": lambda: "matches none of the allowed schemas",
        "oneOf": lambda: "does not match exactly one of the allowed schemas",
    }
    phrase = phrases.get(str(keyword))
    return phrase() if phrase else f"fails the {keyword!s} rule"


def _either(expected: Any) -> str:
    if isinstance(expected, list):
        return " or ".join(repr(item) for item in expected)
    return repr(expected)


def _member(schema_error: Exception) -> str:
    return ".".join(str(part) for part in getattr(schema_error, "absolute_path", ()))


def _pointer(schema_error: Exception) -> str:
    member = _member(schema_error)
    return f".{member}" if member else ""


def _instance(schema_error: Exception) -> object:
    return getattr(schema_error, "instance", None)


def _location(name: str) -> ProblemLocation:
    return _PARAMETER_LOCATIONS.get(name, "query")
