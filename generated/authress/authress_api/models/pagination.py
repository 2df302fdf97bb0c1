from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="Pagination")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "next",
    }
)


@_attrs_define
class Pagination(JsonModel):
    """Details containing how to pagination through the collection. Consists of an optional *next* property that may
    contain a cursor. Pagination is mutable and the list can change between requests.

        Attributes:
            next_ (None | PaginationNext | Unset): The next page; absent or null on the last page.
    """

    next_: None | PaginationNext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: dict[str, Any] | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, PaginationNext):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_

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
        _next_ = d.get("next", UNSET)
        next_: None | PaginationNext | Unset
        if _next_ is UNSET:
            next_ = UNSET
        else:
            _present += 1
            if type(_next_) is dict:
                try:
                    next_ = PaginationNext.from_dict(_next_)
                except ResponseShapeError as _failure:
                    raise _failure.within("next") from None

            elif _next_ is None:
                next_ = None
            else:
                raise ResponseShapeError("next", "object or null", _next_)

        pagination = cls(
            next_,
        )
        if len(d) > _present:
            pagination.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return pagination

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET if wire.next_ is UNSET else (None if wire.next_ is None else PaginationNext._from_wire(wire.next_)),
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


from ..models.pagination_next import PaginationNext


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "Pagination",
        [
            ("next_", "next", PaginationNext._wire.struct_type() | None, False),
        ],
    )


Pagination._wire = Wire(_wire_type)
