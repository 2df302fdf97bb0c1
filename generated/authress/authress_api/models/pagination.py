from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="Pagination")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "next",
    }
)


@_attrs_define
class Pagination:
    """Details containing how to pagination through the collection. Consists of an optional *next* property that may
    contain a cursor. Pagination is mutable and the list can change between requests.

        Attributes:
            next_ (None | PaginationNext | Unset): The next page; absent or null on the last page.
    """

    next_: None | PaginationNext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How from_json decodes the model's JSON object (set below the class; built on first use).
    _wire: ClassVar[Wire]

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
    def from_json(cls: type[T], raw: bytes | str) -> T:
        """Build the model from a raw JSON body; what the endpoints run on a 2xx response.

        A compiled decoder (msgspec, imported on the first call) reads a body that has only the
        fields the model declares, each of its JSON type; any other body goes through
        ``from_dict(json.loads(raw))``. The result, or the error raised (``ResponseShapeError``
        naming the field, ``json.JSONDecodeError``, ``RecursionError``), is the one ``from_dict`` gives.
        """
        try:
            return cls._wire.read(raw, cls._from_wire)
        except (ValueError, RecursionError):
            # from_dict decides, outside the handler so that its error is not chained to this one.
            pass
        return cls.from_dict(json.loads(raw))

    @classmethod
    def list_from_json(cls: type[T], raw: bytes | str) -> list[T]:
        """Build a list of models from a raw JSON array body, like ``from_json`` for one model.

        Raises ``ResponseShapeError`` for a body that is not an array, or naming the index and field
        of the first item ``from_dict`` refuses (``[3].id: ...``); ``json.JSONDecodeError`` or
        ``RecursionError`` for a body that is not JSON.
        """
        try:
            return cls._wire.read_list(raw, cls._from_wire)
        except (ValueError, RecursionError):
            pass  # from_dict decides, as in from_json
        items = json.loads(raw)
        if type(items) is not list:
            raise ResponseShapeError(None, "array", items)
        models: list[T] = []
        try:
            for item in items:
                models.append(cls.from_dict(item))
        except ResponseShapeError as _failure:
            raise _failure.within(None, len(models)) from None
        return models

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
