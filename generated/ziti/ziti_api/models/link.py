from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="Link")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "href",
        "method",
        "comment",
    }
)


@_attrs_define
class Link(JsonModel):
    """A link to another resource.

    Attributes:
        href (str): Where the resource lives, usually relative to the API's base URL.
        method (str | Unset): HTTP method to use with the link, when not GET.
        comment (str | Unset): What the link is for.
    """

    href: str
    method: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        method = self.method

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if comment is not UNSET:
            field_dict["comment"] = comment

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
            href = d["href"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 1
        if type(href) is not str:
            raise ResponseShapeError("href", "string", href)

        method = d.get("method", UNSET)
        if method is not UNSET:
            _present += 1
            if type(method) is not str:
                raise ResponseShapeError("method", "string", method)

        comment = d.get("comment", UNSET)
        if comment is not UNSET:
            _present += 1
            if type(comment) is not str:
                raise ResponseShapeError("comment", "string", comment)

        link = cls(
            href,
            method,
            comment,
        )
        if len(d) > _present:
            link.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return link

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.href,
            wire.method,
            wire.comment,
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
        "Link",
        [
            ("href", "href", str, True),
            ("method", "method", str, False),
            ("comment", "comment", str, False),
        ],
    )


Link._wire = Wire(_wire_type)
