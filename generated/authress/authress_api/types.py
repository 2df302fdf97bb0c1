"""Contains some shared types for properties"""

import math
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the server did not send (distinct from an explicit null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # sessionward: a readable repr, so printed models show UNSET rather than an object address.
        return "UNSET"


UNSET: Unset = Unset()

# sessionward: how a decoded JSON value is named in an error (its JSON kind, never the value).
_JSON_KINDS: dict[type, str] = {
    str: "string",
    int: "int",
    float: "number",
    bool: "boolean",
    type(None): "null",
    list: "array",
    dict: "object",
}


class ResponseShapeError(ValueError):
    """A decoded JSON body that is not what the API description says, naming where it differs.

    ``from_dict`` raises it for a value of the wrong JSON type (a bool is not an int, null only where
    the field is nullable), a required field that is missing, or a string that is not the date-time
    it should be. ``path`` is the field's place in the body (``data[3].identity.id``); the message is
    ``"<path>: <problem>"``, naming JSON kinds and never the value (it may be a secret).
    """

    def __init__(self, segment: str | int | None, expected: str, value: object, *, problem: str = "") -> None:
        self.problem = problem or f"expected {expected}, got {_kind(value)}"
        super().__init__(self.problem)
        self.segments: list[str | int] = [] if segment is None else [segment]

    @classmethod
    def missing(cls, field: str) -> "ResponseShapeError":
        """The error for a required field the body does not have."""
        return cls(field, "", None, problem="required field is missing")

    @classmethod
    def malformed(cls, segment: str | None, expected: str) -> "ResponseShapeError":
        """The error for a string that is not in the format the field promises (e.g. date-time)."""
        return cls(segment, "", None, problem=f"expected {expected}, got a string in another format")

    @staticmethod
    def index_of(items: list[Any], item: object) -> int:
        """The index of ``item`` (by identity) in ``items``: where a list check stopped."""
        for index, candidate in enumerate(items):
            if candidate is item:
                return index
        return -1

    def within(self, *segments: str | int | None) -> "ResponseShapeError":
        """Prefix the path with the enclosing field names and list indexes; returns ``self``."""
        self.segments[:0] = [segment for segment in segments if segment is not None]
        return self

    @property
    def path(self) -> str:
        """Where the body differs, e.g. ``data[3].identity.id`` (``body`` for the body itself)."""
        rendered = ""
        for segment in self.segments:
            if isinstance(segment, int):
                rendered += f"[{segment}]"
            else:
                rendered += f".{segment}" if rendered else segment
        return rendered or "body"

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def _kind(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return "non-finite number"
    return _JSON_KINDS.get(type(value), type(value).__name__)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "ResponseShapeError", "Unset"]
