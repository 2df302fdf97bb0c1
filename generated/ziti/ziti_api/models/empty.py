from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.empty_data import EmptyData
    from ..models.meta import Meta


T = TypeVar("T", bound="Empty")


@_attrs_define
class Empty:
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
        from ..models.empty_data import EmptyData  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        meta = Meta.from_dict(d.pop("meta"))

        data = EmptyData.from_dict(d.pop("data"))

        empty = cls(
            meta=meta,
            data=data,
        )

        empty.additional_properties = d
        return empty

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
