from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="ActiveConnectionsDto")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "loginEvent",
        "items",
    }
)


@_attrs_define
class ActiveConnectionsDto(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        try:
            login_event = d["loginEvent"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 1
        if type(login_event) is not int:
            raise ResponseShapeError("loginEvent", "int", login_event)

        _items = d.get("items", UNSET)
        items: list[ActiveConnectionsItemDto] | None | Unset
        if _items is UNSET:
            items = UNSET
        else:
            _present += 1
            if type(_items) is list:
                if type(_items) is not list:
                    raise ResponseShapeError("items", "array", _items)
                items = []
                try:
                    for _item1 in _items:
                        _value1 = ActiveConnectionsItemDto.from_dict(_item1)

                        items.append(_value1)
                except ResponseShapeError as _failure:
                    raise _failure.within("items", len(items)) from None

            elif _items is None:
                items = None
            else:
                raise ResponseShapeError("items", "array or null", _items)

        active_connections_dto = cls(
            login_event,
            items,
        )
        if len(d) > _present:
            active_connections_dto.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return active_connections_dto

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.login_event,
            UNSET
            if wire.items is UNSET
            else (
                list(map(ActiveConnectionsItemDto._from_wire, wire.items)) if type(wire.items) is list else wire.items
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


from ..models.active_connections_item_dto import ActiveConnectionsItemDto


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ActiveConnectionsDto",
        [
            ("login_event", "loginEvent", int, True),
            ("items", "items", list_of(ActiveConnectionsItemDto._wire.struct_type()) | None, False),
        ],
    )


ActiveConnectionsDto._wire = Wire(_wire_type)
