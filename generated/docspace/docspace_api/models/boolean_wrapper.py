from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="BooleanWrapper")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "response",
        "count",
        "links",
        "status",
        "statusCode",
    }
)


@_attrs_define
class BooleanWrapper(JsonModel):
    """A response envelope whose payload is a boolean.

    Attributes:
        response (bool | Unset): Whether the operation succeeded.
        count (int | Unset): The number of items in the response (1 for a single value).
        links (list[ApiLink] | Unset): Links related to the response.
        status (int | Unset): The response status flag, 0 on success (1 on an error).
        status_code (int | Unset): The HTTP status code of the response, repeated in the body.
    """

    response: bool | Unset = UNSET
    count: int | Unset = UNSET
    links: list[ApiLink] | Unset = UNSET
    status: int | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        count = self.count

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        status = self.status

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if count is not UNSET:
            field_dict["count"] = count
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

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
        response = d.get("response", UNSET)
        if response is not UNSET:
            _present += 1
            if type(response) is not bool:
                raise ResponseShapeError("response", "boolean", response)

        count = d.get("count", UNSET)
        if count is not UNSET:
            _present += 1
            if type(count) is not int:
                raise ResponseShapeError("count", "int", count)

        _links = d.get("links", UNSET)
        links: list[ApiLink] | Unset
        if _links is UNSET:
            links = UNSET
        else:
            _present += 1
            if type(_links) is not list:
                raise ResponseShapeError("links", "array", _links)
            links = []
            try:
                for _item1 in _links:
                    _value1 = ApiLink.from_dict(_item1)

                    links.append(_value1)
            except ResponseShapeError as _failure:
                raise _failure.within("links", len(links)) from None

        status = d.get("status", UNSET)
        if status is not UNSET:
            _present += 1
            if type(status) is not int:
                raise ResponseShapeError("status", "int", status)

        status_code = d.get("statusCode", UNSET)
        if status_code is not UNSET:
            _present += 1
            if type(status_code) is not int:
                raise ResponseShapeError("statusCode", "int", status_code)

        boolean_wrapper = cls(
            response,
            count,
            links,
            status,
            status_code,
        )
        if len(d) > _present:
            boolean_wrapper.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return boolean_wrapper

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.response,
            wire.count,
            UNSET if wire.links is UNSET else list(map(ApiLink._from_wire, wire.links)),
            wire.status,
            wire.status_code,
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


from ..models.api_link import ApiLink


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "BooleanWrapper",
        [
            ("response", "response", bool, False),
            ("count", "count", int, False),
            ("links", "links", list_of(ApiLink._wire.struct_type()), False),
            ("status", "status", int, False),
            ("status_code", "statusCode", int, False),
        ],
    )


BooleanWrapper._wire = Wire(_wire_type)
