from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, map_of

T = TypeVar("T", bound="Tags")


@_attrs_define
class Tags(JsonModel):
    """A map of user defined fields and values. The values are limited to the following types/values: null, string,
    boolean.

    """

    additional_properties: dict[str, bool | None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

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
        tags = cls()
        if len(d) > 0:
            _extra: dict[str, bool | None | str] = {}
            try:
                for _key, _raw in d.items():
                    if type(_raw) is not str and type(_raw) is not bool and _raw is not None:
                        raise ResponseShapeError(None, "string, boolean or null", _raw)
                    _value = _raw

                    _extra[_key] = _value
            except ResponseShapeError as _failure:
                raise _failure.within(_key) from None
            tags.additional_properties = _extra
        return tags

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        tags = cls()
        tags.additional_properties = wire  # msgspec checked every value
        return tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return map_of(str | bool | None)


Tags._wire = Wire(_wire_type)
