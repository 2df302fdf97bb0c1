from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConcurrentSessionPolicy")


@_attrs_define
class ConcurrentSessionPolicy:
    """The configuration of the concurrent-sessions policy: how many sessions one user may hold at once. Set both limits to
    0 to disable session limitation; if one limit is 0, the other must be 0 too.

        Attributes:
            user_limit (int): Session limit for regular users (0 = no limit).
            admin_limit (int): Session limit for admin users (0 = no limit).
    """

    user_limit: int
    admin_limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_limit = self.user_limit

        admin_limit = self.admin_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userLimit": user_limit,
                "adminLimit": admin_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_limit = d.pop("userLimit")

        admin_limit = d.pop("adminLimit")

        concurrent_session_policy = cls(
            user_limit=user_limit,
            admin_limit=admin_limit,
        )

        concurrent_session_policy.additional_properties = d
        return concurrent_session_policy

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
