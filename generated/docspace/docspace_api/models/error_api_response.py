from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_api_response_error import ErrorApiResponseError


T = TypeVar("T", bound="ErrorApiResponse")


@_attrs_define
class ErrorApiResponse:
    """The error body of a failed request.

    Attributes:
        status (int | Unset): The response status flag, always 1 on an error.
        status_code (int | Unset): The HTTP status code of the response, repeated in the body.
        error (ErrorApiResponseError | Unset): What went wrong.
    """

    status: int | Unset = UNSET
    status_code: int | Unset = UNSET
    error: ErrorApiResponseError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_code = self.status_code

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_api_response_error import ErrorApiResponseError  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        status_code = d.pop("statusCode", UNSET)

        _error = d.pop("error", UNSET)
        error: ErrorApiResponseError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorApiResponseError.from_dict(_error)

        error_api_response = cls(
            status=status,
            status_code=status_code,
            error=error,
        )

        error_api_response.additional_properties = d
        return error_api_response

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
