from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_data_location import UserDataLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionUserDataConfiguration")


@_attrs_define
class ConnectionUserDataConfiguration:
    """Data residency of the users who log in with this connection.

    Attributes:
        location (None | Unset | UserDataLocation): User data residency - The data residency to store the user specific
            data in. To ensure high performance and reliability, set to **null**, or to store the user's data only in one
            specific region, set the region here. Specifying the region reduces reliability, durability, and performance at
            the benefit of controlling the locality.
    """

    location: None | Unset | UserDataLocation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, UserDataLocation):
            location = self.location.value
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_location(data: object) -> None | Unset | UserDataLocation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_type_0 = UserDataLocation(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserDataLocation, data)

        location = _parse_location(d.pop("location", UNSET))

        connection_user_data_configuration = cls(
            location=location,
        )

        connection_user_data_configuration.additional_properties = d
        return connection_user_data_configuration

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
