from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, map_of

T = TypeVar("T", bound="Links")


@_attrs_define
class Links(JsonModel):
    """A map of named links (always present, possibly empty)."""

    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

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
        links = cls()
        if len(d) > 0:
            _extra: dict[str, Link] = {}
            try:
                for _key, _raw in d.items():
                    _value = Link.from_dict(_raw)

                    _extra[_key] = _value
            except ResponseShapeError as _failure:
                raise _failure.within(_key) from None
            links.additional_properties = _extra
        return links

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if cls._wire.reentered:
            return cls.from_dict(wire)  # inner occurrences of a map that contains itself are plain
        links = cls()
        # Into the map the model was made with: cheaper than a comprehension for the usual few.
        _found = links.additional_properties
        for key, value in wire.items():
            _found[key] = Link._from_wire(value)
        return links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.link import Link


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return map_of(Link._wire.struct_type())


Links._wire = Wire(_wire_type)
