from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_connections_item_dto import ActiveConnectionsItemDto


T = TypeVar("T", bound="ActiveConnectionsDto")


@_attrs_define
class ActiveConnectionsDto:
    """The active connections of the calling user.

    Attributes:
        login_event (int): The login event of the current request, read from the `asc_auth_key` cookie; 0 when the
            request is authenticated another way. The matching item is listed first.
        items (list[ActiveConnectionsItemDto] | None | Unset): The active connections, the current one first.
    """

    login_event: int
    items: list[ActiveConnectionsItemDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_event = self.login_event

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loginEvent": login_event,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_connections_item_dto import ActiveConnectionsItemDto  # noqa: PLC0415

        d = dict(src_dict)
        login_event = d.pop("loginEvent")

        def _parse_items(data: object) -> list[ActiveConnectionsItemDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = ActiveConnectionsItemDto.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ActiveConnectionsItemDto] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        active_connections_dto = cls(
            login_event=login_event,
            items=items,
        )

        active_connections_dto.additional_properties = d
        return active_connections_dto

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
