from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionDefaultConnectionProperties")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "scope",
    }
)


@_attrs_define
class ConnectionDefaultConnectionProperties(JsonModel):
    """Default parameters sent to the provider on every login. Other provider-specific properties are allowed and kept.

    Attributes:
        scope (None | str | Unset): Default OAuth scopes to use for every request (leave blank to remove scopes).
            Default: 'profile email openid'.
    """

    scope: None | str | Unset = "profile email openid"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope

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
        scope = d.get("scope", UNSET)
        if scope is not UNSET:
            _present += 1
            if type(scope) is not str and scope is not None:
                raise ResponseShapeError("scope", "string or null", scope)

        connection_default_connection_properties = cls(
            scope,
        )
        if len(d) > _present:
            connection_default_connection_properties.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return connection_default_connection_properties

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.scope,
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
        "ConnectionDefaultConnectionProperties",
        [
            ("scope", "scope", str | None, False),
        ],
    )


ConnectionDefaultConnectionProperties._wire = Wire(_wire_type)
