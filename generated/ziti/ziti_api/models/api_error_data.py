from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseShapeError

T = TypeVar("T", bound="ApiErrorData")


@_attrs_define
class ApiErrorData:
    """Free-form data attached to an error."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        api_error_data = cls()
        if len(d) > 0:
            api_error_data.additional_properties = dict(d)
        return api_error_data

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
