from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_data_location import UserDataLocation
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionUserDataConfiguration")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "location",
    }
)


@_attrs_define
class ConnectionUserDataConfiguration(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        _location = d.get("location", UNSET)
        location: None | Unset | UserDataLocation
        if _location is UNSET:
            location = UNSET
        else:
            _present += 1
            if type(_location) is str:
                if type(_location) is not str:
                    raise ResponseShapeError("location", "string", _location)
                _found_UserDataLocation = _BY_VALUE_UserDataLocation.get(_location)
                location = UserDataLocation(_location) if _found_UserDataLocation is None else _found_UserDataLocation

            elif _location is None:
                location = None
            else:
                raise ResponseShapeError("location", "string or null", _location)

        connection_user_data_configuration = cls(
            location,
        )
        if len(d) > _present:
            connection_user_data_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return connection_user_data_configuration

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET
            if wire.location is UNSET
            else (
                (_BY_VALUE_UserDataLocation.get(wire.location) or UserDataLocation(wire.location))
                if type(wire.location) is str
                else wire.location
            ),
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
_BY_VALUE_UserDataLocation: dict[object, UserDataLocation] = {member.value: member for member in UserDataLocation}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionUserDataConfiguration",
        [
            ("location", "location", str | None, False),
        ],
    )


ConnectionUserDataConfiguration._wire = Wire(_wire_type)
