from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="UserSessionsConfig")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "concurrentSessionPolicyDto",
        "automaticLogoutDto",
    }
)


@_attrs_define
class UserSessionsConfig(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        try:
            _concurrent_session_policy_dto = d["concurrentSessionPolicyDto"]
            _automatic_logout_dto = d["automaticLogoutDto"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        try:
            concurrent_session_policy_dto = ConcurrentSessionPolicy.from_dict(_concurrent_session_policy_dto)
        except ResponseShapeError as _failure:
            raise _failure.within("concurrentSessionPolicyDto") from None

        try:
            automatic_logout_dto = AutomaticLogoutConfiguration.from_dict(_automatic_logout_dto)
        except ResponseShapeError as _failure:
            raise _failure.within("automaticLogoutDto") from None

        user_sessions_config = cls(
            concurrent_session_policy_dto,
            automatic_logout_dto,
        )
        if len(d) > 2:
            user_sessions_config.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return user_sessions_config

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            ConcurrentSessionPolicy._from_wire(wire.concurrent_session_policy_dto),
            AutomaticLogoutConfiguration._from_wire(wire.automatic_logout_dto),
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


from ..models.automatic_logout_configuration import AutomaticLogoutConfiguration
from ..models.concurrent_session_policy import ConcurrentSessionPolicy


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "UserSessionsConfig",
        [
            (
                "concurrent_session_policy_dto",
                "concurrentSessionPolicyDto",
                ConcurrentSessionPolicy._wire.struct_type(),
                True,
            ),
            ("automatic_logout_dto", "automaticLogoutDto", AutomaticLogoutConfiguration._wire.struct_type(), True),
        ],
    )


UserSessionsConfig._wire = Wire(_wire_type)
