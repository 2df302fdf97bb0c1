from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ApiFieldError")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "field",
        "reason",
        "value",
    }
)


@_attrs_define
class ApiFieldError(JsonModel):
    """A field of the request that failed validation.

    Attributes:
        field (str | Unset): Path of the offending field.
        reason (str | Unset): Why the field was rejected.
        value (Any | Unset): The rejected value; can be any value - string, number, boolean, array or object.
    """

    field: str | Unset = UNSET
    reason: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        reason = self.reason

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason
        if value is not UNSET:
            field_dict["value"] = value

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
        field = d.get("field", UNSET)
        if field is not UNSET:
            _present += 1
            if type(field) is not str:
                raise ResponseShapeError("field", "string", field)

        reason = d.get("reason", UNSET)
        if reason is not UNSET:
            _present += 1
            if type(reason) is not str:
                raise ResponseShapeError("reason", "string", reason)

        value = d.get("value", UNSET)
        if value is not UNSET:
            _present += 1

        api_field_error = cls(
            field,
            reason,
            value,
        )
        if len(d) > _present:
            api_field_error.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return api_field_error

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.field,
            wire.reason,
            wire.value,
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
        "ApiFieldError",
        [
            ("field", "field", str, False),
            ("reason", "reason", str, False),
            ("value", "value", Any, False),
        ],
    )


ApiFieldError._wire = Wire(_wire_type)
