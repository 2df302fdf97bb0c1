from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorApiResponseError")


@_attrs_define
class ErrorApiResponseError:
    """What went wrong.

    Attributes:
        message (str | Unset): The human-readable error message.
        type_ (str | Unset): The .NET type of the underlying exception; sent only when stack traces are enabled.
        stack (str | Unset): The stack trace of the underlying exception; sent only when stack traces are enabled.
        hresult (int | Unset): The HRESULT of the underlying exception; sent only when stack traces are enabled.
    """

    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    stack: str | Unset = UNSET
    hresult: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        stack = self.stack

        hresult = self.hresult

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stack is not UNSET:
            field_dict["stack"] = stack
        if hresult is not UNSET:
            field_dict["hresult"] = hresult

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        type_ = d.pop("type", UNSET)

        stack = d.pop("stack", UNSET)

        hresult = d.pop("hresult", UNSET)

        error_api_response_error = cls(
            message=message,
            type_=type_,
            stack=stack,
            hresult=hresult,
        )

        error_api_response_error.additional_properties = d
        return error_api_response_error

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
