from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="AutomaticLogoutConfiguration")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "logoutInactiveUsersEnabled",
        "userInactivityTimeout",
    }
)


@_attrs_define
class AutomaticLogoutConfiguration(JsonModel):
    """The configuration of the automatic logout of inactive users.

    Attributes:
        logout_inactive_users_enabled (bool): True if inactive users are logged out automatically.
        user_inactivity_timeout (int): The user inactivity timeout, in seconds (the vendor's example 900 is 15 minutes),
            after which an inactive user is logged out when automatic logout is enabled.
    """

    logout_inactive_users_enabled: bool
    user_inactivity_timeout: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logout_inactive_users_enabled = self.logout_inactive_users_enabled

        user_inactivity_timeout = self.user_inactivity_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logoutInactiveUsersEnabled": logout_inactive_users_enabled,
                "userInactivityTimeout": user_inactivity_timeout,
            }
        )

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
        try:
            logout_inactive_users_enabled = d["logoutInactiveUsersEnabled"]
            user_inactivity_timeout = d["userInactivityTimeout"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        if type(logout_inactive_users_enabled) is not bool:
            raise ResponseShapeError("logoutInactiveUsersEnabled", "boolean", logout_inactive_users_enabled)

        if type(user_inactivity_timeout) is not int:
            raise ResponseShapeError("userInactivityTimeout", "int", user_inactivity_timeout)

        automatic_logout_configuration = cls(
            logout_inactive_users_enabled,
            user_inactivity_timeout,
        )
        if len(d) > 2:
            automatic_logout_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return automatic_logout_configuration

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.logout_inactive_users_enabled,
            wire.user_inactivity_timeout,
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
        "AutomaticLogoutConfiguration",
        [
            ("logout_inactive_users_enabled", "logoutInactiveUsersEnabled", bool, True),
            ("user_inactivity_timeout", "userInactivityTimeout", int, True),
        ],
    )


AutomaticLogoutConfiguration._wire = Wire(_wire_type)
