from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.automatic_logout_configuration import AutomaticLogoutConfiguration
    from ..models.concurrent_session_policy import ConcurrentSessionPolicy


T = TypeVar("T", bound="UserSessionsConfig")


@_attrs_define
class UserSessionsConfig:
    """The configuration of user sessions: the concurrent-sessions policy and the automatic logout of inactive users.

    Attributes:
        concurrent_session_policy_dto (ConcurrentSessionPolicy): The configuration of the concurrent-sessions policy:
            how many sessions one user may hold at once. Set both limits to 0 to disable session limitation; if one limit is
            0, the other must be 0 too.
        automatic_logout_dto (AutomaticLogoutConfiguration): The configuration of the automatic logout of inactive
            users.
    """

    concurrent_session_policy_dto: ConcurrentSessionPolicy
    automatic_logout_dto: AutomaticLogoutConfiguration
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concurrent_session_policy_dto = self.concurrent_session_policy_dto.to_dict()

        automatic_logout_dto = self.automatic_logout_dto.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concurrentSessionPolicyDto": concurrent_session_policy_dto,
                "automaticLogoutDto": automatic_logout_dto,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.automatic_logout_configuration import AutomaticLogoutConfiguration  # noqa: PLC0415
        from ..models.concurrent_session_policy import ConcurrentSessionPolicy  # noqa: PLC0415

        d = dict(src_dict)
        concurrent_session_policy_dto = ConcurrentSessionPolicy.from_dict(d.pop("concurrentSessionPolicyDto"))

        automatic_logout_dto = AutomaticLogoutConfiguration.from_dict(d.pop("automaticLogoutDto"))

        user_sessions_config = cls(
            concurrent_session_policy_dto=concurrent_session_policy_dto,
            automatic_logout_dto=automatic_logout_dto,
        )

        user_sessions_config.additional_properties = d
        return user_sessions_config

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
