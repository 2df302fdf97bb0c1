from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_location import ParameterLocation
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConstraintViolation")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "path",
        "message",
        "parameterLocation",
        "location",
    }
)


@_attrs_define
class ConstraintViolation(JsonModel):
    """One violated constraint of a request.

    Attributes:
        path (str | Unset): The path of the field or parameter that violates the constraint.
        message (str | Unset): What is wrong with the value.
        parameter_location (ParameterLocation | Unset): The part of the request that holds the offending value.
        location (str | Unset): Where in the request the offending value was found.
    """

    path: str | Unset = UNSET
    message: str | Unset = UNSET
    parameter_location: ParameterLocation | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        message = self.message

        parameter_location: str | Unset = UNSET
        if not isinstance(self.parameter_location, Unset):
            parameter_location = self.parameter_location.value

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if message is not UNSET:
            field_dict["message"] = message
        if parameter_location is not UNSET:
            field_dict["parameterLocation"] = parameter_location
        if location is not UNSET:
            field_dict["location"] = location

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
        path = d.get("path", UNSET)
        if path is not UNSET:
            _present += 1
            if type(path) is not str:
                raise ResponseShapeError("path", "string", path)

        message = d.get("message", UNSET)
        if message is not UNSET:
            _present += 1
            if type(message) is not str:
                raise ResponseShapeError("message", "string", message)

        _parameter_location = d.get("parameterLocation", UNSET)
        parameter_location: ParameterLocation | Unset
        if _parameter_location is UNSET:
            parameter_location = UNSET
        else:
            _present += 1
            if type(_parameter_location) is not str:
                raise ResponseShapeError("parameterLocation", "string", _parameter_location)
            _found_ParameterLocation = _BY_VALUE_ParameterLocation.get(_parameter_location)
            parameter_location = (
                ParameterLocation(_parameter_location) if _found_ParameterLocation is None else _found_ParameterLocation
            )

        location = d.get("location", UNSET)
        if location is not UNSET:
            _present += 1
            if type(location) is not str:
                raise ResponseShapeError("location", "string", location)

        constraint_violation = cls(
            path,
            message,
            parameter_location,
            location,
        )
        if len(d) > _present:
            constraint_violation.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return constraint_violation

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.path,
            wire.message,
            UNSET
            if wire.parameter_location is UNSET
            else (
                _BY_VALUE_ParameterLocation.get(wire.parameter_location) or ParameterLocation(wire.parameter_location)
            ),
            wire.location,
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


# The known members of each enum this model reads, by value (from_dict looks them up here).
_BY_VALUE_ParameterLocation: dict[object, ParameterLocation] = {member.value: member for member in ParameterLocation}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConstraintViolation",
        [
            ("path", "path", str, False),
            ("message", "message", str, False),
            ("parameter_location", "parameterLocation", str, False),
            ("location", "location", str, False),
        ],
    )


ConstraintViolation._wire = Wire(_wire_type)
