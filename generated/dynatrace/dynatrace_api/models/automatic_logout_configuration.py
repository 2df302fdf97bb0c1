from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutomaticLogoutConfiguration")


@_attrs_define
class AutomaticLogoutConfiguration:
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
        d = dict(src_dict)
        logout_inactive_users_enabled = d.pop("logoutInactiveUsersEnabled")

        user_inactivity_timeout = d.pop("userInactivityTimeout")

        automatic_logout_configuration = cls(
            logout_inactive_users_enabled=logout_inactive_users_enabled,
            user_inactivity_timeout=user_inactivity_timeout,
        )

        automatic_logout_configuration.additional_properties = d
        return automatic_logout_configuration

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
