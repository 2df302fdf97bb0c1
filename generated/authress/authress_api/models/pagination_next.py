from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="PaginationNext")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "cursor",
    }
)


@_attrs_define
class PaginationNext(JsonModel):
    """A reference to the next page in the collection, pass the cursor as a query parameter in the subsequent request to
    get the next page.

        Attributes:
            cursor (str): The opaque continuation cursor for the next page.
    """

    cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
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
            cursor = d["cursor"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        if type(cursor) is not str:
            raise ResponseShapeError("cursor", "string", cursor)

        pagination_next = cls(
            cursor,
        )
        if len(d) > 1:
            pagination_next.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return pagination_next

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.cursor,
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
        "PaginationNext",
        [
            ("cursor", "cursor", str, True),
        ],
    )


PaginationNext._wire = Wire(_wire_type)
