from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="BaseEntity")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "_links",
        "tags",
    }
)


@_attrs_define
class BaseEntity(JsonModel):
    """Fields shared by all Edge API entities.

    Attributes:
        id (str): Identifier of the entity.
        created_at (datetime.datetime): When the entity was created.
        updated_at (datetime.datetime): When the entity was last changed.
        field_links (Links): A map of named links (always present, possibly empty).
        tags (None | Tags | Unset): User-defined fields and values; may be null.
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: Links
    tags: None | Tags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, Tags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

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
            id = d["id"]
            _created_at = d["createdAt"]
            _updated_at = d["updatedAt"]
            _field_links = d["_links"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 4
        if type(id) is not str:
            raise ResponseShapeError("id", "string", id)

        if type(_created_at) is not str:
            raise ResponseShapeError("createdAt", "date-time string", _created_at)
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except ValueError:
            raise ResponseShapeError.malformed("createdAt", "date-time string") from None

        if type(_updated_at) is not str:
            raise ResponseShapeError("updatedAt", "date-time string", _updated_at)
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except ValueError:
            raise ResponseShapeError.malformed("updatedAt", "date-time string") from None

        try:
            field_links = Links.from_dict(_field_links)
        except ResponseShapeError as _failure:
            raise _failure.within("_links") from None

        _tags = d.get("tags", UNSET)
        tags: None | Tags | Unset
        if _tags is UNSET:
            tags = UNSET
        else:
            _present += 1
            if type(_tags) is dict:
                try:
                    tags = Tags.from_dict(_tags)
                except ResponseShapeError as _failure:
                    raise _failure.within("tags") from None

            elif _tags is None:
                tags = None
            else:
                raise ResponseShapeError("tags", "object or null", _tags)

        base_entity = cls(
            id,
            created_at,
            updated_at,
            field_links,
            tags,
        )
        if len(d) > _present:
            base_entity.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return base_entity

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.id,
            datetime.datetime.fromisoformat(wire.created_at),
            datetime.datetime.fromisoformat(wire.updated_at),
            Links._from_wire(wire.field_links),
            UNSET if wire.tags is UNSET else (None if wire.tags is None else Tags._from_wire(wire.tags)),
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
from ..models.tags import Tags


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "BaseEntity",
        [
            ("id", "id", str, True),
            ("created_at", "createdAt", str, True),
            ("updated_at", "updatedAt", str, True),
            ("field_links", "_links", Links._wire.struct_type(), True),
            ("tags", "tags", Tags._wire.struct_type() | None, False),
        ],
    )


BaseEntity._wire = Wire(_wire_type)
