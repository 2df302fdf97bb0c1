from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="Empty")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "meta",
        "data",
    }
)


@_attrs_define
class Empty(JsonModel):
    """The body of a successful call that returns no entity (e.g. a delete).

    Attributes:
        meta (Meta): Response metadata shared by every envelope.
        data (EmptyData): The (empty) data of an Empty envelope; any field a server adds is kept.
    """

    meta: Meta
    data: EmptyData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "data": data,
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
            _meta = d["meta"]
            _data = d["data"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        try:
            meta = Meta.from_dict(_meta)
        except ResponseShapeError as _failure:
            raise _failure.within("meta") from None

        try:
            data = EmptyData.from_dict(_data)
        except ResponseShapeError as _failure:
            raise _failure.within("data") from None

        empty = cls(
            meta,
            data,
        )
        if len(d) > 2:
            empty.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return empty

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            Meta._from_wire(wire.meta),
            EmptyData._from_wire(wire.data),
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


from ..models.empty_data import EmptyData
from ..models.meta import Meta


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "Empty",
        [
            ("meta", "meta", Meta._wire.struct_type(), True),
            ("data", "data", EmptyData._wire.struct_type(), True),
        ],
    )


Empty._wire = Wire(_wire_type)
