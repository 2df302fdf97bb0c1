from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ErrorApiResponseError")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "message",
        "type",
        "stack",
        "hresult",
    }
)


@_attrs_define
class ErrorApiResponseError(JsonModel):
    """What went wrong.

    Attributes:
        message (str | Unset): The human-readable error message.
        type_ (str | Unset): The .NET type of the underlying exception; sent only when stack traces are enabled.
        stack (str | Unset): The stack trace of the underlying exception; sent only when stack traces are enabled.
        hresult (int | Unset): The HRESULT of the underlying exception; sent only when stack traces are enabled.
    """

    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    stack: str | Unset = UNSET
    hresult: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        stack = self.stack

        hresult = self.hresult

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stack is not UNSET:
            field_dict["stack"] = stack
        if hresult is not UNSET:
            field_dict["hresult"] = hresult

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
        message = d.get("message", UNSET)
        if message is not UNSET:
            _present += 1
            if type(message) is not str:
                raise ResponseShapeError("message", "string", message)

        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            _present += 1
            if type(type_) is not str:
                raise ResponseShapeError("type", "string", type_)

        stack = d.get("stack", UNSET)
        if stack is not UNSET:
            _present += 1
            if type(stack) is not str:
                raise ResponseShapeError("stack", "string", stack)

        hresult = d.get("hresult", UNSET)
        if hresult is not UNSET:
            _present += 1
            if type(hresult) is not int:
                raise ResponseShapeError("hresult", "int", hresult)

        error_api_response_error = cls(
            message,
            type_,
            stack,
            hresult,
        )
        if len(d) > _present:
            error_api_response_error.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return error_api_response_error

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.message,
            wire.type_,
            wire.stack,
            wire.hresult,
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
        "ErrorApiResponseError",
        [
            ("message", "message", str, False),
            ("type_", "type", str, False),
            ("stack", "stack", str, False),
            ("hresult", "hresult", int, False),
        ],
    )


ErrorApiResponseError._wire = Wire(_wire_type)
