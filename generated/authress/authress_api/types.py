"""Contains some shared types for properties"""

import contextlib
import gc
import json
import math
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

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


# sessionward: the compiled decode behind each model's `from_json`. msgspec is imported, and the
# structs and decoders are built, on the first `from_json` of a model, never on import.
WireField = tuple[str, str, Any, bool]
"""One field of a wire struct: Python name, JSON name, msgspec type, whether it is required."""

_W = TypeVar("_W")
_M = TypeVar("_M", bound="JsonModel")

# Held while a struct is built, so that two threads never build one model at once and a model
# that contains itself is told apart from a concurrent build (re-entrant for nested models).
_WIRE_LOCK = threading.RLock()


class Wire:
    """The msgspec type and decoders of one generated model, built on first use and then kept.

    The generated ``from_json`` decodes with it and falls back to ``from_dict`` on any error, so the
    type only has to refuse every body ``from_dict`` would read differently: a struct forbids unknown
    fields, its required fields have no default and its optional ones default to ``UNSET``; a
    free-form map is a dict of its values' type. ``read`` and ``read_list`` raise ``ValueError``
    for a body the type refuses (msgspec's error, whose message it keeps) or a value the model's
    converter refuses (a malformed date-time), and ``RecursionError`` for a body nested too deep.
    """

    __slots__ = ("_build", "_building", "_decoder", "_list_decoder", "_type", "reentered")

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._type: Any = None
        self._decoder: Any = None
        self._list_decoder: Any = None
        self._building = False
        # Set when the model was reached again while its own type was being built (it contains
        # itself): that inner occurrence decodes as a plain object, which from_dict then reads.
        self.reentered = False

    def struct_type(self) -> Any:
        """The msgspec type of the model's JSON object (a plain object inside a cycle to itself)."""
        built = self._type
        if built is not None:
            return built
        with _WIRE_LOCK:
            if self._type is not None:
                return self._type
            if self._building:
                self.reentered = True
                return dict[str, Any]
            self._building = True
            try:
                self._type = self._build()
            finally:
                self._building = False
            return self._type

    def read(self, raw: bytes | str, convert: Callable[[Any], _W]) -> _W:
        """Decode a body holding one of the model's objects and ``convert`` it into the model."""
        decoder = self._decoder
        if decoder is None:
            decoder = self._decoder = _msgspec().json.Decoder(self.struct_type())
        with _collector_paused(len(raw)):
            return convert(_decode(decoder, raw))

    def read_list(self, raw: bytes | str, convert: Callable[[Any], _W]) -> list[_W]:
        """Decode a body holding a JSON array of the model's objects and ``convert`` each one."""
        decoder = self._list_decoder
        if decoder is None:
            decoder = self._list_decoder = _msgspec().json.Decoder(list_of(self.struct_type()))
        with _collector_paused(len(raw)):
            return list(map(convert, _decode(decoder, raw)))


class JsonModel:
    """The base of every generated model: reading a raw JSON body into it.

    A model defines ``from_dict`` (which checks a decoded JSON object: the reference) and
    ``_from_wire`` with its ``_wire`` (the compiled decode); ``from_json`` and ``list_from_json``
    are what the endpoints run on a 2xx body.
    """

    __slots__ = ()
    # How from_json decodes the model's JSON object (set below each model; built on first use).
    _wire: ClassVar[Wire]

    @classmethod
    def from_dict(cls: type[_M], src_dict: Mapping[str, Any]) -> _M:
        """Build the model from a decoded JSON object; each model defines it."""
        raise NotImplementedError

    @classmethod
    def _from_wire(cls: type[_M], wire: Any) -> _M:
        """Build the model from what its wire struct decoded; each model defines it."""
        raise NotImplementedError

    @classmethod
    def from_json(cls: type[_M], raw: bytes | str) -> _M:
        """Build the model from a raw JSON body; what the endpoints run on a 2xx response.

        A compiled decoder (msgspec, imported on the first call) reads a body that has only the
        fields the model declares, each of its JSON type; any other body goes through
        ``from_dict(json.loads(raw))``. The result, or the error raised (``ResponseShapeError``
        naming the field, ``json.JSONDecodeError``, ``RecursionError``), is the one ``from_dict``
        gives.
        """
        try:
            return cls._wire.read(raw, cls._from_wire)
        except (ValueError, RecursionError):
            # from_dict decides, outside the handler so that its error is not chained to this one.
            pass
        return cls.from_dict(json.loads(raw))

    @classmethod
    def list_from_json(cls: type[_M], raw: bytes | str) -> list[_M]:
        """Build a list of models from a raw JSON array body, like ``from_json`` for one model.

        Raises ``ResponseShapeError`` for a body that is not an array, or naming the index and
        field of the first item ``from_dict`` refuses (``[3].id: ...``); ``json.JSONDecodeError``
        or ``RecursionError`` for a body that is not JSON.
        """
        try:
            return cls._wire.read_list(raw, cls._from_wire)
        except (ValueError, RecursionError):
            pass  # from_dict decides, as in from_json
        items = json.loads(raw)
        if type(items) is not list:
            raise ResponseShapeError(None, "array", items)
        models: list[_M] = []
        try:
            for item in items:
                models.append(cls.from_dict(item))
        except ResponseShapeError as _failure:
            raise _failure.within(None, len(models)) from None
        return models


# msgspec's own error class, once msgspec is imported (its errors are ValueErrors only in recent
# versions; older ones derive from Exception alone).
_REFUSED: tuple[type[Exception], ...] = ()


def _msgspec() -> Any:
    global _REFUSED
    import msgspec

    _REFUSED = (msgspec.MsgspecError,)
    return msgspec


def _decode(decoder: Any, raw: bytes | str) -> Any:
    try:
        return decoder.decode(raw)
    except _REFUSED as refused:
        raise ValueError(str(refused)) from None


# A body this large (a few hundred items) is read with the cyclic garbage collector paused.
PAUSE_COLLECTOR_FROM = 64 * 1024


@contextlib.contextmanager
def _collector_paused(size: int) -> Iterator[None]:
    # A body of thousands of items allocates hundreds of thousands of models, lists and maps at
    # once, none of them garbage; the cyclic collector would scan the growing heap many times over
    # meanwhile (two thirds of the time of a 10,000-item body). It runs again after the body is
    # read, and only if it was running: an application that turned it off keeps it off. As with
    # the standard library's timeit, the switch is process-wide: a thread that turns the collector
    # off while a large body is read finds it on again afterwards. A small body is read as is.
    if size < PAUSE_COLLECTOR_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def list_of(item: Any) -> Any:
    """The msgspec type of a JSON array of ``item`` (``list[item]``, built at run time)."""
    return list.__class_getitem__(item)


def map_of(value: Any) -> Any:
    """The msgspec type of a JSON object of ``value`` by name (``dict[str, value]``)."""
    return dict.__class_getitem__((str, value))


def wire_struct(name: str, fields: list[WireField]) -> Any:
    """A msgspec struct decoding a model's JSON object; imports msgspec (call it on first use)."""
    return _msgspec().defstruct(
        f"{name}Wire",
        [(field, kind) if required else (field, kind, UNSET) for field, _, kind, required in fields],
        rename={field: json_name for field, json_name, _, _ in fields},
        kw_only=True,  # required and optional fields in the model's order
        forbid_unknown_fields=True,  # a body with other fields goes to from_dict (additional_properties)
        gc=False,  # holds only JSON values and other structs: no cycles; spares the collector
    )


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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "JsonModel",
    "RequestFiles",
    "Response",
    "ResponseShapeError",
    "Unset",
    "Wire",
    "WireField",
    "list_of",
    "map_of",
    "wire_struct",
]
