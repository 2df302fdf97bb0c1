from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="ConcurrentSessionPolicy")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "userLimit",
        "adminLimit",
    }
)


@_attrs_define
class ConcurrentSessionPolicy(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        try:
            user_limit = d["userLimit"]
            admin_limit = d["adminLimit"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        if type(user_limit) is not int:
            raise ResponseShapeError("userLimit", "int", user_limit)

        if type(admin_limit) is not int:
            raise ResponseShapeError("adminLimit", "int", admin_limit)

        concurrent_session_policy = cls(
            user_limit,
            admin_limit,
        )
        if len(d) > 2:
            concurrent_session_policy.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return concurrent_session_policy

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.user_limit,
            wire.admin_limit,
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
        "ConcurrentSessionPolicy",
        [
            ("user_limit", "userLimit", int, True),
            ("admin_limit", "adminLimit", int, True),
        ],
    )


ConcurrentSessionPolicy._wire = Wire(_wire_type)
