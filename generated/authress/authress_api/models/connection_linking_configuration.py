from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linking_type import LinkingType
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionLinkingConfiguration")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "type",
    }
)


@_attrs_define
class ConnectionLinkingConfiguration(JsonModel):
    """Linking configuration enables users to connect identities from different connections together, so that they can log
    in with either connection.

        Attributes:
            type_ (LinkingType | None | Unset): The type of linking supported by this connection; JSON null, the string
                "null" or absence disables identity linking.
    """

    type_: LinkingType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LinkingType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _type_ = d.get("type", UNSET)
        type_: LinkingType | None | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            _present += 1
            if type(_type_) is str:
                if type(_type_) is not str:
                    raise ResponseShapeError("type", "string", _type_)
                _found_LinkingType = _BY_VALUE_LinkingType.get(_type_)
                type_ = LinkingType(_type_) if _found_LinkingType is None else _found_LinkingType

            elif _type_ is None:
                type_ = None
            else:
                raise ResponseShapeError("type", "string or null", _type_)

        connection_linking_configuration = cls(
            type_,
        )
        if len(d) > _present:
            connection_linking_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return connection_linking_configuration

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET
            if wire.type_ is UNSET
            else (
                (_BY_VALUE_LinkingType.get(wire.type_) or LinkingType(wire.type_))
                if type(wire.type_) is str
                else wire.type_
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
_BY_VALUE_LinkingType: dict[object, LinkingType] = {member.value: member for member in LinkingType}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionLinkingConfiguration",
        [
            ("type_", "type", str | None, False),
        ],
    )


ConnectionLinkingConfiguration._wire = Wire(_wire_type)
