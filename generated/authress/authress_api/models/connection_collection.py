from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="ConnectionCollection")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "connections",
        "pagination",
    }
)


@_attrs_define
class ConnectionCollection(JsonModel):
    """A collection of connections. Unlike the vendor's other collections it has no `links` member.

    Attributes:
        connections (list[Connection]): The connections of this page.
        pagination (Pagination | Unset): Details containing how to pagination through the collection. Consists of an
            optional *next* property that may contain a cursor. Pagination is mutable and the list can change between
            requests.
    """

    connections: list[Connection]
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

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
            _connections = d["connections"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 1
        if type(_connections) is not list:
            raise ResponseShapeError("connections", "array", _connections)
        connections = []
        try:
            for _item1 in _connections:
                _value1 = Connection.from_dict(_item1)

                connections.append(_value1)
        except ResponseShapeError as _failure:
            raise _failure.within("connections", len(connections)) from None

        _pagination = d.get("pagination", UNSET)
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            _present += 1
            try:
                pagination = Pagination.from_dict(_pagination)
            except ResponseShapeError as _failure:
                raise _failure.within("pagination") from None

        connection_collection = cls(
            connections,
            pagination,
        )
        if len(d) > _present:
            connection_collection.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return connection_collection

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            list(map(Connection._from_wire, wire.connections)),
            UNSET if wire.pagination is UNSET else Pagination._from_wire(wire.pagination),
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


from ..models.connection import Connection
from ..models.pagination import Pagination


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionCollection",
        [
            ("connections", "connections", list_of(Connection._wire.struct_type()), True),
            ("pagination", "pagination", Pagination._wire.struct_type(), False),
        ],
    )


ConnectionCollection._wire = Wire(_wire_type)
