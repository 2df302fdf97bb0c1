from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ResponseError")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "title",
        "errorCode",
        "errorId",
    }
)


@_attrs_define
class ResponseError(JsonModel):
    """The error body Authress returns with a failed request.

    Attributes:
        title (str | Unset): A description of the problem with this request. This property is unstable, do not use it
            for programmatic handling.
        error_code (str | Unset): A programmatic error code that represents this type of error, this property is stable,
            but non-exhaustive.
        error_id (str | Unset): A unique ID that represents this request, when filing support tickets always include
            this value to indicate where the problem occurred.
    """

    title: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        error_code = self.error_code

        error_id = self.error_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_id is not UNSET:
            field_dict["errorId"] = error_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        title = d.get("title", UNSET)
        if title is not UNSET:
            _present += 1
            if type(title) is not str:
                raise ResponseShapeError("title", "string", title)

        error_code = d.get("errorCode", UNSET)
        if error_code is not UNSET:
            _present += 1
            if type(error_code) is not str:
                raise ResponseShapeError("errorCode", "string", error_code)

        error_id = d.get("errorId", UNSET)
        if error_id is not UNSET:
            _present += 1
            if type(error_id) is not str:
                raise ResponseShapeError("errorId", "string", error_id)

        response_error = cls(
            title,
            error_code,
            error_id,
        )
        if len(d) > _present:
            response_error.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return response_error

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.title,
            wire.error_code,
            wire.error_id,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ResponseError",
        [
            ("title", "title", str, False),
            ("error_code", "errorCode", str, False),
            ("error_id", "errorId", str, False),
        ],
    )


ResponseError._wire = Wire(_wire_type)
