from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_location import ParameterLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConstraintViolation")


@_attrs_define
class ConstraintViolation:
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
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        message = d.pop("message", UNSET)

        _parameter_location = d.pop("parameterLocation", UNSET)
        parameter_location: ParameterLocation | Unset
        if isinstance(_parameter_location, Unset):
            parameter_location = UNSET
        else:
            parameter_location = ParameterLocation(_parameter_location)

        location = d.pop("location", UNSET)

        constraint_violation = cls(
            path=path,
            message=message,
            parameter_location=parameter_location,
            location=location,
        )

        constraint_violation.additional_properties = d
        return constraint_violation

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
