from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="EntityRef")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "_links",
        "entity",
        "id",
        "name",
    }
)


@_attrs_define
class EntityRef(JsonModel):
    """A reference to another resource and links to interact with it.

    Attributes:
        field_links (Links | Unset): A map of named links (always present, possibly empty).
        entity (str | Unset): Kind of the referenced entity (e.g. `identities`).
        id (str | Unset): Identifier of the referenced entity.
        name (str | Unset): Name of the referenced entity.
    """

    field_links: Links | Unset = UNSET
    entity: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        entity = self.entity

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

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
        _field_links = d.get("_links", UNSET)
        field_links: Links | Unset
        if _field_links is UNSET:
            field_links = UNSET
        else:
            _present += 1
            try:
                field_links = Links.from_dict(_field_links)
            except ResponseShapeError as _failure:
                raise _failure.within("_links") from None

        entity = d.get("entity", UNSET)
        if entity is not UNSET:
            _present += 1
            if type(entity) is not str:
                raise ResponseShapeError("entity", "string", entity)

        id = d.get("id", UNSET)
        if id is not UNSET:
            _present += 1
            if type(id) is not str:
                raise ResponseShapeError("id", "string", id)

        name = d.get("name", UNSET)
        if name is not UNSET:
            _present += 1
            if type(name) is not str:
                raise ResponseShapeError("name", "string", name)

        entity_ref = cls(
            field_links,
            entity,
            id,
            name,
        )
        if len(d) > _present:
            entity_ref.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return entity_ref

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET if wire.field_links is UNSET else Links._from_wire(wire.field_links),
            wire.entity,
            wire.id,
            wire.name,
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


from ..models.links import Links


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "EntityRef",
        [
            ("field_links", "_links", Links._wire.struct_type(), False),
            ("entity", "entity", str, False),
            ("id", "id", str, False),
            ("name", "name", str, False),
        ],
    )


EntityRef._wire = Wire(_wire_type)
